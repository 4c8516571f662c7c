import Foundation
internal import GRDB

/// The search screen's pages: every match, not only the newest, at any place in the listing.
extension SearchService {
    /// How many of the user's messages and tasks hold the text: what a listing of them counts.
    public func count(_ text: SearchText) throws -> Int {
        guard text.usesIndex else { throw SearchError.tooShort(text.text) }
        if case .postgres(let session) = database.backend {
            return try session.transaction { try PostgresSearch(transaction: $0, text: text).count() }
        }
        return try database.pool.read { db in
            try Side.allCases.reduce(0) { sum, side in
                try sum + (Int.fetchOne(db, sql: "SELECT count(*) \(side.matching)", arguments: arguments(text)) ?? 0)
            }
        }
    }

    /// The matches at `offset..<offset + limit` of the newest-first listing of `total` matches,
    /// in that order.
    ///
    /// Each side's index is walked from the nearer end of the listing for the place asked
    /// (so the last page, `G`, reads from the oldest match), reading only ids and times, and
    /// the rows with their snippets are read for the page alone: a page in the middle of
    /// 100,000 matches walks 50,000 index entries, never 100,000 snippets.
    public func matches(_ text: SearchText, offset: Int, limit: Int, total: Int) throws -> [SearchMatch] {
        guard text.usesIndex else { throw SearchError.tooShort(text.text) }
        let start = max(0, offset)
        let end = min(total, start + max(0, limit))
        guard start < end else { return [] }
        if case .postgres(let session) = database.backend {
            return try session.transaction { transaction in
                let search = try PostgresSearch(transaction: transaction, text: text)
                return start <= total - end
                    ? try search.page(offset: start, limit: end - start)
                    : try search.page(offset: total - end, limit: end - start, fromOldest: true)
            }
        }
        return try database.pool.read { db in
            // `total` may be stale (another process wrote since it was counted): slices are clamped.
            let page: [MatchKey]
            if start <= total - end {
                let fromNewest = try keys(text, newestFirst: true, limit: end, in: db).sorted(by: >)
                page = Array(fromNewest[(start..<end).clamped(to: fromNewest.indices)])
            } else {
                let fromOldest = try keys(text, newestFirst: false, limit: total - start, in: db).sorted(by: <)
                page = fromOldest[((total - end)..<(total - start)).clamped(to: fromOldest.indices)].reversed()
            }
            let found = try rows(text, keys: page, in: db)
            return page.compactMap { found[$0] }
        }
    }

    /// Where a match stands in the newest-first order: when, then messages before tasks at the
    /// same instant, then the higher id, as ``search(_:limit:)`` orders them.
    struct MatchKey: Hashable, Comparable {
        var createdAt: Date
        var side: Side
        var id: Int64

        static func < (a: MatchKey, b: MatchKey) -> Bool {
            (a.createdAt, a.side.rank, a.id) < (b.createdAt, b.side.rank, b.id)
        }
    }

    enum Side: CaseIterable {
        case message, task

        var rank: Int { self == .message ? 1 : 0 }

        /// The FROM and WHERE of this side's matches for one user, taking the text and the user.
        var matching: String {
            switch self {
            case .message:
                """
                FROM messages_text
                CROSS JOIN messages m ON m.id = messages_text.rowid
                CROSS JOIN conversations c ON c.id = m.conversation_id
                WHERE messages_text MATCH ? AND c.user_id = ? AND c.deleted_at IS NULL
                """
            case .task:
                """
                FROM tasks_text
                CROSS JOIN tasks t ON t.id = tasks_text.rowid
                WHERE tasks_text MATCH ? AND t.user_id = ? AND t.deleted_at IS NULL
                """
            }
        }

        var table: String { self == .message ? "messages_text" : "tasks_text" }
        var row: String { self == .message ? "m" : "t" }
    }

    private func arguments(_ text: SearchText) -> StatementArguments {
        [text.matchExpression, user.rawValue]
    }

    /// The `limit` newest (or oldest) matches of each side, as keys only.
    private func keys(_ text: SearchText, newestFirst: Bool, limit: Int, in db: Database) throws -> [MatchKey] {
        try Side.allCases.flatMap { side in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(side.row).id, \(side.row).created_at \(side.matching)
                    ORDER BY \(side.table).rowid \(newestFirst ? "DESC" : "ASC") LIMIT ?
                    """,
                arguments: arguments(text) + [limit]
            ).map { MatchKey(createdAt: $0["created_at"], side: side, id: $0["id"]) }
        }
    }

    /// The page's rows with their snippets, found by key.
    private func rows(_ text: SearchText, keys: [MatchKey], in db: Database) throws -> [MatchKey: SearchMatch] {
        let messageIDs = keys.filter { $0.side == .message }.map(\.id)
        let taskIDs = keys.filter { $0.side == .task }.map(\.id)
        let found = try messages(text, ids: messageIDs, in: db) + tasks(text, ids: taskIDs, in: db)
        return Dictionary(found.map { (MatchKey($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}

extension SearchService.MatchKey {
    init(_ match: SearchMatch) {
        switch match.source {
        case .message(_, let id, _): self.init(createdAt: match.createdAt, side: .message, id: id)
        case .task(let id, _): self.init(createdAt: match.createdAt, side: .task, id: id)
        }
    }
}
