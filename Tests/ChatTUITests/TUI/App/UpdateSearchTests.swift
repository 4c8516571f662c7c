import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The search screen: Ctrl-F and `/search TEXT` open it, Enter searches, Enter on a match
/// opens the conversation at that message or the task, Esc goes back to the chat as it was.
struct UpdateSearchTests {
    private func match(_ conversationID: Int64, message: Int64, _ title: String, _ before: String, _ found: String)
        -> SearchMatch
    {
        SearchMatch(
            source: .message(conversationID: conversationID, messageID: message, role: .user), createdAt: fixedNow,
            title: title, snippet: Snippet(parts: [Snippet.Part(before, isMatch: false), Snippet.Part(found, isMatch: true)]))
    }

    private func taskMatch(_ id: Int64, _ title: String) -> SearchMatch {
        SearchMatch(
            source: .task(id: id, completed: false), createdAt: fixedNow, title: title,
            snippet: Snippet(parts: [Snippet.Part(title, isMatch: true)]))
    }

    /// A new search at 80×24: the newest 50 matches (`TaskWindowRequest.reach`), counted.
    private static let request = SearchRequest(text: "dentist", anchor: .first, before: 0, after: 50, known: nil)

    private static func found(_ matches: [SearchMatch]) -> ListWindow<SearchMatch> {
        ListWindow(items: matches, offset: 0, total: matches.count, anchorIndex: 0)
    }

    /// Ctrl-F, "dentist", Enter, answered with a message match and a task match.
    private func searched() -> AppState {
        var state = AppState.fixture(conversationID: 3)
        state.send(.key(.ctrl("f")))
        state.type("dentist")
        state.send(.key(.enter))
        state.send(.searchLoaded(Self.request, Self.found(
            [match(7, message: 42, "Teeth", "call the ", "dentist"), taskMatch(5, "dentist")])))
        return state
    }

    private func search(_ state: AppState) -> SearchScreen? {
        if case .search(let search) = state.screen { return search }
        return nil
    }

    @Test func ctrlFAsksForTextAndEnterSearchesForIt() {
        var state = AppState.fixture()
        #expect(update(&state, .key(.ctrl("f"))) == [])
        #expect(search(state)?.mode == .typing(InputEditor()))
        state.type("  dentist ")
        #expect(update(&state, .key(.enter)) == [.search(Self.request)])
        #expect(search(state)?.mode == .browsing)
        #expect(rows(view(state))[2].contains("Searching…"))
    }

    @Test func textTooShortForTheIndexIsRefusedWithoutASearch() {
        var state = AppState.fixture()
        state.send(.key(.ctrl("f")))
        state.type("ab")
        #expect(update(&state, .key(.enter)) == [])
        #expect(search(state)?.notice == "'ab' is too short to search for: give at least 3 characters.")
        #expect(search(state)?.mode == .typing(InputEditor(text: "ab")))
    }

    @Test func slashSearchOpensTheScreenAlreadySearching() {
        var state = AppState.fixture()
        state.type("/search dentist")
        #expect(update(&state, .key(.enter)) == [.search(Self.request)])
        #expect(search(state)?.text == "dentist")
        #expect(state.input.text.isEmpty)
    }

    @Test func slashSearchWithoutTextSaysWhatItNeeds() {
        var state = AppState.fixture()
        state.type("/search ")
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.flash == "/search needs the text to find, such as /search dentist. Ctrl-F asks for it.")
        #expect(state.screen == .chat)
    }

    @Test func anAnswerToAnOlderSearchIsDropped() {
        var state = searched()
        state.send(.key(.character("/")), .key(.ctrl("u")))
        state.type("teeth")
        state.send(.key(.enter))
        state.send(.searchLoaded(Self.request, Self.found([taskMatch(9, "dentist")])))
        #expect(search(state)?.window.items.map(\.title) == ["Teeth", "dentist"])
        #expect(search(state)?.pending?.text == "teeth")
    }

    @Test func theListShowsWhereEachMatchIsWithTheMatchHighlighted() {
        let grid = view(searched())
        let shown = rows(grid)
        #expect(shown[0].hasPrefix(" Search “dentist” · 2 matches"))
        #expect(shown[2].hasPrefix("  Teeth · 2025-03-14 10:00"))
        #expect(shown[3].hasPrefix("    call the dentist"))
        #expect(shown[4].hasPrefix("  task #5 · 2025-03-14 10:00"))
        // The match is bold on the cursor's row; elsewhere bold and reverse.
        #expect(grid[row: 3, col: 13].style == CellStyle(bold: true))
        #expect(grid[row: 5, col: 4].style == CellStyle(bold: true, reverse: true))
    }

    @Test func enterOnAMessageOpensItsConversationScrolledToIt() {
        var state = searched()
        #expect(update(&state, .key(.enter)) == [.openConversationAt(7, messageID: 42)])
        let messages = (1...100).map { stored(Int64($0), $0.isMultiple(of: 2) ? .assistant : .user, String(format: "m-%03d", $0)) }
        state.send(.conversationLoaded(ConversationPage(
            conversationID: 7, title: "Teeth", messages: messages, hasOlder: false, seekingMessageID: 42)))
        #expect(state.screen == .chat)
        #expect(state.scrollOffset > 0)
        let shown = rows(view(state)).joined(separator: "\n")
        #expect(shown.contains("m-042"))
        #expect(!shown.contains("m-100"))
    }

    @Test func aMessageOnAnOlderPageIsReachedPageByPage() {
        var state = searched()
        let newest = (101...200).map { stored(Int64($0), .user, "m-\($0)") }
        let effects = state.send(.conversationLoaded(ConversationPage(
            conversationID: 7, title: "Teeth", messages: newest, hasOlder: true, seekingMessageID: 42)))
        #expect(effects == [.loadOlder(conversationID: 7, before: 101, limit: AppState.seekPageSize)])
        let older = (1...100).map { stored(Int64($0), .user, String(format: "m-%03d", $0)) }
        #expect(state.send(.historyLoaded(ConversationPage(conversationID: 7, title: nil, messages: older, hasOlder: false))) == [])
        #expect(rows(view(state)).joined(separator: "\n").contains("m-042"))
        #expect(state.transcript.seekingMessageID == nil)
    }

    @Test func enterOnATaskOpensItsDetailsInTheReview() {
        var state = searched()
        let effects = state.send(.key(.down), .key(.enter))
        #expect(effects == [.loadTaskWindow(.opening), .loadTaskDetail(5)])
        #expect(state.review?.mode == .detail(nil))
    }

    @Test func escReturnsToTheChatAsItWas() {
        var state = AppState.fixture(conversationID: 3)
        state.type("a draft")
        let before = state
        state.send(.key(.ctrl("f")))
        state.type("dentist")
        state.send(.key(.escape))
        #expect(state == before)
        state = searched()
        state.send(.key(.escape))
        #expect(state.screen == .chat)
    }

    @Test func ctrlFIsInTheChatsKeyTableAndSearchInTheCommands() {
        #expect(ChatKeymap.action(for: .ctrl("f")) == .search)
        #expect(SlashCommand.usage.contains { $0.0 == "/search TEXT" })
    }
}
