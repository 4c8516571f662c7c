/// The rows around an anchor, read without counting the list they belong to.
///
/// Counting every match of a common text filter scans 100,000 rows; the rows themselves are
/// a keyset page either side. So a screen can show these at once and place them among all
/// matches when `position(of:…)` has counted, or at once when the rows reach both ends.
public struct UncountedWindow<Item: Hashable & Sendable>: Hashable, Sendable {
    public var items: [Item]
    /// Where the anchor is in `items`, or would be if it no longer matches.
    public var anchorOffset: Int
    /// Nothing matches in front of `items[0]`.
    public var reachesStart: Bool
    /// Nothing matches after the last of `items`.
    public var reachesEnd: Bool

    public init(items: [Item], anchorOffset: Int, reachesStart: Bool, reachesEnd: Bool) {
        self.items = items
        self.anchorOffset = anchorOffset
        self.reachesStart = reachesStart
        self.reachesEnd = reachesEnd
    }

    /// The anchor's place and the list's size when the rows alone say so: they hold the
    /// whole list (a rare text's few matches, or none).
    public var position: ListPosition? {
        guard reachesStart, reachesEnd else { return nil }
        return ListPosition(total: items.count, anchorIndex: anchorOffset)
    }

    /// The window these rows make once the anchor's place among all matches is known.
    public func placed(at position: ListPosition) -> ListWindow<Item> {
        ListWindow(
            items: items, offset: position.anchorIndex - anchorOffset, total: position.total,
            anchorIndex: position.anchorIndex)
    }
}
