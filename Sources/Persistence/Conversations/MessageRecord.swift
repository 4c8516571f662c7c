import Foundation
internal import GRDB

/// A row of `messages`.
struct MessageRecord: Decodable, FetchableRecord {
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var conversationId: Int64
    var role: String
    var content: String
    var toolCalls: String?
    var toolCallId: String?
    var interrupted: Bool
    var model: String?
    var promptTokens: Int?
    var completionTokens: Int?
    var totalTokens: Int?
    var tokenEstimate: Int
    var createdAt: Date
    /// The content's bytes as selected by `ExactText`, when the record was read: the
    /// `content` column alone would stop at a NUL.
    var exactContent: Data?
    var reasoning: String?
    var reasoningField: String?

    /// Inserts through one cached statement: a long import or a 100,000-message
    /// benchmark pays for parsing the SQL once.
    mutating func insert(_ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO messages (conversation_id, role, content, tool_calls, tool_call_id, interrupted, model,
              prompt_tokens, completion_tokens, total_tokens, token_estimate, created_at, reasoning, reasoning_field)
            VALUES (?, ?, \(ExactText.placeholder), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            conversationId, role, ExactText.argument(content), toolCalls, toolCallId, interrupted, model,
            promptTokens, completionTokens, totalTokens, tokenEstimate, createdAt, reasoning, reasoningField,
        ])
        id = db.lastInsertedRowID
    }

    init(_ message: NewMessage, conversationID: Int64, at now: Date) throws {
        conversationId = conversationID
        role = message.role.rawValue
        content = message.content
        toolCalls = message.toolCalls.isEmpty
            ? nil : String(decoding: try JSONEncoder().encode(message.toolCalls), as: UTF8.self)
        toolCallId = message.toolCallID
        interrupted = message.interrupted
        model = message.model
        promptTokens = message.usage?.promptTokens
        completionTokens = message.usage?.completionTokens
        totalTokens = message.usage?.totalTokens
        tokenEstimate = message.tokenEstimate
        createdAt = now
        reasoning = message.reasoning?.text
        reasoningField = message.reasoning?.field
    }

    /// Stored JSON that no longer decodes reads as no tool calls rather than failing
    /// the whole page.
    var message: StoredMessage {
        let calls = toolCalls.flatMap { try? JSONDecoder().decode([StoredToolCall].self, from: Data($0.utf8)) }
        var usage: TokenUsage?
        if let promptTokens, let completionTokens, let totalTokens {
            usage = TokenUsage(promptTokens: promptTokens, completionTokens: completionTokens, totalTokens: totalTokens)
        }
        return StoredMessage(
            id: id ?? 0, conversationID: conversationId, role: MessageRole(rawValue: role) ?? .user,
            content: exactContent.map(ExactText.text) ?? content, toolCalls: calls ?? [], toolCallID: toolCallId, interrupted: interrupted,
            model: model, usage: usage, tokenEstimate: tokenEstimate, createdAt: createdAt,
            reasoning: reasoning.map { StoredReasoning(text: $0, field: reasoningField) })
    }

    // Pages walk the (conversation_id, id) index from one end, so they cost the same
    // at any conversation length; the two descending ones are reversed by the caller.
    static let newestSQL = "\(selectSQL) WHERE conversation_id = ? ORDER BY id DESC LIMIT ?"
    static let beforeSQL = "\(selectSQL) WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?"
    static let afterSQL = "\(selectSQL) WHERE conversation_id = ? AND id > ? ORDER BY id LIMIT ?"
    /// The model of the newest reply that names one, through the partial index
    /// `messages_with_model` (whose condition this repeats, or SQLite will not use it).
    static let modelSQL = """
        SELECT model FROM messages
        WHERE conversation_id = ? AND model IS NOT NULL AND role = 'assistant'
        ORDER BY id DESC LIMIT 1
        """
    private static let selectSQL = "SELECT *, \(ExactText.selecting("content", as: "exact_content")) FROM messages"
}
