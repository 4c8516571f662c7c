import Persistence

/// Rebuilds a request's messages from the database: the system prompt, then the newest
/// history that fits the budget (see ``ContextWindow`` for the rules).
///
/// Pages are read from the newest message backwards and reading stops once the window
/// is full, so a conversation of 100,000 messages costs what one of 10 does.
struct ContextBuilder: Sendable {
    /// Reads up to `limit` messages older than the id given (the newest when nil), oldest first.
    typealias PageLoader = @Sendable (_ before: Int64?, _ limit: Int) async throws -> [StoredMessage]

    var systemPrompt: String
    var tools: [ToolDefinition]
    var budget: ContextBudget
    /// The model being asked: reasoning goes back only on its own tool-call messages.
    var model: String?
    var pageSize = 64

    func messages(in conversationID: Int64, of conversations: ConversationService) async throws -> [ChatMessage] {
        try await messages { before, limit in
            if let before {
                try await conversations.messages(in: conversationID, before: before, limit: limit)
            } else {
                try await conversations.newestMessages(in: conversationID, limit: limit)
            }
        }
    }

    func messages(loadingPagesWith load: PageLoader) async throws -> [ChatMessage] {
        var window = ContextWindow(allowance: budget.allowance(systemPrompt: systemPrompt, tools: tools))
        window.reasoningModel = model
        var before: Int64?
        paging: while !window.isFull {
            let page = try await load(before, pageSize)
            for message in page.reversed() {
                try window.offer(message)
                if window.isFull { break paging }
            }
            guard let oldest = page.first, page.count == pageSize else { break }
            before = oldest.id
        }
        return [.system(systemPrompt)] + window.messages
    }
}
