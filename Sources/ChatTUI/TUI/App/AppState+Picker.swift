import AgentCore
import Persistence

/// Keys on the conversation picker, found in `PickerKeymap`.
extension AppState {
    mutating func openPicker() -> [Effect] {
        var picker = ConversationPicker()
        let effects = reloadPicker(&picker)
        screen = .picker(picker)
        return effects
    }

    mutating func handlePickerKey(_ key: Key, _ picker: inout ConversationPicker) -> [Effect] {
        switch picker.mode {
        case .browsing:
            picker.notice = nil
            guard let action = PickerKeymap.action(for: key) else { return [] }
            return perform(action, &picker)
        case .filtering(var editor):
            return handleFilterKey(key, editor: &editor, &picker)
        case .renaming(let id, var editor):
            switch key {
            case .enter:
                picker.mode = .browsing
                let title = editor.text.trimmingCharacters(in: .whitespaces)
                return title.isEmpty ? [] : [.renameConversation(id, title: title)]
            case .escape:
                picker.mode = .browsing
            case .paste(let text):
                editor.paste(TaskLine.singleLine(text))
                picker.mode = .renaming(id, editor)
            default:
                if editor.handleEditingKey(key) { picker.mode = .renaming(id, editor) }
            }
            return []
        case .confirmingDelete(let conversation):
            picker.mode = .browsing
            guard key == .character("y") || key == .character("Y") else {
                picker.notice = "Kept #\(conversation.id)."
                return []
            }
            return [.deleteConversation(conversation.id)]
        case .help(let offset):
            let lineCount = PickerHelpLayout.lines(width: size.cols - 1).count
            let height = TaskReviewLayout.listHeight(size)
            picker.mode = HelpScroll.offset(after: key, from: offset, height: height, lineCount: lineCount)
                .map { .help(offset: $0) } ?? .browsing
            return []
        }
    }

    private mutating func perform(_ action: PickerAction, _ picker: inout ConversationPicker) -> [Effect] {
        let height = TaskReviewLayout.listHeight(size)
        if picker.pending != nil, action.movesTheCursor {
            picker.movedWhilePending = true
        }
        switch action {
        case .move(let move) where picker.isLoading: picker.movesBeforeLoading.append(move)
        case .move(let move): picker.selection.move(move, page: height)
        case .open:
            guard let id = picker.selected?.id else { return [] }
            guard activity.runningTurn == nil else {
                flash = "A reply is still coming: press Esc to stop it first."
                return []
            }
            screen = .chat
            return id == conversationID ? [] : [.openConversation(id)]
        case .filter:
            picker.mode = .filtering(InputEditor(text: picker.title ?? ""))
        case .rename:
            guard let conversation = picker.selected else { return [] }
            picker.mode = .renaming(conversation.id, InputEditor(text: conversation.title))
        case .delete:
            guard let conversation = picker.selected else { return [] }
            guard conversation.id != conversationID else {
                picker.notice = "That is the open conversation: open another one first."
                return []
            }
            picker.mode = .confirmingDelete(conversation)
        case .undo:
            guard let id = deletedConversations.last else {
                picker.notice = "Nothing deleted this session."
                return []
            }
            return [.restoreConversation(id)]
        case .help:
            picker.mode = .help(offset: 0)
            return []
        case .back:
            screen = .chat
            return []
        }
        return fetchPickerWindow(&picker)
    }

    /// The list follows the filter as it is typed; Enter keeps it, Esc drops it.
    private mutating func handleFilterKey(
        _ key: Key, editor: inout InputEditor, _ picker: inout ConversationPicker
    ) -> [Effect] {
        switch key {
        case .enter:
            picker.mode = .browsing
            return []
        case .escape:
            picker.mode = .browsing
            picker.title = nil
            return reloadPicker(&picker)
        case .paste(let text):
            editor.paste(TaskLine.singleLine(text))
        default:
            guard editor.handleEditingKey(key) else { return [] }
        }
        picker.mode = .filtering(editor)
        let title = editor.text.trimmingCharacters(in: .whitespaces)
        picker.title = title.isEmpty ? nil : title
        return reloadPicker(&picker)
    }
}
