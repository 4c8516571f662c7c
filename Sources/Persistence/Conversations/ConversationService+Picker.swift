import Foundation
internal import GRDB

/// What the TUI's conversation picker needs: keyset windows of the list, filtered by title
/// or content, and rename, delete and restore.
extension ConversationService {
    /// Newest first, as ``list(limit:)``; `filter` keeps those whose title holds it, ignoring
    /// case, and from 3 characters those with a user or assistant message holding it (through
    /// the `messages_text` index, as `chattui search` finds them). Each side of the anchor is
    /// a keyset page down the (user_id, updated_at) index.
    public func window(
        matching filter: String?, around anchor: WindowAnchor<Conversation>, before: Int, after: Int,
        known: ListPosition? = nil
    ) throws -> ListWindow<Conversation> {
        try reading(sqlite: { db in
            let listed = Self.listed(user: user, matching: filter)
            let total = try known?.total ?? listed.fetchCount(db)
            let newestFirst = [Column("updated_at").desc, Column("id").desc]
            let oldestFirst = [Column("updated_at").asc, Column("id").asc]
            switch anchor {
            case .first:
                let items = try listed.order(newestFirst).limit(max(0, after)).fetchAll(db).map(\.conversation)
                return ListWindow(items: items, offset: 0, total: total, anchorIndex: 0)
            case .last:
                let items = try listed.order(oldestFirst).limit(max(0, before)).fetchAll(db).map(\.conversation)
                return ListWindow(
                    items: items.reversed(), offset: total - items.count, total: total,
                    anchorIndex: max(0, total - 1))
            case .item(let conversation):
                let key: StatementArguments = [conversation.updatedAt, conversation.id]
                let newer = listed.filter(sql: "(updated_at, id) > (?, ?)", arguments: key)
                let head = try newer.order(oldestFirst).limit(max(0, before)).fetchAll(db).map(\.conversation)
                let tail = try listed.filter(sql: "(updated_at, id) <= (?, ?)", arguments: key)
                    .order(newestFirst).limit(max(0, after)).fetchAll(db).map(\.conversation)
                let position = try known?.anchorIndex ?? newer.fetchCount(db)
                return ListWindow(
                    items: head.reversed() + tail, offset: position - head.count, total: total, anchorIndex: position)
            }
        }, postgres: { try $0.window(matching: filter, around: anchor, before: before, after: after, known: known) })
    }

    /// Cleaned like a first message's title: one line, at most 60 characters.
    public func rename(_ id: Int64, to title: String) throws -> Conversation {
        try writing(sqlite: { db in
            var record = try ConversationRecord.owned(id: id, user: user, in: db)
            record.title = ConversationRecord.title(from: title)
            try record.update(db)
            return record.conversation
        }, postgres: { try $0.rename(id, to: title) })
    }

    /// Hides the conversation until ``restore(_:)``; conversations deleted before
    /// `purgingBefore` (an earlier session's) are removed for good, messages and all.
    public func delete(_ id: Int64, purgingBefore cutoff: Date) throws -> Conversation {
        try writing(sqlite: { db in
            var record = try ConversationRecord.owned(id: id, user: user, in: db)
            try db.execute(
                sql: "DELETE FROM conversations WHERE user_id = ? AND deleted_at < ?",
                arguments: [user.rawValue, cutoff])
            record.deletedAt = clock.now
            try record.update(db)
            return record.conversation
        }, postgres: { try $0.delete(id, purgingBefore: cutoff) })
    }

    public func restore(_ id: Int64) throws -> Conversation {
        try writing(sqlite: { db in
            guard var record = try ConversationRecord
                .filter(Column("id") == id && Column("user_id") == user.rawValue && Column("deleted_at") != nil)
                .fetchOne(db)
            else { throw ConversationError.notFound(id) }
            record.deletedAt = nil
            try record.update(db)
            return record.conversation
        }, postgres: { try $0.restore(id) })
    }

    /// True when the picker's filter keeps `title` for its title alone, matching as the query
    /// does (`LIKE` folds ASCII letters only); false means one of its messages matched.
    public static func title(_ title: String, holds filter: String) -> Bool {
        let wanted = filter.trimmingCharacters(in: .whitespaces).lowercased()
        let folded = String(String.UnicodeScalarView(title.unicodeScalars.map { scalar in
            (65...90).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
        }))
        return wanted.isEmpty || folded.contains(wanted)
    }

    private static func listed(user: UserID, matching filter: String?) -> QueryInterfaceRequest<ConversationRecord> {
        let request = ConversationRecord.filter(Column("user_id") == user.rawValue && Column("deleted_at") == nil)
        guard let title = filter?.trimmingCharacters(in: .whitespaces), !title.isEmpty else { return request }
        let titled = "lower(title) LIKE ? ESCAPE '\\'"
        let pattern = "%" + TaskEditor.escapeLike(title.lowercased()) + "%"
        guard let text = SearchText(title), text.usesIndex else {
            return request.filter(sql: titled, arguments: [pattern])
        }
        // The index gives the matching messages' ids; their conversations are a set SQLite
        // builds once per statement, so each keyset page still walks the updated_at index.
        return request.filter(
            sql: """
                (\(titled) OR id IN (SELECT conversation_id FROM messages WHERE id IN
                  (SELECT rowid FROM messages_text WHERE messages_text MATCH ?)))
                """,
            arguments: [pattern, text.matchExpression])
    }
}
