import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The search screen over more matches than it holds: 500 matches, a window of 50 at first,
/// read further as the cursor moves, as the review does.
@Suite struct UpdateSearchPagingTests {
    private let total = 500

    /// The match at `position` of the newest-first listing: task #(500 − position).
    private func matches(_ positions: Range<Int>) -> [SearchMatch] {
        positions.map { position in
            let id = Int64(total - position)
            return SearchMatch(
                source: .task(id: id, completed: false), createdAt: fixedNow.addingTimeInterval(-Double(position)),
                title: "bill \(id)", snippet: Snippet(parts: [Snippet.Part("bill \(id)", isMatch: true)]))
        }
    }

    /// Ctrl-F, "bill", Enter, answered with the newest 50 of 500 matches.
    private func searched() -> AppState {
        var state = AppState.fixture()
        state.send(.key(.ctrl("f")))
        state.type("bill")
        state.send(.key(.enter))
        let request = SearchRequest(text: "bill", anchor: .first, before: 0, after: 50, known: nil)
        state.send(.searchLoaded(request, ListWindow(items: matches(0..<50), offset: 0, total: total, anchorIndex: 0)))
        return state
    }

    private func search(_ state: AppState) -> SearchScreen? {
        if case .search(let search) = state.screen { return search }
        return nil
    }

    @Test func theHeaderCountsEveryMatchNotJustTheHeldOnes() {
        #expect(rows(view(searched()))[0].hasPrefix(" Search “bill” · 500 matches"))
    }

    @Test func bigGReachesTheOldestMatchThroughTheLastWindow() {
        var state = searched()
        let effects = update(&state, .key(.character("G")))

        #expect(search(state)?.selection.index == 499)
        #expect(effects == [.search(SearchRequest(
            text: "bill", anchor: .last, before: 100, after: 100, known: ListPosition(total: 500, anchorIndex: 499)))])
        // The header keeps its count while the window is read.
        #expect(rows(view(state))[0].hasPrefix(" Search “bill” · 500 matches"))

        state.send(.searchLoaded(
            SearchRequest(text: "bill", anchor: .last, before: 100, after: 100, known: ListPosition(total: 500, anchorIndex: 499)),
            ListWindow(items: matches(400..<500), offset: 400, total: total, anchorIndex: 499)))

        #expect(search(state)?.selected?.title == "bill 1")
        #expect(rows(view(state)).contains { $0.hasPrefix("  task #1 ·") })
    }

    @Test func pageDownReadsOnFromTheMatchItHoldsAndKeepsTheCursor() {
        var state = searched()
        var effects: [Effect] = []
        for _ in 0..<5 { effects += update(&state, .key(.pageDown)) }
        #expect(search(state)?.selection.index == 45)
        guard case .search(let request)? = effects.first else {
            Issue.record("No window asked for: \(effects)")
            return
        }
        #expect(request.known?.total == 500)
        #expect(request.anchor == .item(matches(45..<46)[0]))
        #expect(request.known?.anchorIndex == 45)

        state.send(.searchLoaded(request, ListWindow(items: matches(0..<145), offset: 0, total: total, anchorIndex: 45)))

        #expect(search(state)?.selection.index == 45)
        #expect(search(state)?.selected?.title == "bill 455")
    }

    @Test func aNewSearchStartsAtTheNewestAgain() {
        var state = searched()
        state.send(.key(.pageDown), .key(.character("/")), .key(.ctrl("u")))
        state.type("rent")
        let effects = update(&state, .key(.enter))
        #expect(effects == [.search(SearchRequest(text: "rent", anchor: .first, before: 0, after: 50, known: nil))])
        #expect(rows(view(state))[2].contains("Searching…"))
    }
}
