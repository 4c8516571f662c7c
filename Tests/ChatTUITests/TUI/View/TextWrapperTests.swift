import Testing
@testable import ChatTUI

@Suite struct TextWrapperTests {
    private func wrapped(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(text, width: width).map(\.text)
    }

    @Test func breaksAtSpacesAndDropsThem() {
        #expect(wrapped("the quick brown fox", 10) == ["the quick", "brown fox"])
    }

    @Test func hardBreaksAWordLongerThanTheRow() {
        #expect(wrapped("abcdefghij xy", 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func neverSplitsAWideCharacter() {
        #expect(wrapped("日本語テキスト", 5) == ["日本", "語テ", "キス", "ト"])
        for row in TextWrapper.wrap("日本語テキスト", width: 5) {
            #expect(row.width <= 5)
        }
    }

    @Test func keepsEmojiClustersWhole() {
        #expect(wrapped("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", 4) == ["👨‍👩‍👧👨‍👩‍👧", "👨‍👩‍👧"])
    }

    @Test func keepsBlankLines() {
        #expect(wrapped("one\n\ntwo", 10) == ["one", "", "two"])
        #expect(wrapped("", 10) == [""])
    }

    @Test func continuationRowsHangUnderTheIndent() {
        let item = StyledLine("• buy milk and bread", hangingIndent: 2)
        #expect(TextWrapper.wrap(item, width: 12).map(\.text) == ["• buy milk", "  and bread"])
    }

    @Test func stylesSurviveTheBreak() {
        let line = StyledLine([Span("plain "), Span("bold words", .bold)])
        let rows = TextWrapper.wrap(line, width: 8)
        #expect(rows == [StyledLine([Span("plain")]), StyledLine([Span("bold", .bold)]), StyledLine([Span("words", .bold)])])
    }

    @Test func aLongLineCostsLinearTime() {
        let text = String(repeating: "word ", count: 200_000)
        let rows = TextWrapper.wrap(text, width: 80)
        #expect(rows.count == 12_500)
    }
}
