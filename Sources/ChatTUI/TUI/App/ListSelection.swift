import Persistence

/// The cursor of a list that may be far longer than what is loaded: a position among
/// `count` rows and the first row shown. The review, the picker and the search screen all
/// move it with the same keys (`ListMove`), so all behave alike at the edges.
struct ListSelection: Hashable, Sendable {
    private(set) var index = 0
    private(set) var count = 0
    /// The first row shown; the view scrolls only when the cursor leaves it.
    private(set) var top = 0

    /// Moves as a key asks; a page is `page` rows (at least one), and every move stops at
    /// the list's ends.
    mutating func move(_ move: ListMove, page: Int) {
        switch move {
        case .next: select(index + 1)
        case .previous: select(index - 1)
        case .first: select(0)
        case .last: select(count - 1)
        case .pageDown: select(index + max(1, page))
        case .pageUp: select(index - max(1, page))
        }
    }

    /// Moves to `position`, kept inside the list.
    mutating func select(_ position: Int) {
        index = max(0, min(position, count - 1))
    }

    /// The list now holds `count` rows: the cursor stays where it was when it still can.
    mutating func resize(to count: Int) {
        self.count = max(0, count)
        select(index)
    }

    /// After a reload: the row with `id` when the window holds it, else the place it held
    /// (the window's anchor), so the cursor stays on the same item when it is still listed.
    mutating func keep<Item: Identifiable>(_ id: Item.ID?, in window: ListWindow<Item>) {
        resize(to: window.total)
        if let id, let found = window.items.firstIndex(where: { $0.id == id }) {
            select(window.offset + found)
        } else {
            select(window.anchorIndex)
        }
    }

    /// The list was found to hold `count` rows, the ones counted so far starting `rows` further
    /// down than assumed: the cursor and the view move with the rows they were on.
    mutating func place(shiftedBy rows: Int, count: Int) {
        self.count = max(0, count)
        top = max(0, top + rows)
        select(index + rows)
    }

    /// The first row of a `height`-row view: `top`, moved only as far as needed to show the
    /// cursor, and up when the rows below it would leave the view part empty (a filter or a
    /// deletion that shortened the list keeps the screen full).
    func firstVisible(height: Int) -> Int {
        max(0, min(max(top, index - height + 1), index, count - max(1, height)))
    }

    /// The rows a `height`-row view shows.
    func visible(height: Int) -> Range<Int> {
        let first = firstVisible(height: height)
        return first..<min(count, first + max(1, height))
    }

    /// Remembers where the view now starts, so the next move scrolls from there.
    mutating func scroll(height: Int) {
        top = firstVisible(height: height)
    }
}
