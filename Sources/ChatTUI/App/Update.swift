/// The app's one transition: applies `message` to `state` and returns the work to do.
///
/// Pure: no clock, disk, network or terminal. Everything that needs one is an `Effect` whose
/// answer comes back as another message.
func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    state.apply(message)
}

extension AppState {
    mutating func apply(_ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            flash = nil
            return handleKey(key)
        case .resized(let newSize):
            size = newSize
            return []
        case .tick(let date):
            now = date
            if activity.runningTurn != nil { spinnerFrame += 1 }
            return []
        case .turn(let id, let turnUpdate):
            return handleTurn(id, turnUpdate)
        case .conversationLoaded(let page):
            return openLoaded(page)
        case .historyLoaded(let page):
            return prependLoaded(page)
        case .newerLoaded(let page):
            return appendLoaded(page)
        case .conversationsLoaded(let conversations):
            return listConversations(conversations)
        case .tasksLoaded(let tasks):
            return listTasks(tasks)
        case .remindersLoaded(let counts):
            reminders = counts
            return []
        case .taskChanged(let summary):
            return taskChanged(summary)
        case .actionFailed(let text):
            return actionFailed(text)
        case .externalChange:
            return reloadAfterExternalChange()
        }
    }

    /// Ctrl-C belongs to no screen: it stops a running turn first, as it stops a running
    /// command in a shell, then clears the chat's draft, as a shell drops the line typed,
    /// and quits when there is neither, so pressing it again always ends up quitting.
    private mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .ctrl("c") {
            if activity.runningTurn != nil { return cancelTurn() }
            guard screen == .chat, !input.isEmpty else { return [.quit] }
            input.cutAll()
            flash = "Draft cleared: Ctrl-Y brings it back, Ctrl-C again quits."
            return []
        }
        switch screen {
        case .chat: return handleChatKey(key)
        case .review(var review):
            let effects = handleReviewKey(key, &review)
            if case .review = screen { screen = .review(review) }
            return effects
        case .picker(var picker):
            let effects = handlePickerKey(key, &picker)
            if case .picker = screen { screen = .picker(picker) }
            return effects
        }
    }
}
