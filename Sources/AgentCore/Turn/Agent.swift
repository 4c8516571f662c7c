import Persistence

/// Runs turns: the user's message, then model steps and tool calls until an answer.
///
/// A turn keeps nothing in memory that the database does not have: each step's context
/// is rebuilt from the stored conversation, so a crash, a restart or a second chattui
/// continues exactly where the last committed step left off.
public struct Agent: Sendable {
    public let conversations: ConversationService
    public let provider: any ChatProvider
    public let settings: AgentSettings
    private let queue = TurnQueue()

    public init(conversations: ConversationService, provider: any ChatProvider, settings: AgentSettings) {
        self.conversations = conversations
        self.provider = provider
        self.settings = settings
    }

    /// Saves `text` as the user's message (in a new conversation when `conversationID`
    /// is nil) and runs a turn on it.
    ///
    /// ``TurnHandle/cancel()`` interrupts the turn: what had streamed is saved, marked
    /// interrupted, and the events end with the `.finished` that says so. `model`, when
    /// given, is asked and stored instead of the settings' one, for this turn only.
    public func send(_ text: String, to conversationID: Int64?, model: String? = nil) -> TurnHandle {
        start(.message(text, conversationID: conversationID), model: model)
    }

    /// Runs a turn again on the conversation's newest user message, already saved by a
    /// turn that failed or was interrupted, without saving it a second time.
    public func retry(conversationID: Int64, model: String? = nil) -> TurnHandle {
        start(.retry(conversationID: conversationID), model: model)
    }

    private func start(_ request: TurnRunner.Request, model: String?) -> TurnHandle {
        var settings = settings
        if let model { settings.model = model }
        let (stream, events) = AsyncStream.makeStream(of: TurnEvent.self)
        let executor = SerialQueueExecutor(label: "chattui.turn")
        let runner = TurnRunner(
            conversations: conversations, provider: provider, settings: settings, queue: queue, events: events,
            executor: executor)
        let task = Task(executorPreference: executor) { await runner.run(request) }
        events.onTermination = { _ in task.cancel() }
        return TurnHandle(events: stream, task: task)
    }
}
