import AgentCore
import Persistence

/// The search screen (Ctrl-F, `/search TEXT`): its keys are in `SearchKeymap`, its matches
/// come from `.search`, and Enter leaves it for the conversation or task it names.
extension AppState {
    /// Opens the screen over the chat: typing when `text` is nil, else searching for it.
    mutating func openSearch(_ text: String?) -> [Effect] {
        var search = SearchScreen()
        search.mode = .typing(InputEditor(text: text ?? ""))
        let effects = text.map { startSearch($0, &search) } ?? []
        screen = .search(search)
        return effects
    }

    mutating func handleSearchKey(_ key: Key, _ search: inout SearchScreen) -> [Effect] {
        guard case .typing(var editor) = search.mode else {
            search.notice = nil
            guard let action = SearchKeymap.action(for: key) else { return [] }
            return perform(action, &search)
        }
        switch key {
        case .enter:
            return startSearch(editor.text, &search)
        case .escape:
            // Back to the matches shown, or to the chat when nothing was searched yet.
            if search.text == nil { screen = .chat } else { search.mode = .browsing }
            return []
        case .paste(let text):
            editor.paste(TaskLine.singleLine(text))
        default:
            guard editor.handleEditingKey(key) else { return [] }
        }
        search.mode = .typing(editor)
        return []
    }

    /// A window of matches, unless another search was asked for meanwhile: a new search starts
    /// at the newest, a window read while moving leaves the cursor where the keys put it.
    mutating func searchLoaded(_ request: SearchRequest, _ window: ListWindow<SearchMatch>) -> [Effect] {
        guard case .search(var search) = screen, search.pending == request else { return [] }
        search.pending = nil
        search.window = window
        if request.known == nil { search.selection = ListSelection() }
        search.selection.resize(to: window.total)
        let effects = fetchSearchWindow(&search)
        screen = .search(search)
        return effects
    }

    /// Matches shown at once: each takes two rows, the title and time, then the snippet.
    var searchPageSize: Int { max(1, TaskReviewLayout.listHeight(size) / 2) }

    /// Text too short for the index is refused here, with the sentence `chattui search` prints.
    private mutating func startSearch(_ raw: String, _ search: inout SearchScreen) -> [Effect] {
        guard let text = SearchText(raw), text.usesIndex else {
            search.mode = .typing(InputEditor(text: raw))
            search.notice = SearchError.tooShort(raw.trimmingCharacters(in: .whitespaces)).description
            return []
        }
        let reach = TaskWindowRequest.reach(height: searchPageSize)
        let request = SearchRequest(text: text.text, anchor: .first, before: 0, after: reach, known: nil)
        search.mode = .browsing
        search.text = text.text
        search.notice = nil
        search.pending = request
        return [.search(request)]
    }

    private mutating func perform(_ action: SearchAction, _ search: inout SearchScreen) -> [Effect] {
        switch action {
        case .move(let move): search.selection.move(move, page: searchPageSize)
        case .edit:
            search.mode = .typing(InputEditor(text: search.text ?? ""))
            return []
        case .back:
            screen = .chat
            return []
        case .open:
            guard let match = search.selected else { return [] }
            return open(match, &search)
        }
        return fetchSearchWindow(&search)
    }

    /// As the review's `fetchAroundCursor`: the next window once the matches shown, or a
    /// screen either side of them, are not all held.
    private func fetchSearchWindow(_ search: inout SearchScreen) -> [Effect] {
        let height = searchPageSize
        search.selection.scroll(height: height)
        guard search.pending == nil, let text = search.text,
            let plan = WindowPlan(window: search.window, selection: search.selection, height: height)
        else { return [] }
        let reach = TaskWindowRequest.reach(height: height)
        let request = SearchRequest(text: text, anchor: plan.anchor, before: reach * 2, after: reach * 2, known: plan.known)
        search.pending = request
        return [.search(request)]
    }

    /// A message opens its conversation scrolled to it; a task opens the review's detail pane.
    private mutating func open(_ match: SearchMatch, _ search: inout SearchScreen) -> [Effect] {
        switch match.source {
        case .message(let conversationID, let messageID, _):
            guard activity.runningTurn == nil else {
                search.notice = "A reply is still coming: go back with Esc and stop it first."
                return []
            }
            return [.openConversationAt(conversationID, messageID: messageID)]
        case .task(let id, _):
            var review = TaskReview()
            let effects = reloadReview(&review)
            review.mode = .detail(nil)
            screen = .review(review)
            return effects + [.loadTaskDetail(id)]
        }
    }
}
