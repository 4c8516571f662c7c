import Foundation

/// How an ``Agent`` runs its turns.
public struct AgentSettings: Sendable {
    /// Sent with each request and stored on each assistant message.
    public var model: String
    /// Replaces the standard prompt (`--system`); nil keeps ``SystemPrompt``.
    public var systemPrompt: String?
    /// Off (`--no-tools`) for models without tool support: no tools are offered, and a
    /// call made anyway gets an error result instead of running.
    public var toolsEnabled: Bool
    public var budget: ContextBudget
    /// Steps with tool calls in one turn before it stops.
    public var maxToolRounds: Int
    /// UTF-8 bytes of text, reasoning and tool-call arguments one step may stream. Far above
    /// any model's output limit (1 MiB is about 260,000 tokens), so only a runaway stream
    /// reaches it.
    public var replyLimit: Int
    /// The lease owner; tests pass another pid to play a second process.
    public var processID: Int32
    public var leaseHeartbeat: Duration
    /// How old a heartbeat may be before another process may take the lease over.
    public var leaseStaleAfter: TimeInterval

    public init(
        model: String, systemPrompt: String? = nil, toolsEnabled: Bool = true, budget: ContextBudget = ContextBudget(),
        maxToolRounds: Int = 8, replyLimit: Int = 1 << 20, processID: Int32 = getpid(), leaseHeartbeat: Duration = .seconds(10),
        leaseStaleAfter: TimeInterval = 60
    ) {
        self.model = model
        self.systemPrompt = systemPrompt
        self.toolsEnabled = toolsEnabled
        self.budget = budget
        self.maxToolRounds = maxToolRounds
        self.replyLimit = replyLimit
        self.processID = processID
        self.leaseHeartbeat = leaseHeartbeat
        self.leaseStaleAfter = leaseStaleAfter
    }
}
