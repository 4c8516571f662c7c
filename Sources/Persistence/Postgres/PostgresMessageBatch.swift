import Foundation
internal import PostgresNIO

/// Messages for one conversation stored by one statement: the turn's lease renewed (when
/// given), the conversation's `updated_at` and counters moved once, then every row.
///
/// One statement is one round trip, where a row at a time and the conversation's own
/// read and update cost one each. The statement returns no row when the conversation is
/// not the role's (or is deleted) or the lease is no longer this connection's, and then
/// has changed nothing in `conversations` or `messages`.
///
/// The rows come from a `VALUES` list whose every placeholder is cast to its column's type:
/// postgres-nio sends a nil without a type, which `VALUES` would otherwise read as text.
struct PostgresMessageBatch {
    /// 15 placeholders a row, well under the protocol's 65,535 a statement.
    static let capacity = 1000

    private var statement = PostgresStatement("")
    private var rows: [String] = []
    private var tokens = 0
    private var latest: Date?

    var isEmpty: Bool { rows.isEmpty }
    var isFull: Bool { rows.count >= Self.capacity }

    /// Adds `message` stamped `moment` (already rounded as PostgreSQL keeps it).
    mutating func add(_ message: NewMessage, at moment: Date) throws {
        let record = try MessageRecord(message, conversationID: 0, at: moment)
        let values = [
            statement.bind(record.role) + "::text", statement.bind(PostgresMessageRow.storable(record.content)) + "::text",
            statement.bind(PostgresMessageRow.exactHex(record.content)) + "::text",
            statement.bind(record.toolCalls) + "::text", statement.bind(record.toolCallId) + "::text",
            statement.bind(record.interrupted) + "::boolean", statement.bind(record.model) + "::text",
            statement.bind(record.promptTokens) + "::bigint", statement.bind(record.completionTokens) + "::bigint",
            statement.bind(record.totalTokens) + "::bigint", statement.bind(record.tokenEstimate) + "::bigint",
            statement.bind(moment) + "::timestamptz", statement.bind(record.reasoning) + "::text",
            statement.bind(record.reasoningField) + "::text",
        ]
        rows.append("(\(rows.count), " + values.joined(separator: ", ") + ")")
        tokens += record.tokenEstimate
        latest = max(latest ?? moment, moment)
    }

    /// The statement for conversation `id`, returning the stored rows (in the order added)
    /// when `keepingResults`, else only their ids.
    func query(to id: Int64, renewing lease: LeaseRenewal?, keepingResults: Bool) -> PostgresQuery {
        var statement = statement
        var sql = "WITH "
        var leaseHeld = ""
        if let lease {
            sql += """
                lease AS (
                  UPDATE conversation_leases SET heartbeat_at = \(statement.bind(lease.now))
                  WHERE conversation_id = \(statement.bind(id)) AND owner_pid = \(statement.bind(lease.pid))
                    AND backend_pid = pg_backend_pid() AND owner = \(PostgresSchema.sessionOwner)
                  RETURNING conversation_id),
                """
            leaseHeld = " AND EXISTS (SELECT FROM lease)"
        }
        sql += """
            conversation AS (
              UPDATE conversations
              SET updated_at = GREATEST(updated_at, \(statement.bind(latest))),
                message_count = message_count + \(statement.bind(rows.count)),
                token_count = token_count + \(statement.bind(tokens))
              WHERE id = \(statement.bind(id)) AND owner = \(PostgresSchema.sessionOwner) AND deleted_at IS NULL\(leaseHeld)
              RETURNING id)
            INSERT INTO messages (conversation_id, role, content, exact_content, tool_calls, tool_call_id, interrupted,
              model, prompt_tokens, completion_tokens, total_tokens, token_estimate, created_at, reasoning, reasoning_field)
            SELECT conversation.id, batch.role, batch.content, decode(batch.exact_hex, 'hex'), batch.tool_calls,
              batch.tool_call_id, batch.interrupted, batch.model, batch.prompt_tokens, batch.completion_tokens,
              batch.total_tokens, batch.token_estimate, batch.created_at, batch.reasoning, batch.reasoning_field
            FROM conversation CROSS JOIN (VALUES
            """
        sql += rows.joined(separator: ",\n") + """
            ) AS batch (ordinal, role, content, exact_hex, tool_calls, tool_call_id, interrupted, model, prompt_tokens,
              completion_tokens, total_tokens, token_estimate, created_at, reasoning, reasoning_field)
            ORDER BY batch.ordinal
            RETURNING \(keepingResults ? PostgresMessageRow.columns : "id")
            """
        statement.append(sql)
        return statement.query
    }
}
