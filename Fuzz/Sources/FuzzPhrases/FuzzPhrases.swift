@testable import AgentCore
import FuzzSupport
import Persistence

/// A line a person typed, read by the due-date grammar (whole phrase, phrase inside a
/// title, resolved against a clock) and by the offline engine's intent parser.
/// The grammar must also agree with itself: a phrase it finds inside the text is one it
/// reads whole.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPhrases(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = FuzzInput(data, size).text
    if let expression = DueGrammar.expression(text) {
        _ = expression.phrase
        _ = expression.impossibility
        _ = try? expression.resolve(clock: FuzzClock.clock)
    }
    if let match = DueGrammar.firstPhrase(in: text) {
        _ = text[match.range]
        _ = try? match.expression.resolve(clock: FuzzClock.clock)
    }
    _ = try? Due.parse(text, clock: FuzzClock.clock)
    _ = IntentParser.parse(text)
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with the function above.
@_cdecl("FuzzPhrases_main")
public func fuzzPhrasesMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzPhrases)
}
