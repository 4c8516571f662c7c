import Persistence

/// The picker's windows and the answers to its actions.
extension AppState {
    /// Reads the list again around `conversation` (by default the cursor's), putting the
    /// cursor on it when it is listed.
    mutating func reloadPicker(_ picker: inout ConversationPicker, around conversation: Conversation? = nil) -> [Effect] {
        let reach = TaskWindowRequest.reach(height: TaskReviewLayout.listHeight(size))
        let anchor = conversation ?? picker.selected
        let request = ConversationWindowRequest(
            title: picker.title, anchor: anchor.map { .item($0) } ?? .first, before: reach, after: reach,
            keepsSelection: true, known: nil)
        picker.pending = request
        picker.movedWhilePending = false
        return [.loadConversationWindow(request)]
    }

    /// After the cursor moved: the next window, when what is held runs out near the view.
    mutating func fetchPickerWindow(_ picker: inout ConversationPicker) -> [Effect] {
        let height = TaskReviewLayout.listHeight(size)
        picker.selection.scroll(height: height)
        guard picker.pending == nil,
              let plan = WindowPlan(window: picker.window, selection: picker.selection, height: height)
        else { return [] }
        let reach = TaskWindowRequest.reach(height: height)
        let request = ConversationWindowRequest(
            title: picker.title, anchor: plan.anchor, before: reach * 2, after: reach * 2, keepsSelection: false,
            known: plan.known)
        picker.pending = request
        return [.loadConversationWindow(request)]
    }

    mutating func conversationWindowLoaded(
        _ request: ConversationWindowRequest, _ window: ListWindow<Conversation>
    ) -> [Effect] {
        guard case .picker(var picker) = screen, picker.pending == request else { return [] }
        picker.pending = nil
        picker.window = window
        picker.isLoading = false
        if request.keepsSelection, !picker.movedWhilePending {
            let id: Int64? = if case .item(let conversation) = request.anchor { conversation.id } else { nil }
            picker.selection.keep(id, in: window)
        } else {
            picker.selection.resize(to: window.total)
        }
        let height = TaskReviewLayout.listHeight(size)
        for move in picker.movesBeforeLoading { picker.selection.move(move, page: height) }
        picker.movesBeforeLoading = []
        let effects = fetchPickerWindow(&picker)
        screen = .picker(picker)
        return effects
    }

    mutating func conversationChanged(_ change: ConversationChange) -> [Effect] {
        let summary: String
        switch change {
        case .renamed(let conversation):
            if conversation.id == conversationID { conversationTitle = conversation.title }
            summary = "Renamed #\(conversation.id) to “\(conversation.title)”."
        case .deleted(let conversation):
            deletedConversations.append(conversation.id)
            summary = "Deleted #\(conversation.id) “\(conversation.title)”. u brings it back."
        case .restored(let conversation):
            deletedConversations.removeAll { $0 == conversation.id }
            summary = "Brought back #\(conversation.id) “\(conversation.title)”."
        }
        guard case .picker(var picker) = screen else {
            flash = summary
            return []
        }
        picker.notice = summary
        // `u` takes the cursor to what it brought back, wherever the list sorts it.
        let restored: Conversation? = if case .restored(let conversation) = change { conversation } else { nil }
        let effects = reloadPicker(&picker, around: restored)
        screen = .picker(picker)
        return effects
    }
}
