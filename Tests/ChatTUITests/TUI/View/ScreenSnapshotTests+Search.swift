import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The search screen's golden screens: matches in two conversations and a task, the cursor
/// on the second, at the usual size and the smallest.
extension ScreenSnapshotTests {
    private func searching(size: Size) -> AppState {
        var state = AppState.fixture(size: size, conversationID: 3)
        state.type("/search bill")
        state.send(.key(.enter))
        let parts = { (before: String, found: String, after: String) in
            Snippet(parts: [.init(before, isMatch: false), .init(found, isMatch: true), .init(after, isMatch: false)])
        }
        let matches = [
            SearchMatch(
                source: .message(conversationID: 12, messageID: 80, role: .assistant), createdAt: fixedNow,
                title: "Groceries and bills", snippet: parts("Added: pay the electricity ", "bill", " on Friday.")),
            SearchMatch(
                source: .task(id: 5, completed: false), createdAt: fixedNow.addingTimeInterval(-3_600),
                title: "Pay the electricity bill", snippet: parts("Pay the electricity ", "bill", "")),
            SearchMatch(
                source: .message(conversationID: 2, messageID: 9, role: .user), createdAt: fixedNow.addingTimeInterval(-86_400 * 9),
                title: "March", snippet: parts("…split the ", "bill", "s with Sam and send him the total by the end of the week…")),
        ]
        let request = SearchRequest(
            text: "bill", anchor: .first, before: 0, after: TaskWindowRequest.reach(height: state.searchPageSize), known: nil)
        state.send(.searchLoaded(request, ListWindow(items: matches, offset: 0, total: 3, anchorIndex: 0)))
        state.send(.key(.down))
        return state
    }

    @Test func searchAt80x24() {
        assertSnapshot(view(searching(size: Size(rows: 24, cols: 80))))
    }

    @Test func searchAt40x10() {
        assertSnapshot(view(searching(size: Size(rows: 10, cols: 40))))
    }

    @Test func searchTypingAt40x10() {
        var state = AppState.fixture(size: Size(rows: 10, cols: 40))
        state.send(.key(.ctrl("f")))
        state.type("dent")
        assertSnapshot(view(state))
    }
}
