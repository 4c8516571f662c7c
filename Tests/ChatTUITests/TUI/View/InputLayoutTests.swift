import Testing
@testable import ChatTUI

@Suite struct InputLayoutTests {
    @Test func anEmptyInputIsOneRowWithTheCursorAfterThePrompt() {
        let layout = InputLayout(editor: InputEditor(), width: 20)
        #expect(layout.height == 1)
        #expect(layout.cursor == Position(row: 0, col: 2))
    }

    @Test func wrapsByCellsAndPutsTheCursorInCells() {
        let layout = InputLayout(editor: InputEditor(text: "日本語abc"), width: 8)
        #expect(layout.rows == ["日本語", "abc"])
        #expect(layout.cursor == Position(row: 1, col: 5))
    }

    @Test func aFullRowSendsTheCursorToTheNextRow() {
        let layout = InputLayout(editor: InputEditor(text: "abcd"), width: 6)
        #expect(layout.rows == ["abcd", ""])
        #expect(layout.cursor == Position(row: 1, col: 2))
    }

    @Test func growsToFiveRowsThenKeepsTheFirstAndScrollsToTheCursor() {
        var editor = InputEditor(text: (1...8).map(String.init).joined(separator: "\n"))
        var layout = InputLayout(editor: editor, width: 20)
        #expect(layout.rows == ["1", "⋮", "6", "7", "8"])
        #expect(layout.markerRow == 1)
        #expect(layout.cursor == Position(row: 4, col: 3))
        for _ in 0..<7 { _ = editor.moveUpLine() }
        layout = InputLayout(editor: editor, width: 20)
        #expect(layout.rows == ["1", "2", "3", "4", "5"])
        #expect(layout.cursor == Position(row: 0, col: 3))
    }

    @Test func wrapsAtWordBoundaries() {
        let layout = InputLayout(editor: InputEditor(text: "buy some milk today"), width: 13)
        #expect(layout.rows == ["buy some ", "milk today"])
        #expect(layout.cursor == Position(row: 1, col: 12))
    }

    @Test func aCursorInAWordThatMovedDownFollowsIt() {
        var editor = InputEditor(text: "buy some milk")
        for _ in 0..<2 { editor.moveLeft() }
        let layout = InputLayout(editor: editor, width: 12)
        #expect(layout.rows == ["buy some ", "milk"])
        #expect(layout.cursor == Position(row: 1, col: 4))
    }

    @Test func aWordLongerThanARowBreaksWhereItOverflows() {
        let layout = InputLayout(editor: InputEditor(text: "a abcdefghijklm"), width: 8)
        #expect(layout.rows == ["a ", "abcdef", "ghijkl", "m"])
    }

    @Test func aTallPasteStillShowsTheFirstLineBehindThePrompt() {
        let editor = InputEditor(text: (1...300).map { "line \($0)" }.joined(separator: "\n"))
        let layout = InputLayout(editor: editor, width: 40)
        #expect(layout.rows == ["line 1", "⋮", "line 298", "line 299", "line 300"])
        #expect(layout.cursor == Position(row: 4, col: 10))
    }

    @Test func tabsShowAsFourSpaces() {
        let layout = InputLayout(editor: InputEditor(text: "a\tb"), width: 20)
        #expect(layout.rows == ["a    b"])
        #expect(layout.cursor.col == 8)
    }

    @Test(.timeLimit(.minutes(10)))
    func aHugeLineLaysOutOnlyAroundTheCursor() {
        let editor = InputEditor(text: String(repeating: "x", count: 10_000_000))
        let layout = InputLayout(editor: editor, width: 80)
        #expect(layout.height == 5)
        #expect(layout.rows.allSatisfy { $0.count <= 78 })
    }
}
