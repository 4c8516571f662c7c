/// A slice of a long listing, and where it sits in the whole: the review and the picker
/// hold one of these instead of every row, so 100,000 tasks cost what a screenful does.
public struct ListWindow<Item: Hashable & Sendable>: Hashable, Sendable {
    public var items: [Item]
    /// The position of `items[0]` among all matches.
    public var offset: Int
    /// How many rows match in all.
    public var total: Int
    /// Where the anchor is in the listing, or would be if it no longer matches: a list
    /// reloaded around its selected row keeps the cursor in place with this.
    public var anchorIndex: Int

    public init(items: [Item], offset: Int, total: Int, anchorIndex: Int) {
        self.items = items
        self.offset = offset
        self.total = total
        self.anchorIndex = anchorIndex
    }

    /// The item at a position of the whole listing, when this window holds it.
    public subscript(position: Int) -> Item? {
        let index = position - offset
        return items.indices.contains(index) ? items[index] : nil
    }

    /// True when every position in `range` that exists is held here.
    public func covers(_ range: Range<Int>) -> Bool {
        let wanted = range.clamped(to: 0..<total)
        return wanted.isEmpty || (wanted.lowerBound >= offset && wanted.upperBound <= offset + items.count)
    }
}

/// Where a window is read from: the start, the end, or around a row (read by its sort key,
/// so the row need not still match).
public enum WindowAnchor<Item: Hashable & Sendable>: Hashable, Sendable {
    case first
    case last
    case item(Item)
}

/// Where a window's anchor sits in a listing whose size is known: a list scrolling from rows
/// it holds passes this, and the window is read without counting 100,000 rows again.
public struct ListPosition: Hashable, Sendable {
    public var total: Int
    public var anchorIndex: Int

    public init(total: Int, anchorIndex: Int) {
        self.total = total
        self.anchorIndex = anchorIndex
    }
}
