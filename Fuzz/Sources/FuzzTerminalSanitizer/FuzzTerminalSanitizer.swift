@testable import ChatTUI
import FuzzSupport

/// Untrusted text made safe for a terminal. Whatever goes in, nothing that can start an
/// escape or control sequence comes out, and the prefix the sanitiser reports as settled
/// sanitises the same on its own (the streaming view relies on that).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTerminalSanitizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = FuzzInput(data, size).text
    for keepNewlines in [true, false] {
        let (clean, lastLineStart) = TerminalSanitizer.sanitizeLines(text[...], keepNewlines: keepNewlines)
        if let bad = clean.unicodeScalars.first(where: { isControl($0, keepNewlines: keepNewlines) }) {
            FuzzInput.fail("U+\(String(bad.value, radix: 16)) survived sanitising")
        }
        if let lastLineStart {
            let settled = TerminalSanitizer.sanitize(String(text[..<lastLineStart]), keepNewlines: keepNewlines)
            guard clean.hasPrefix(settled) else { FuzzInput.fail("the settled prefix sanitises differently alone") }
        }
    }
    return 0
}

/// C0 and C1 controls and DEL, which a terminal acts on; a newline only when kept.
private func isControl(_ scalar: Unicode.Scalar, keepNewlines: Bool) -> Bool {
    if scalar == "\n" { return !keepNewlines }
    return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with the function above.
@_cdecl("FuzzTerminalSanitizer_main")
public func fuzzTerminalSanitizerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzTerminalSanitizer)
}
