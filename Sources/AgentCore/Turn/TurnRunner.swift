import Persistence

/// One turn, from saving the user's message to the answer; ``Agent`` starts one per call.
struct TurnRunner: Sendable {
    enum Request {
        case message(String, conversationID: Int64?)
        case retry(conversationID: Int64)
    }

    let conversations: ConversationService
    let provider: any ChatProvider
    let settings: AgentSettings
    let queue: TurnQueue
    let events: AsyncStream<TurnEvent>.Continuation
    /// Where the turn runs; its shielded writes and lease heartbeat are started here too.
    let executor: SerialQueueExecutor

    func run(_ request: Request) async {
        do {
            events.yield(.finished(try await turn(request)))
        } catch {
            events.yield(.failed(TurnError(error)))
        }
        events.finish()
    }

    /// In an existing conversation the lease is taken before the user's message is
    /// stored: a conversation busy in another chattui is refused with nothing written,
    /// instead of receiving a message in the middle of that process's turn.
    private func turn(_ request: Request) async throws -> TurnSummary {
        switch request {
        case .message(let text, let conversationID):
            guard text.contains(where: { !$0.isWhitespace }) else { throw TurnError.emptyMessage }
            let message = NewMessage(role: .user, content: text)
            guard let conversationID else {
                let conversations = conversations
                let (conversation, _) = try await shielded(on: executor) { try await conversations.startConversation(with: message) }
                events.yield(.started(conversationID: conversation.id))
                return try await holding(conversation.id) { lease in try await converse(lease) }
            }
            return try await holding(conversationID) { lease in
                let conversations = conversations
                _ = try await shielded(on: executor) { try await conversations.append(message, to: conversationID) }
                events.yield(.started(conversationID: conversationID))
                return try await converse(lease)
            }
        case .retry(let conversationID):
            return try await holding(conversationID) { lease in
                let newest = try await conversations.newestMessages(in: conversationID, limit: 1).first
                if let newest, newest.role == .assistant, newest.toolCalls.isEmpty, !newest.interrupted {
                    throw TurnError.nothingToRetry(conversationID: conversationID)
                }
                events.yield(.started(conversationID: conversationID))
                return try await converse(lease)
            }
        }
    }

    /// Runs `body` as this process's only turn in the conversation, holding its lease,
    /// and lets go of both however `body` ends.
    private func holding(
        _ conversationID: Int64, _ body: (ConversationLease) async throws -> TurnSummary
    ) async throws -> TurnSummary {
        await queue.enter(conversationID)
        let outcome: Result<TurnSummary, any Error>
        do {
            let lease = try await ConversationLease.acquire(
                conversationID, in: conversations, settings: settings, on: executor)
            do {
                outcome = .success(try await body(lease))
            } catch {
                outcome = .failure(error)
            }
            await lease.release()
        } catch {
            outcome = .failure(error)
        }
        await queue.leave(conversationID)
        return try outcome.get()
    }

    /// Model steps until one answers without tool calls: each from a context rebuilt
    /// from the database, each stored as one transaction.
    private func converse(_ lease: ConversationLease) async throws -> TurnSummary {
        let id = lease.conversationID
        let tools = settings.toolsEnabled ? TaskTool.definitions : []
        let builder = ContextBuilder(
            systemPrompt: settings.systemPrompt
                ?? SystemPrompt.standard(clock: conversations.clock, toolsEnabled: settings.toolsEnabled),
            tools: tools, budget: settings.budget, model: settings.model)
        var usage: TokenUsage?
        var rounds = 0
        while true {
            guard !Task.isCancelled else { return try await interrupt(lease, text: "", usage: usage) }
            let messages: [ChatMessage]
            do {
                messages = try await builder.messages(in: id, of: conversations)
            } catch where Task.isCancelled {
                return try await interrupt(lease, text: "", usage: usage)
            }
            let step = await ModelStep.run(
                ChatRequest(model: settings.model, messages: messages, tools: tools), on: provider, limit: settings.replyLimit,
                events: events)
            usage = Self.adding(step.usage, to: usage)
            switch step.ending {
            case .failed(let error):
                try? await keep(step.text, lease: lease)
                throw TurnError.provider(error)
            case .interrupted:
                return try await interrupt(lease, text: step.text, usage: usage)
            case .finished(let reason) where step.calls.isEmpty:
                try await store(lease, NewMessage(
                    role: .assistant, content: step.text, model: settings.model, usage: step.usage,
                    reasoning: step.storedReasoning))
                return summary(id, reply: step.text, ending: reason == .length ? .cutOff : .answered, usage: usage)
            case .finished:
                try await runTools(of: step, lease: lease)
                rounds += 1
                guard rounds < settings.maxToolRounds else { throw TurnError.tooManyToolRounds(rounds) }
            }
        }
    }

