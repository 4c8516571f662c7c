@testable import AgentCore
import FuzzSupport
import Persistence

/// A model's tool-call arguments, read for each task tool as `TaskTool.run` reads them
/// before it touches the database: every field accessor, then the field parsers.
/// Whatever the text, the result is arguments or a `ToolFailure`, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzToolArguments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let tool = TaskTool.allCases[Int(input.bytes.first ?? 0) % TaskTool.allCases.count]
    guard let arguments = try? ToolArguments(tool: tool.rawValue, json: input.text, allowed: tool.argumentNames)
    else { return 0 }
    _ = try? arguments.requiredTaskID()
    for name in tool.argumentNames {
        _ = try? arguments.bool(name)
        _ = try? arguments.integer(name)
        _ = try? arguments.strings(name)
        _ = try? arguments.change(name) { try Due.parse($0, clock: FuzzClock.clock) }
        _ = try? arguments.change(name, Priority.parse)
        _ = try? arguments.change(name, Recurrence.parse)
        if let text = try? arguments.string(name) {
            _ = try? TaskTags.normalize(text)
            _ = try? Recurrence.parse(text, clock: FuzzClock.clock)
        }
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with the function above.
@_cdecl("FuzzToolArguments_main")
public func fuzzToolArgumentsMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzToolArguments)
}
