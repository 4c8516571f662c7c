import AgentCore
import Persistence

/// The search screen (Ctrl-F, `/search TEXT`): its keys are in `SearchKeymap`, its matches
/// come from `.search`, and Enter leaves it for the conversation or task it names.
extension AppState {
    /// How many of the newest matches one search lists.
    static let searchLimit = 200

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

    /// The newest matches, unless a newer search was asked for meanwhile.
    mutating func searchLoaded(_ request: SearchRequest, _ results: SearchResults) -> [Effect] {
        guard case .search(var search) = screen, search.pending == request else { return [] }
        search.pending = nil
        search.matches = results.matches
        search.truncated = results.truncated
        search.selection = ListSelection()
        search.selection.resize(to: results.matches.count)
        screen = .search(search)
        return []
    }

    /// Matches shown at once: each takes two rows, the title and time, then the snippet.
    var searchPageSize: Int { max(1, TaskReviewLayout.listHeight(size) / 2) }

    /// Text too short for the index is refused here, with the sentence `chattui search` prints.
    private func startSearch(_ raw: String, _ search: inout SearchScreen) -> [Effect] {
        guard let text = SearchText(raw), text.usesIndex else {
            search.mode = .typing(InputEditor(text: raw))
            search.notice = SearchError.tooShort(raw.trimmingCharacters(in: .whitespaces)).description
            return []
        }
        let request = SearchRequest(text: text.text, limit: Self.searchLimit)
        search.mode = .browsing
        search.text = text.text
        search.notice = nil
        search.pending = request
        return [.search(request)]
    }

    private mutating func perform(_ action: SearchAction, _ search: inout SearchScreen) -> [Effect] {
        switch action {
        case .next: search.selection.next()
        case .previous: search.selection.previous()
        case .first: search.selection.first()
        case .last: search.selection.last()
        case .pageDown: search.selection.pageDown(searchPageSize)
        case .pageUp: search.selection.pageUp(searchPageSize)
        case .edit: search.mode = .typing(InputEditor(text: search.text ?? ""))
        case .back: screen = .chat
        case .open:
            guard let match = search.selected else { return [] }
            return open(match, &search)
        }
        search.selection.scroll(height: searchPageSize)
        return []
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
