import Foundation
internal import PostgresNIO

/// How the PostgreSQL conversation store writes and reads rows of `messages` and
/// `conversations`: the columns it selects, in order, and the text PostgreSQL cannot hold.
///
/// PostgreSQL's `text` refuses a NUL byte, yet a message is stored exactly as sent. So a
/// content holding a NUL is written twice: its bytes in `exact_content` (bytea), which
/// reading prefers, and the text without its NULs in `content`, which search and the
/// trigram index read.
enum PostgresMessageRow {
    static let columns = """
        id, conversation_id, role, content, tool_calls, tool_call_id, interrupted, model, \
        prompt_tokens, completion_tokens, total_tokens, token_estimate, created_at, reasoning, reasoning_field, \
        exact_content
        """

    static let conversationColumns = "id, owner, title, created_at, updated_at, message_count, token_count"

    /// `text` as `content` may hold it.
    static func storable(_ text: String) -> String {
        text.contains("\u{0}") ? text.replacingOccurrences(of: "\u{0}", with: "") : text
    }

    /// The hex of `text`'s bytes when it holds a NUL, for `decode(…, 'hex')`; nil otherwise.
    static func exactHex(_ text: String) -> String? {
        text.contains("\u{0}") ? hex(text) : nil
    }

    /// `text`'s UTF-8 bytes in hex, which `decode(…, 'hex')` turns into bytea: bound as text,
    /// so the driver needs no binary type.
    static func hex(_ text: String) -> String {
        text.utf8.map { String(format: "%02x", $0) }.joined()
    }

    /// Stored tool-call JSON that no longer decodes reads as no tool calls rather than
    /// failing the whole page, as on SQLite.
    static func message(_ row: PostgresRow) throws -> StoredMessage {
        let cells = row.makeRandomAccess()
        do {
            let calls = try cells[4].decode(String?.self)
                .flatMap { try? JSONDecoder().decode([StoredToolCall].self, from: Data($0.utf8)) }
            var usage: TokenUsage?
            if let prompt = try cells[8].decode(Int?.self), let completion = try cells[9].decode(Int?.self),
                let total = try cells[10].decode(Int?.self)
            {
                usage = TokenUsage(promptTokens: prompt, completionTokens: completion, totalTokens: total)
            }
            let exact = try cells[15].decode(Data?.self).map { String(decoding: $0, as: UTF8.self) }
            let reasoning = try cells[13].decode(String?.self)
            return StoredMessage(
                id: try cells[0].decode(Int64.self), conversationID: try cells[1].decode(Int64.self),
                role: MessageRole(rawValue: try cells[2].decode(String.self)) ?? .user,
                content: try exact ?? cells[3].decode(String.self), toolCalls: calls ?? [],
                toolCallID: try cells[5].decode(String?.self), interrupted: try cells[6].decode(Bool.self),
                model: try cells[7].decode(String?.self), usage: usage, tokenEstimate: try cells[11].decode(Int.self),
                createdAt: try cells[12].decode(Date.self),
                reasoning: try reasoning.map { StoredReasoning(text: $0, field: try cells[14].decode(String?.self)) })
        } catch {
            throw PostgresErrorText.backendError(error)
        }
    }

    static func conversation(_ row: PostgresRow) throws -> Conversation {
        let cells = row.makeRandomAccess()
        do {
            return Conversation(
                id: try cells[0].decode(Int64.self), userID: UserID(try cells[1].decode(String.self)),
                title: try cells[2].decode(String.self), createdAt: try cells[3].decode(Date.self),
                updatedAt: try cells[4].decode(Date.self), messageCount: try cells[5].decode(Int.self),
                tokenCount: try cells[6].decode(Int.self))
        } catch {
            throw PostgresErrorText.backendError(error)
        }
    }
}
