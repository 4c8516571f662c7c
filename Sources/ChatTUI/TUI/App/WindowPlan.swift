import Persistence

/// When a list that holds only a window needs the next one, and where to read it from: the
/// review and the picker scroll through long lists the same way.
struct WindowPlan<Item: Hashable & Sendable>: Hashable, Sendable {
    var anchor: WindowAnchor<Item>
    /// The list's size and the anchor's place, known from the window held, so reading the
    /// next one counts nothing.
    var known: ListPosition

    /// nil while the rows shown, and a screen either side of them, are all held. Else from
    /// the end or the start when the view is near one, or from the held row nearest the
    /// cursor, which is never more than a screen from the window's edge.
    init?(window: ListWindow<Item>, selection: ListSelection, height: Int) {
        let visible = selection.visible(height: height)
        let wanted = max(0, visible.lowerBound - height)..<(visible.upperBound + height)
        guard !window.covers(wanted) else { return nil }
        let total = window.total
        let held = window.offset..<(window.offset + window.items.count)
        let nearest = min(max(selection.index, held.lowerBound), held.upperBound - 1)
        if wanted.upperBound >= total {
            self.init(anchor: .last, known: ListPosition(total: total, anchorIndex: total - 1))
        } else if wanted.lowerBound > 0, let item = window[nearest] {
            self.init(anchor: .item(item), known: ListPosition(total: total, anchorIndex: nearest))
        } else {
            self.init(anchor: .first, known: ListPosition(total: total, anchorIndex: 0))
        }
    }

    private init(anchor: WindowAnchor<Item>, known: ListPosition) {
        self.anchor = anchor
        self.known = known
    }
}