    /// Stores the step's assistant message, the tools' effects and their results in one
    /// transaction, announcing each call before and each result once committed.
    private func runTools(of step: ModelStep, lease: ConversationLease) async throws {
        for call in step.calls { events.yield(.toolCallStarted(call)) }
        let assistant = NewMessage(
            role: .assistant, content: step.text,
            toolCalls: step.calls.map { call in
                StoredToolCall(id: call.id, name: call.name, arguments: call.arguments, extra: call.extra?.text)
            },
            model: settings.model, usage: step.usage, reasoning: step.storedReasoning)
        let (conversations, calls, enabled) = (conversations, step.calls, settings.toolsEnabled)
        let results = try await shielded(on: executor) {
            let results = LockedValue<[JSONValue]>([])
            _ = try await conversations.appendStep(
                to: lease.conversationID, assistant: assistant, renewing: lease.renewal()
            ) { editor in
                let outcomes = calls.map { call in
                    enabled
                        ? AgentTools.run(name: call.name, arguments: call.arguments, editor: editor)
                        : ["error": "tools are turned off in this session"]
                }
                results.value = outcomes
                return zip(calls, outcomes).map { NewMessage(role: .tool, content: $1.text, toolCallID: $0.id) }
            }
            return results.value
        }
        for (call, result) in zip(calls, results) {
            events.yield(.toolResult(call, result, isError: TaskTool.isError(result)))
        }
    }

    /// Saves what had streamed of a cancelled step, marked interrupted, and ends the turn.
    private func interrupt(_ lease: ConversationLease, text: String, usage: TokenUsage?) async throws -> TurnSummary {
        try await store(lease, NewMessage(role: .assistant, content: text, interrupted: true, model: settings.model))
        return summary(lease.conversationID, reply: text, ending: .interrupted, usage: usage)
    }

    /// Saves the text a failed step had streamed (a dropped connection, a server error
    /// mid-reply), marked interrupted as Esc would leave it, so the database holds what the
    /// person saw. The failure is what the turn reports, even if this save fails too.
    private func keep(_ text: String, lease: ConversationLease) async throws {
        guard !text.isEmpty else { return }
        try await store(lease, NewMessage(role: .assistant, content: text, interrupted: true, model: settings.model))
    }

    private func store(_ lease: ConversationLease, _ message: NewMessage) async throws {
        let conversations = conversations
        _ = try await shielded(on: executor) {
            try await conversations.append(message, to: lease.conversationID, renewing: lease.renewal())
        }
    }

    private func summary(_ id: Int64, reply: String, ending: TurnSummary.Ending, usage: TokenUsage?) -> TurnSummary {
        TurnSummary(conversationID: id, reply: reply, ending: ending, usage: usage, model: settings.model)
    }

    private static func adding(_ step: TokenUsage?, to total: TokenUsage?) -> TokenUsage? {
        guard let step else { return total }
        guard let total else { return step }
        return TokenUsage(
            promptTokens: total.promptTokens + step.promptTokens,
            completionTokens: total.completionTokens + step.completionTokens,
            totalTokens: total.totalTokens + step.totalTokens)
    }
}
