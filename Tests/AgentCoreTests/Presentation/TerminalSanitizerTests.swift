import Testing
@testable import AgentCore

@Suite struct TerminalSanitizerTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("red \u{1B}[31mword\u{1B}[0m", "red word"),
        ("clear\u{1B}[2J\u{1B}[H screen", "clear screen"),
        ("title \u{1B}]0;owned\u{07}set", "title set"),
        ("title \u{1B}]0;owned\u{1B}\\set", "title set"),
        ("clipboard \u{1B}]52;c;ZXZpbA==\u{07}write", "clipboard write"),
        ("dcs \u{1B}P1$r\u{1B}\\end", "dcs end"),
        ("charset \u{1B}(0line", "charset line"),
        ("keypad \u{1B}=mode", "keypad mode"),
        ("csi8 \u{9B}31mred", "csi8 red"),
        ("bell\u{07} and back\u{8}space", "bell and backspace"),
        ("null\u{0} del\u{7F} c1\u{85}", "null del c1"),
        ("bidi \u{202E}txet\u{202C} \u{2066}x\u{2069}", "bidi txet x"),
        ("tab\there", "tab    here"),
        ("unterminated \u{1B}[31", "unterminated "),
        ("lone escape at end \u{1B}", "lone escape at end "),
        ("日本語 👍🏽 café", "日本語 👍🏽 café"),
    ])
    func removesControlsAndKeepsText(input: String, expected: String) {
        #expect(TerminalSanitizer.sanitize(input) == expected)
    }

    @Test func newlinesSurviveUnlessFlattened() {
        #expect(TerminalSanitizer.sanitize("a\nb") == "a\nb")
        #expect(TerminalSanitizer.sanitize("a\nb", keepNewlines: false) == "a b")
        #expect(TerminalSanitizer.sanitize("a\r\nb") == "a\nb")
    }

    @Test func theLastLineStartIsOutsideEveryEscapeSequence() {
        let text = "one\ntwo \u{1B}]0;title\nstill title\u{07} three"
        let (clean, lastLineStart) = TerminalSanitizer.sanitizeLines(text[...])
        #expect(clean == "one\ntwo  three")
        #expect(lastLineStart.map { String(text[$0...]) } == "two \u{1B}]0;title\nstill title\u{07} three")
        #expect(TerminalSanitizer.sanitizeLines("no line break"[...]).lastLineStart == nil)
    }
}
