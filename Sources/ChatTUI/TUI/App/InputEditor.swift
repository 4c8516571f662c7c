import AgentCore

/// The text being typed, its cursor, and the history of what was sent.
///
/// The cursor is kept as a UTF-8 offset that always sits between grapheme clusters, so moving
/// and editing cost O(1) or O(length of the change) on Swift's native UTF-8 strings; only
/// `cursorOffset` counts clusters. A 10 MB paste is one O(n) insertion, not n insertions.
struct InputEditor: Hashable, Sendable {
    private(set) var text = ""
    /// UTF-8 offset of the cursor in `text`.
    private(set) var cursorUTF8 = 0
    private(set) var history: [String] = []
    /// Which history entry is shown; nil while editing the draft.
    private(set) var historyPosition: Int?
    /// What was being typed before ↑ walked into the history, restored by ↓ past the newest.
    private(set) var draft = ""
    /// What Ctrl-K, Ctrl-U or Ctrl-W cut last, for Ctrl-Y to put back, as in a shell.
    private(set) var cut = ""
    /// The whole text is selected: a field opened holding a value to keep, edit or type over.
    private(set) var isSelected = false

    init(text: String = "", history: [String] = []) {
        self.text = text
        cursorUTF8 = text.utf8.count
        self.history = history
    }

    /// Opens holding `text` selected, the cursor at its end, as a GUI field selects its value
    /// on focus: Enter keeps it, the first character typed or pasted replaces it, Backspace
    /// empties the field, and a move (←, Home, Ctrl-A, …) keeps it for editing. A readline
    /// default (`read -e -i`) appends what is typed instead, which is what users of the
    /// review's `D` tripped over.
    init(selecting text: String) {
        self.init(text: text)
        isSelected = !text.isEmpty
    }

    /// Ends the selection; `removing` also empties the field, as typing over it does.
    mutating func endSelection(removing: Bool) {
        guard isSelected else { return }
        isSelected = false
        if removing { clear() }
    }

    var isEmpty: Bool { text.isEmpty }

    var cursor: String.Index { index(cursorUTF8) }

    /// The cursor as a count of grapheme clusters before it. O(n): for tests and display.
    var cursorOffset: Int { text[..<cursor].count }

    // MARK: Inserting

    mutating func insert(_ character: Character) {
        insert(String(character))
    }

    mutating func insert(_ string: String) {
        guard !string.isEmpty else { return }
        text.insert(contentsOf: string, at: cursor)
        cursorUTF8 += string.utf8.count
        leaveHistory()
    }

    /// Inserts pasted text: CRLF and lone CR become newlines, other controls and escape
    /// sequences are dropped, tabs are kept. Never submits, whatever the text ends with.
    mutating func paste(_ pasted: String) {
        insert(Self.cleanPaste(pasted))
    }

