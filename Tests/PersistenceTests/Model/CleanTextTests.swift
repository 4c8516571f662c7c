import Testing
@testable import Persistence

struct CleanTextTests {
    @Test(arguments: [
        ("buy\u{0}milk", "buymilk"),
        ("\u{0}x", "x"),
        ("pay\u{1B}[2Jrent", "pay[2Jrent"),
        ("c1\u{85}\u{9B}end", "c1 end"),
        ("\u{202E}gnp.exe\u{202C}", "gnp.exe"),
        ("\u{2066}isolated\u{2069}", "isolated"),
        ("two\r\n\r\nlines\tand tab", "two lines and tab"),
        ("עברית\u{200F}", "עברית\u{200F}"),
        ("café e\u{301}", "café e\u{301}"),
    ])
    func oneLineRemovesControlsAndJoinsLines(input: String, expected: String) {
        #expect(CleanText.oneLine(input) == expected)
    }

    @Test func multilineKeepsLinesAndTabsAsPlainBreaks() {
        #expect(CleanText.multiline("first\r\nsecond\rthird\u{2028}fourth") == "first\nsecond\nthird\nfourth")
        #expect(CleanText.multiline("col\tcol\u{0}\u{7F}\u{202D}") == "col\tcol")
    }
}
