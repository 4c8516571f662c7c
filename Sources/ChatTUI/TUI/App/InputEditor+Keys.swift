extension InputEditor {
    /// Applies the editing keys every text field shares; false for keys it leaves to the
    /// screen (Enter, Esc, ↑/↓, paging, …).
    mutating func handleEditingKey(_ key: Key) -> Bool {
        if isSelected {
            switch key {
            case .character, .paste: endSelection(removing: true)
            case .backspace, .ctrl("h"), .delete, .ctrl("d"):
                endSelection(removing: true)
                return true
            default: endSelection(removing: false)
            }
        }
        switch key {
        case .character(let character): insert(character)
        case .paste(let text): paste(text)
        case .left: moveLeft()
        case .right: moveRight()
        case .ctrlLeft, .altLeft, .alt("b"): moveWordLeft()
        case .ctrlRight, .altRight, .alt("f"): moveWordRight()
        case .home, .ctrl("a"): moveToLineStart()
        case .end, .ctrl("e"): moveToLineEnd()
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .ctrl("k"): deleteToLineEnd()
        case .ctrl("u"): deleteToLineStart()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("y"): yank()
        default: return false
        }
        return true
    }
}
