import Testing
@testable import ChatTUI

@Suite struct InputEditorTests {
    @Test func movesByGraphemeNotByScalar() {
        var editor = InputEditor(text: "a👍🏽e\u{301}")
        editor.moveLeft()
        #expect(editor.cursorOffset == 2)
        editor.moveLeft()
        #expect(editor.cursorOffset == 1)
        editor.deleteForward()
        #expect(editor.text == "ae\u{301}")
        editor.moveRight()
        editor.moveRight()
        editor.deleteBackward()
        #expect(editor.text == "a")
    }

    @Test func insertsAtTheCursor() {
        var editor = InputEditor(text: "held")
        editor.moveLeft()
        editor.insert("l")
        editor.insert("日本")
        #expect(editor.text == "hell日本d")
        #expect(editor.cursorOffset == 6)
    }

    @Test func homeEndAndCtrlKeysWorkOnTheCursorsLine() {
        var editor = InputEditor(text: "first line\nsecond line")
        editor.moveToLineStart()
        #expect(editor.cursorOffset == 11)
        editor.deleteToLineEnd()
        #expect(editor.text == "first line\n")
        editor.deleteBackward()
        editor.moveToLineStart()
        editor.moveRight()
        editor.deleteToLineStart()
        #expect(editor.text == "irst line")
        editor.moveToLineEnd()
        #expect(editor.cursorOffset == 9)
    }

    @Test func ctrlKAtTheEndOfALineJoinsTheNextOne() {
        var editor = InputEditor(text: "a\nb")
        editor.moveLeft()
        editor.moveLeft()
        editor.deleteToLineEnd()
        #expect(editor.text == "ab")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var editor = InputEditor(text: "buy some milk  ")
        editor.deleteWordBackward()
        #expect(editor.text == "buy some ")
        editor.deleteWordBackward()
        #expect(editor.text == "buy ")
    }

    @Test func upAndDownMoveBetweenLinesKeepingTheColumn() {
        var editor = InputEditor(text: "abcdef\nxy\n12345")
        var moves: [Bool] = []
        moves.append(editor.moveUpLine())
        #expect(editor.cursorOffset == 9)
        moves.append(editor.moveUpLine())
        #expect(editor.cursorOffset == 2)
        moves.append(editor.moveUpLine())
        moves.append(editor.moveDownLine())
        moves.append(editor.moveDownLine())
        #expect(editor.cursorOffset == 12)
        moves.append(editor.moveDownLine())
        #expect(moves == [true, true, false, true, true, false])
    }

    @Test func historyWalksBackAndReturnsToTheDraft() {
        var editor = InputEditor()
        editor.insert("first")
        _ = editor.submit()
        editor.insert("second")
        _ = editor.submit()
        editor.insert("draft")
        editor.historyBack()
        #expect(editor.text == "second")
        editor.historyBack()
        #expect(editor.text == "first")
        editor.historyBack()
        #expect(editor.text == "first")
        editor.historyForward()
        editor.historyForward()
        #expect(editor.text == "draft")
        #expect(editor.history == ["first", "second"])
    }

    @Test func pasteNormalisesLineBreaksAndDropsControls() {
        var editor = InputEditor()
        editor.paste("one\r\ntwo\rthree\n\tfour\u{1B}[31m red\u{7}\u{0}")
        #expect(editor.text == "one\ntwo\nthree\n\tfour red")
    }

    @Test(.timeLimit(.minutes(10)))
    func aTenMegabytePasteIsOneLinearInsertion() {
        var editor = InputEditor(text: "before  after")
        for _ in 0..<6 { editor.moveLeft() }
        let big = String(repeating: "0123456789abcdef\r\n", count: 10_000_000 / 18)
        editor.paste(big)
        #expect(editor.text.utf8.count == 13 + 10_000_000 / 18 * 17)
        #expect(editor.text.hasSuffix("\n after"))
        editor.moveLeft()
        editor.insert("!")
        editor.deleteWordBackward()
        editor.moveToLineStart()
        _ = editor.moveUpLine()
        #expect(editor.cursorOffset > 0)
    }
}
