/// Keys on the conversation picker.
extension AppState {
    mutating func openPicker() -> [Effect] {
        screen = .picker(ConversationPicker())
        return [.loadConversations]
    }

    mutating func handlePickerKey(_ key: Key, _ picker: inout ConversationPicker) -> [Effect] {
        switch key {
        case .character("j"), .down:
            picker.selection.next()
        case .character("k"), .up:
            picker.selection.previous()
        case .home:
            picker.selection.first()
        case .end:
            picker.selection.last()
        case .enter:
            guard let id = picker.selected?.id else { return [] }
            guard activity.runningTurn == nil else {
                flash = "A reply is still coming: press Esc to stop it first."
                return []
            }
            screen = .chat
            return id == conversationID ? [] : [.openConversation(id)]
        case .character("q"), .escape:
            screen = .chat
        default:
            break
        }
        picker.selection.scroll(height: TaskReviewLayout.listHeight(size))
        return []
    }
}
