import Foundation
internal import PostgresNIO

/// ``SearchService`` on PostgreSQL: the role's messages and tasks holding a text, found
/// through PostgreSQL's own full-text search, inside a transaction the caller opened.
///
/// A row matches when its `tsvector` (`simple` configuration: words lower-cased, never
/// stemmed, so no language changes what is found) holds the text's words as a phrase, the
/// last one as a prefix, and its text holds the typed text itself (`ILIKE`, case
/// ignored). The phrase query finds candidates through the GIN index; the `ILIKE`
/// recheck keeps only rows that SQLite's trigram index would also return, so "pay bill"
/// never matches "pay, bill". What the word index cannot find is a text starting inside
/// a word ("ill" in "bill"): docs/postgres.md lists that difference. Text without any
/// word (only punctuation) is looked up by the `ILIKE` alone. Row-level security hides
/// other roles' rows; every statement also names `owner = session_user`.
struct PostgresSearch {
    let transaction: PostgresTransaction
    let text: SearchText
    /// Whether the text holds a word the index knows; asked once.
    private let hasWords: Bool

    init(transaction: PostgresTransaction, text: SearchText) throws {
        self.transaction = transaction
        self.text = text
        hasWords = try transaction.value(Int.self, "SELECT numnode(phraseto_tsquery('simple', \(text.text)))") > 0
    }

    /// How many of the role's messages and tasks hold the text.
    func count() throws -> Int {
        var statement = PostgresStatement("SELECT ")
        let sides = Side.allCases.map { "(SELECT count(*) \(matching($0, in: &statement)))" }
        statement.append(sides.joined(separator: " + "))
        return try transaction.value(Int.self, statement.query)
    }

    /// The matches at `offset..<offset + limit` of the newest-first listing; with
    /// `fromOldest` the listing is read from its other end (`offset` counted from the
    /// oldest match), so the last page costs what the first does. Newest first either way.
    func page(offset: Int, limit: Int, fromOldest: Bool = false) throws -> [SearchMatch] {
        var statement = PostgresStatement("")
        let query = bindQuery(in: &statement)
        let messages = matching(.message, in: &statement)
        let tasks = matching(.task, in: &statement)
        let direction = fromOldest ? "ASC" : "DESC"
        let titleMatches = "t.title ILIKE \(pattern(in: &statement)) ESCAPE '\\'"
        statement.append("""
            SELECT page.side, page.id, page.created_at, page.conversation_id, page.role, page.completed, page.title,
              marked.text, starts_with(page.body, plain.text), right(page.body, length(plain.text)) = plain.text
            FROM (
              SELECT 1 AS side, m.id, m.created_at, m.conversation_id, m.role, false AS completed, c.title,
                m.content AS body \(messages)
              UNION ALL
              SELECT 0, t.id, t.created_at, NULL, NULL, t.completed, t.title,
                CASE WHEN \(titleMatches) THEN t.title ELSE coalesce(t.description, t.title) END \(tasks)
              ORDER BY created_at \(direction), side \(direction), id \(direction)
              OFFSET \(statement.bind(max(0, offset))) LIMIT \(statement.bind(max(0, limit)))
            ) page
            CROSS JOIN LATERAL (SELECT ts_headline('simple', page.body, \(query), CASE
              WHEN length(page.body) <= \(SearchService.snippetLength) THEN \(Self.marks) || ', HighlightAll=true'
              ELSE \(Self.marks) || ', MaxFragments=1, MaxWords=10, MinWords=5' END) AS text) marked
            CROSS JOIN LATERAL (SELECT translate(marked.text, chr(2) || chr(3), '') AS text) plain
            ORDER BY page.created_at DESC, page.side DESC, page.id DESC
            """)
        return try transaction.rows(statement.query).map(match)
    }

    enum Side: CaseIterable {
        case message, task
    }

    /// The FROM and WHERE of one side's matches, binding what it needs into `statement`.
    private func matching(_ side: Side, in statement: inout PostgresStatement) -> String {
        let words = hasWords ? "AND \(side == .message ? "m" : "t").search_vector @@ \(bindQuery(in: &statement)) " : ""
        let pattern = pattern(in: &statement)
        switch side {
        case .message:
            return """
                FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE m.owner = \(PostgresSchema.sessionOwner) AND c.owner = \(PostgresSchema.sessionOwner) AND c.deleted_at IS NULL
                  AND m.role IN ('user', 'assistant') \(words)AND m.content ILIKE \(pattern) ESCAPE '\\'
                """
        case .task:
            return """
                FROM tasks t WHERE t.owner = \(PostgresSchema.sessionOwner) AND t.deleted_at IS NULL \(words)
                  AND (t.title ILIKE \(pattern) ESCAPE '\\' OR t.description ILIKE \(pattern) ESCAPE '\\')
                """
        }
    }

    /// The text as a phrase of its words, the last one a prefix (`'pay' <-> 'bil':*`). The
    /// `:*` is added only after a quoted lexeme, so an odd parse can never become a syntax
    /// error; without words the query is empty and ``hasWords`` is false.
    private func bindQuery(in statement: inout PostgresStatement) -> String {
        let phrase = "phraseto_tsquery('simple', \(statement.bind(text.text)))"
        return "(CASE WHEN right(\(phrase)::text, 1) = '''' THEN (\(phrase)::text || ':*')::tsquery ELSE \(phrase) END)"
    }

    private func pattern(in statement: inout PostgresStatement) -> String {
        statement.bind("%" + TaskEditor.escapeLike(text.text) + "%")
    }

    /// `ts_headline`'s options are SQLite's markers, and then as SQLite's `snippet()`
    /// shapes its 64 characters: a text that fits is shown whole; a longer one as one
    /// fragment of about ten words around the best match.
    private static let marks = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)"

    private func match(_ row: PostgresRow) throws -> SearchMatch {
        let cells = row.makeRandomAccess()
        do {
            let id = try cells[1].decode(Int64.self)
            let source: SearchMatch.Source =
                try cells[0].decode(Int.self) == 1
                ? .message(
                    conversationID: try cells[3].decode(Int64.self), messageID: id,
                    role: MessageRole(rawValue: try cells[4].decode(String.self)) ?? .user)
                : .task(id: id, completed: try cells[5].decode(Bool.self))
            let snippet = Snippet(
                headline: try cells[7].decode(String.self),
                cutBefore: !(try cells[8].decode(Bool.self)), cutAfter: !(try cells[9].decode(Bool.self)))
            return SearchMatch(
                source: source, createdAt: try cells[2].decode(Date.self), title: try cells[6].decode(String.self),
                snippet: snippet)
        } catch {
            throw PostgresErrorText.backendError(error)
        }
    }
}
