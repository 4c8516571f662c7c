/// Keys on the conversation picker.
extension AppState {
    mutating func handlePickerKey(_ key: Key, _ picker: inout ConversationPicker) -> [Effect] {
        let last = max(0, picker.conversations.count - 1)
        switch key {
        case .character("j"), .down:
            picker.selection = min(picker.selection + 1, last)
        case .character("k"), .up:
            picker.selection = max(picker.selection - 1, 0)
        case .home:
            picker.selection = 0
        case .end:
            picker.selection = last
        case .enter:
            guard picker.conversations.indices.contains(picker.selection) else { return [] }
            guard activity.runningTurn == nil else {
                flash = "A reply is still coming: press Esc to stop it first."
                return []
            }
            let id = picker.conversations[picker.selection].id
            screen = .chat
            return id == conversationID ? [] : [.openConversation(id)]
        case .character("q"), .escape:
            screen = .chat
        default:
            break
        }
        return []
    }
}
