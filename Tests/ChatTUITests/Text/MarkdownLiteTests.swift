import Testing
@testable import ChatTUI

@Suite struct MarkdownLiteTests {
    @Test func boldAndCodeBecomeStyledSpans() {
        let lines = MarkdownLite.render("Use **bold** and `code` here")
        #expect(lines == [
            StyledLine([
                Span("Use "), Span("bold", .bold), Span(" and "), Span("code", MarkdownLite.codeStyle), Span(" here"),
            ])
        ])
    }

    @Test func unclosedMarkersStayLiteral() {
        #expect(MarkdownLite.render("2 ** 3 and a ` tick").map(\.text) == ["2 ** 3 and a ` tick"])
        #expect(MarkdownLite.render("a * b * c").map(\.text) == ["a * b * c"])
    }

    @Test func fencedCodeIsIndentedWithoutItsFences() {
        let lines = MarkdownLite.render("Try:\n```swift\nlet x = **1**\n```\nDone")
        #expect(lines.map(\.text) == ["Try:", "  let x = **1**", "Done"])
        #expect(lines[1].spans.allSatisfy { $0.style == MarkdownLite.codeStyle })
    }

    @Test func listItemsGetBulletsAndHangingIndents() {
        let lines = MarkdownLite.render("- one\n* two\n12. twelve\n  - nested")
        #expect(lines.map(\.text) == ["• one", "• two", "12. twelve", "  • nested"])
        #expect(lines.map(\.hangingIndent) == [2, 2, 4, 4])
        #expect(TextWrapper.wrap(lines[2], width: 10).map(\.text) == ["12. twelve"])
        #expect(TextWrapper.wrap(StyledLine("• buy the milk", hangingIndent: 2), width: 9).map(\.text) == ["• buy the", "  milk"])
    }

    @Test func headingsAreBold() {
        #expect(MarkdownLite.render("## Today") == [StyledLine("Today", .bold)])
    }

    @Test func escapeSequencesNeverSurvive() {
        let lines = MarkdownLite.render("**red \u{1B}[31malert\u{1B}[0m** \u{1B}]52;c;eA==\u{07}done")
        #expect(lines.map(\.text) == ["red alert done"])
    }
}
