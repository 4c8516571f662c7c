import Persistence

/// The cursor of a list that may be far longer than what is loaded: a position among
/// `count` rows and the first row shown. The review and the picker both move it with the
/// same keys, so both behave alike at the edges.
struct ListSelection: Hashable, Sendable {
    private(set) var index = 0
    private(set) var count = 0
    /// The first row shown; the view scrolls only when the cursor leaves it.
    private(set) var top = 0

    mutating func next() { select(index + 1) }
    mutating func previous() { select(index - 1) }
    mutating func first() { select(0) }
    mutating func last() { select(count - 1) }
    mutating func pageDown(_ rows: Int) { select(index + max(1, rows)) }
    mutating func pageUp(_ rows: Int) { select(index - max(1, rows)) }

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

    /// The first row of a `height`-row view: `top`, moved only as far as needed to show the cursor.
    func firstVisible(height: Int) -> Int {
        max(0, min(max(top, index - height + 1), index))
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