    static func cleanPaste(_ pasted: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in pasted.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\r": scalars.append("\n")
            case "\n" where previousWasCR: continue
            default: scalars.append(scalar)
            }
        }
        // The sanitiser removes whole escape sequences and controls and would expand tabs, so
        // tabs are protected around it.
        return String(scalars).split(separator: "\t", omittingEmptySubsequences: false)
            .map { TerminalSanitizer.sanitize(String($0)) }
            .joined(separator: "\t")
    }

    // MARK: Moving

    mutating func moveLeft() {
        guard cursor > text.startIndex else { return }
        setCursor(text.index(before: cursor))
    }

    mutating func moveRight() {
        guard cursor < text.endIndex else { return }
        setCursor(text.index(after: cursor))
    }

    /// Home and Ctrl-A: the start of the cursor's line.
    mutating func moveToLineStart() { setCursor(lineStart(of: cursor)) }

    /// End and Ctrl-E: the end of the cursor's line.
    mutating func moveToLineEnd() { setCursor(lineEnd(of: cursor)) }

    /// Moves to the line above, keeping the column; false on the first line, where ↑ means
    /// history instead.
    mutating func moveUpLine() -> Bool {
        let start = lineStart(of: cursor)
        guard start > text.startIndex else { return false }
        let column = text[start..<cursor].count
        let previousStart = lineStart(of: text.index(before: start))
        setCursor(advance(previousStart, by: column, limit: text.index(before: start)))
        return true
    }

    /// Moves to the line below, keeping the column; false on the last line.
    mutating func moveDownLine() -> Bool {
        let end = lineEnd(of: cursor)
        guard end < text.endIndex else { return false }
        let column = text[lineStart(of: cursor)..<cursor].count
        let nextStart = text.index(after: end)
        setCursor(advance(nextStart, by: column, limit: lineEnd(of: nextStart)))
        return true
    }

    // MARK: Deleting

    mutating func deleteBackward() {
        guard cursor > text.startIndex else { return }
        remove(text.index(before: cursor)..<cursor)
    }

    mutating func deleteForward() {
        guard cursor < text.endIndex else { return }
        remove(cursor..<text.index(after: cursor))
    }

    /// Ctrl-K: to the end of the line, or the line break itself when already there.
    mutating func deleteToLineEnd() {
        let end = lineEnd(of: cursor)
        if end == cursor {
            guard cursor < text.endIndex else { return }
            cutOut(cursor..<text.index(after: cursor))
        } else {
            cutOut(cursor..<end)
        }
    }

    /// Ctrl-U: back to the start of the line.
    mutating func deleteToLineStart() {
        cutOut(lineStart(of: cursor)..<cursor)
    }

    /// Ctrl-W: the word before the cursor and the spaces after it, as a shell does.
    mutating func deleteWordBackward() {
        cutOut(wordStart(before: cursor)..<cursor)
    }

    /// Ctrl-Y: puts back what was cut last, at the cursor.
    mutating func yank() {
        insert(cut)
    }

    /// Ctrl-C on a draft: empties the editor, keeping the text for Ctrl-Y.
    mutating func cutAll() {
        cutOut(text.startIndex..<text.endIndex)
    }

    /// Puts earlier messages before the history, oldest first, for ↑ to reach once it has
    /// gone through what was sent in this session: a resumed conversation's own messages.
    mutating func prependHistory(_ earlier: [String]) {
        let fresh = earlier.filter { !$0.isEmpty }.reduce(into: [String]()) { kept, text in
            if kept.last != text { kept.append(text) }
        }
        guard !fresh.isEmpty else { return }
        history.insert(contentsOf: fresh, at: 0)
        if let position = historyPosition { historyPosition = position + fresh.count }
    }

    /// Shows a saved draft in place of the input, the cursor at its end; the history stays.
    mutating func replaceText(with saved: String) {
        text = saved
        cursorUTF8 = saved.utf8.count
        leaveHistory()
    }

    mutating func clear() {
        text = ""
        cursorUTF8 = 0
        leaveHistory()
    }

    // MARK: History

    /// Takes the text to send, empties the editor and remembers the text for ↑.
    mutating func submit() -> String {
        let sent = text
        if !sent.isEmpty, history.last != sent { history.append(sent) }
        text = ""
        cursorUTF8 = 0
        historyPosition = nil
        draft = ""
        return sent
    }

    mutating func historyBack() {
        guard !history.isEmpty else { return }
        let position: Int
        if let current = historyPosition {
            guard current > 0 else { return }
            position = current - 1
        } else {
            draft = text
            position = history.count - 1
        }
        show(history[position], at: position)
    }

    mutating func historyForward() {
        guard let current = historyPosition else { return }
        if current + 1 < history.count {
            show(history[current + 1], at: current + 1)
        } else {
            text = draft
            cursorUTF8 = text.utf8.count
            historyPosition = nil
            draft = ""
        }
    }

    // MARK: Helpers

    private mutating func show(_ entry: String, at position: Int) {
        text = entry
        cursorUTF8 = entry.utf8.count
        historyPosition = position
    }

    /// Editing a recalled entry makes it the draft; the history itself is never rewritten.
    private mutating func leaveHistory() {
        historyPosition = nil
        draft = ""
    }

    /// Removes `range` and keeps it for Ctrl-Y; cutting nothing keeps the previous cut.
    private mutating func cutOut(_ range: Range<String.Index>) {
        guard !range.isEmpty else { return }
        cut = String(text[range])
        remove(range)
    }

    private mutating func remove(_ range: Range<String.Index>) {
        guard !range.isEmpty else { return }
        let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        text.removeSubrange(range)
        cursorUTF8 = start
        leaveHistory()
    }

    /// Internal for the word moves in `InputEditor+Words.swift`.
    mutating func setCursor(_ index: String.Index) {
        cursorUTF8 = text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    private func index(_ utf8Offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: min(max(0, utf8Offset), text.utf8.count))
    }

    /// Searches bytes rather than characters: a line break is always the single byte 10 here,
    /// because pasted CRLF has been normalised.
    private func lineStart(of index: String.Index) -> String.Index {
        guard let newline = text.utf8[..<index].lastIndex(of: 10) else { return text.startIndex }
        return text.utf8.index(after: newline)
    }

    private func lineEnd(of index: String.Index) -> String.Index {
        text.utf8[index...].firstIndex(of: 10) ?? text.endIndex
    }

    private func advance(_ start: String.Index, by count: Int, limit: String.Index) -> String.Index {
        var index = start
        var remaining = count
        while remaining > 0, index < limit {
            index = text.index(after: index)
            remaining -= 1
        }
        return index
    }
}
