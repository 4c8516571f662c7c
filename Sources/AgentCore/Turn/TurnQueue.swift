/// Lets one turn at a time run in each conversation of this process.
///
/// The database lease keeps other processes out but lets its own pid in, so without this
/// a turn started right after Esc could save its user message before the cancelled turn
/// has saved its interrupted reply. Here the new turn waits the few milliseconds that takes.
actor TurnQueue {
    private var busy: Set<Int64> = []
    private var waiting: [Int64: [CheckedContinuation<Void, Never>]] = [:]

    func enter(_ conversationID: Int64) async {
        guard busy.contains(conversationID) else {
            busy.insert(conversationID)
            return
        }
        await withCheckedContinuation { waiting[conversationID, default: []].append($0) }
    }

    /// Hands the conversation to the next waiting turn, if any.
    func leave(_ conversationID: Int64) {
        guard var queue = waiting[conversationID], !queue.isEmpty else {
            busy.remove(conversationID)
            return
        }
        let next = queue.removeFirst()
        waiting[conversationID] = queue.isEmpty ? nil : queue
        next.resume()
    }
}
