/// Moving by words (Ctrl-← and Ctrl-→, Alt-B and Alt-F): a word is a run of characters
/// other than whitespace, the same unit Ctrl-W cuts, so moving and cutting agree.
extension InputEditor {
    /// To the start of the word before the cursor, over any spaces in between.
    mutating func moveWordLeft() {
        setCursor(wordStart(before: cursor))
    }

    /// To the end of the word after the cursor, over any spaces in between.
    mutating func moveWordRight() {
        var end = cursor
        while end < text.endIndex, text[end].isWhitespace { end = text.index(after: end) }
        while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
        setCursor(end)
    }

    /// Where the word before `index` starts, past the whitespace just before `index`.
    func wordStart(before index: String.Index) -> String.Index {
        var start = index
        while start > text.startIndex, text[text.index(before: start)].isWhitespace {
            start = text.index(before: start)
        }
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace {
            start = text.index(before: start)
        }
        return start
    }
}
