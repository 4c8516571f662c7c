import Foundation
@testable import ChatTUI
import FuzzSupport

/// An MCP client's stdin, cut into reads anywhere, through the line reader with a small
/// limit so the too-long path is reached. Each message must be one line of the input
/// within the limit, and with no line too long the messages are exactly the input's
/// non-blank lines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLineSplitter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let limit = 64
    var splitter = LineSplitter(limit: limit)
    var lines: [LineSplitter.Line] = []
    for chunk in input.chunks { lines += splitter.append(chunk) }
    lines += splitter.finish()
    let messages = lines.compactMap { line -> Data? in
        if case .message(let data) = line { return data }
        return nil
    }
    for message in messages where message.count > limit || message.contains(UInt8(ascii: "\n")) {
        FuzzInput.fail("a message of \(message.count) bytes, or holding a newline, got through")
    }
    let expected = input.bytes.dropFirst().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .filter { !$0.allSatisfy { [0x20, 0x09, 0x0D].contains($0) } }
    if expected.allSatisfy({ $0.count <= limit }), messages != expected.map({ Data($0) }) {
        FuzzInput.fail("\(expected.count) lines in, \(messages.count) messages out")
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with the function above.
@_cdecl("FuzzLineSplitter_main")
public func fuzzLineSplitterMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzLineSplitter)
}
