import Synchronization

/// The transcript's entries already wrapped, so a frame wraps only what changed: an entry
/// seen before costs a lookup, and the reply being streamed re-wraps only its last line
/// (``ReplyRows``).
///
/// It rides along in `AppState`, which the view reads, but is no part of the state's value:
/// any two memos compare equal, and every answer is what `TranscriptEntry.rows(width:)`
/// gives for the entry asked about, checked against the entry each slot was wrapped for.
/// Slots are found by the entry's position, which stays put while a reply streams.
struct LayoutMemo: Hashable, Sendable {
    /// More slots than any screen shows are kept; past this many they are all dropped.
    static let slotLimit = 1_024

    private let storage = Storage()

    static func == (lhs: LayoutMemo, rhs: LayoutMemo) -> Bool { true }
    func hash(into hasher: inout Hasher) {}

    /// The rows of `entry`, the entry at `index` of the transcript, at `width`.
    func rows(of entry: TranscriptEntry, at index: Int, width: Int) -> [StyledLine] {
        storage.slots.withLock { slots in
            if slots.width != width { slots = Slots(width: width) }
            let slot = Self.slot(for: entry, width: width, previous: slots.byIndex[index])
            if slots.byIndex.count >= Self.slotLimit { slots.byIndex.removeAll() }
            slots.byIndex[index] = slot
            return slot.rows
        }
    }

    private static func slot(for entry: TranscriptEntry, width: Int, previous: Slot?) -> Slot {
        if let previous, previous.entry.hasSameBytes(as: entry) {
            // Holding the new copy makes the next check a pointer comparison.
            return Slot(entry: entry, rows: previous.rows, reply: previous.reply)
        }
        guard case .assistant(let text, let interrupted) = entry else {
            return Slot(entry: entry, rows: entry.rows(width: width), reply: nil)
        }
        let reply = previous?.reply?.growing(to: text) ?? ReplyRows(text, width: width)
        return Slot(entry: entry, rows: reply.rows + TranscriptEntry.interruptedRows(interrupted, width: width), reply: reply)
    }

    private final class Storage: Sendable {
        let slots = Mutex(Slots(width: 0))
    }

    private struct Slots {
        var width: Int
        var byIndex: [Int: Slot] = [:]
    }

    private struct Slot {
        var entry: TranscriptEntry
        var rows: [StyledLine]
        var reply: ReplyRows?
    }
}

extension TranscriptEntry {
    /// Equal byte for byte: stricter than `==`, which compares text by canonical equivalence
    /// (slow outside ASCII), and as good for a cache, which only needs to be sure.
    fileprivate func hasSameBytes(as other: TranscriptEntry) -> Bool {
        switch (self, other) {
        case (.user(let one), .user(let two)), (.error(let one), .error(let two)), (.notice(let one), .notice(let two)):
            return one.utf8.count == two.utf8.count && ReplyRows.sameBytes(one, two, count: one.utf8.count)
        case (.assistant(let one, let cut), .assistant(let two, let otherCut)):
            return cut == otherCut && one.utf8.count == two.utf8.count
                && ReplyRows.sameBytes(one, two, count: one.utf8.count)
        case (.tool(let one), .tool(let two)):
            return one == two
        default:
            return false
        }
    }
}
