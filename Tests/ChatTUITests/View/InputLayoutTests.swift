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

    @Test func growsToFiveRowsThenScrollsToTheCursor() {
        var editor = InputEditor(text: (1...8).map(String.init).joined(separator: "\n"))
        var layout = InputLayout(editor: editor, width: 20)
        #expect(layout.rows == ["4", "5", "6", "7", "8"])
        #expect(layout.cursor == Position(row: 4, col: 3))
        for _ in 0..<7 { _ = editor.moveUpLine() }
        layout = InputLayout(editor: editor, width: 20)
        #expect(layout.rows == ["1", "2", "3", "4", "5"])
        #expect(layout.cursor == Position(row: 0, col: 3))
    }

    @Test func tabsShowAsFourSpaces() {
        let layout = InputLayout(editor: InputEditor(text: "a\tb"), width: 20)
        #expect(layout.rows == ["a    b"])
        #expect(layout.cursor.col == 8)
    }

    @Test(.timeLimit(.minutes(1)))
    func aHugeLineLaysOutOnlyAroundTheCursor() {
        let editor = InputEditor(text: String(repeating: "x", count: 10_000_000))
        let layout = InputLayout(editor: editor, width: 80)
        #expect(layout.height == 5)
        #expect(layout.rows.allSatisfy { $0.count <= 78 })
    }
}
