import Foundation
internal import PostgresNIO

/// The conversation picker's windows, rename, delete and restore on PostgreSQL, answering as
/// `ConversationService+Picker` does on SQLite.
extension PostgresConversationStore {
    /// Keyset pages down the (owner, updated_at) index either side of the anchor. From 3
    /// characters the filter also keeps conversations with a user or assistant message
    /// holding it, found through the `messages_text` trigram index.
    func window(
        matching filter: String?, around anchor: WindowAnchor<Conversation>, before: Int, after: Int,
        known: ListPosition?
    ) throws -> ListWindow<Conversation> {
        let total = try known?.total ?? count(matching: filter, beyond: nil)
        switch anchor {
        case .first:
            let items = try page(matching: filter, beyond: nil, newestFirst: true, limit: after)
            return ListWindow(items: items, offset: 0, total: total, anchorIndex: 0)
        case .last:
            let items = try page(matching: filter, beyond: nil, newestFirst: false, limit: before)
            return ListWindow(
                items: items.reversed(), offset: total - items.count, total: total, anchorIndex: max(0, total - 1))
        case .item(let conversation):
            let head = try page(matching: filter, beyond: conversation, newestFirst: false, limit: before)
            let tail = try page(matching: filter, beyond: conversation, newestFirst: true, limit: after, including: true)
            let position = try known?.anchorIndex ?? count(matching: filter, beyond: conversation)
            return ListWindow(
                items: head.reversed() + tail, offset: position - head.count, total: total, anchorIndex: position)
        }
    }

    /// Cleaned like a first message's title.
    func rename(_ id: Int64, to title: String) throws -> Conversation {
        _ = try owned(id)
        let cleaned = ConversationRecord.title(from: title)
        try transaction.execute("""
            UPDATE conversations SET title = \(cleaned) WHERE id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner)
            """)
        return try owned(id)
    }

    /// Hides the conversation; those deleted before `cutoff` go for good, messages and all.
    func delete(_ id: Int64, purgingBefore cutoff: Date) throws -> Conversation {
        let conversation = try owned(id)
        try transaction.execute("""
            DELETE FROM conversations WHERE owner = \(unescaped: PostgresSchema.sessionOwner) AND deleted_at < \(cutoff)
            """)
        let now = PostgresTaskRow.stored(clock.now)
        try transaction.execute("""
            UPDATE conversations SET deleted_at = \(now) WHERE id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner)
            """)
        return conversation
    }

    func restore(_ id: Int64) throws -> Conversation {
        let restored = try transaction.rows("""
            UPDATE conversations SET deleted_at = NULL
            WHERE id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner) AND deleted_at IS NOT NULL RETURNING id
            """)
        guard !restored.isEmpty else { throw ConversationError.notFound(id) }
        return try owned(id)
    }

    /// How many listed conversations there are, or how many come before `anchor` (newer).
    private func count(matching filter: String?, beyond anchor: Conversation?) throws -> Int {
        var query = PostgresStatement("SELECT count(*) FROM conversations WHERE ")
        query.append(listed(matching: filter, in: &query))
        if let anchor {
            query.append(" AND (updated_at, id) > (\(query.bind(anchor.updatedAt)), \(query.bind(anchor.id)))")
        }
        return Int(try transaction.value(Int64.self, query.query))
    }

    /// Up to `limit` listed conversations from the anchor outwards: newest first, or (for
    /// the side above it) oldest first; `including` keeps the anchor itself.
    private func page(
        matching filter: String?, beyond anchor: Conversation?, newestFirst: Bool, limit: Int, including: Bool = false
    ) throws -> [Conversation] {
        var query = PostgresStatement("SELECT \(PostgresMessageRow.conversationColumns) FROM conversations WHERE ")
        query.append(listed(matching: filter, in: &query))
        if let anchor {
            let side = newestFirst ? (including ? "<=" : "<") : (including ? ">=" : ">")
            query.append(" AND (updated_at, id) \(side) (\(query.bind(anchor.updatedAt)), \(query.bind(anchor.id)))")
        }
        query.append(newestFirst ? " ORDER BY updated_at DESC, id DESC" : " ORDER BY updated_at, id")
        query.append(" LIMIT " + query.bind(max(0, limit)))
        return try transaction.rows(query.query).map(PostgresMessageRow.conversation)
    }

    /// The condition every listed conversation meets, its values bound in `query`.
    private func listed(matching filter: String?, in query: inout PostgresStatement) -> String {
        let visible = "owner = \(PostgresSchema.sessionOwner) AND deleted_at IS NULL"
        guard let title = filter?.trimmingCharacters(in: .whitespaces), !title.isEmpty else { return visible }
        let pattern = query.bind("%" + TaskEditor.escapeLike(title.lowercased()) + "%")
        let titled = "lower(title) LIKE \(pattern) ESCAPE '\\'"
        guard title.unicodeScalars.count >= SearchText.indexedLength else { return "\(visible) AND \(titled)" }
        return """
            \(visible) AND (\(titled) OR id IN (SELECT conversation_id FROM messages
              WHERE owner = \(PostgresSchema.sessionOwner) AND role IN ('user', 'assistant') AND content ILIKE \(pattern) ESCAPE '\\'))
            """
    }
}
