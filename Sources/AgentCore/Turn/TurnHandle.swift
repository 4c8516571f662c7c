/// A running turn: the events it reports, and a way to interrupt it.
///
/// Interrupting through ``cancel()`` stops the network, saves what had streamed (marked
/// interrupted) and still delivers the `.finished` event that says so, which is what Esc
/// in the chat and Ctrl-C under `ask` need. Dropping the events also interrupts the turn,
/// but nobody hears how it ended.
public struct TurnHandle: AsyncSequence, Sendable {
    public typealias Element = TurnEvent

    public let events: AsyncStream<TurnEvent>
    private let task: Task<Void, Never>

    init(events: AsyncStream<TurnEvent>, task: Task<Void, Never>) {
        self.events = events
        self.task = task
    }

    public func cancel() {
        task.cancel()
    }

    public func makeAsyncIterator() -> AsyncStream<TurnEvent>.Iterator {
        events.makeAsyncIterator()
    }
}
