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
            let old = size
            size = newSize
            return panelResized(from: old)
        case .tick(let date):
            now = date
            if activity.runningTurn != nil { spinnerFrame += 1 }
            return keepDraftOnPause() + panelTicked()
        case .turn(let id, let turnUpdate):
            return handleTurn(id, turnUpdate)
        case .conversationLoaded(let page):
            return openLoaded(page)
        case .historyLoaded(let page):
            return prependLoaded(page)
        case .newerLoaded(let page):
            return appendLoaded(page)
        case .conversationWindowLoaded(let request, let window):
            return conversationWindowLoaded(request, window)
        case .conversationChanged(let change):
            return conversationChanged(change)
        case .searchLoaded(let request, let results):
            return searchLoaded(request, results)
        case .taskWindowLoaded(let request, let window):
            return taskWindowLoaded(request, window)
        case .taskRowsLoaded(let request, let rows):
            return taskRowsLoaded(request, rows)
        case .tasksCounted(let request, let position):
            return tasksCounted(request, position)
        case .taskAdded(let task, let summary):
            return taskAdded(task, summary: summary) + loadPanel()
        case .taskDetailLoaded(let detail):
            return taskDetailLoaded(detail)
        case .remindersLoaded(let counts):
            reminders = counts
            return []
        case .taskChanged(let summary):
            return taskChanged(summary) + loadPanel()
        case .taskRestored(let task, let summary):
            return taskChanged(summary, around: task) + loadPanel()
        case .panelLoaded(let request, let window):
            return panelLoaded(request, window)
        case .modelsListed(let listing):
            return modelsListed(listing)
        case .actionFailed(let text):
            return actionFailed(text)
        case .externalChange:
            return reloadAfterExternalChange() + loadPanel()
        case .draftLoaded(let id, let draft):
            return draftLoaded(id, draft)
        }
    }

    /// Ctrl-C works on every screen (`interrupt`); the chat finds it in its key table.
    private mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .ctrl("c"), screen != .chat { return interrupt() }
        switch screen {
        case .chat: return handleChatKey(key)
        case .help(var help):
            let effects = handleHelpKey(key, &help)
            if case .help = screen { screen = .help(help) }
            return effects
        case .review(var review):
            let effects = handleReviewKey(key, &review)
            if case .review = screen { screen = .review(review) }
            return effects
        case .picker(var picker):
            let effects = handlePickerKey(key, &picker)
            if case .picker = screen { screen = .picker(picker) }
            return effects
        case .search(var search):
            let effects = handleSearchKey(key, &search)
            if case .search = screen { screen = .search(search) }
            return effects
        }
    }
}
