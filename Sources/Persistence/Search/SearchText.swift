import Foundation
internal import GRDB

/// What a person typed to find tasks or messages, always taken literally: the one query
/// behind the review's `/`, `list_tasks`'s `search`, `chattui tasks --search`,
/// `chattui search` and the TUI's `/search`, so all of them match the same rows.
///
/// It matches text that contains it, ignoring case. From 3 characters (Unicode scalars,
/// the trigram tokenizer's unit) it is answered by the FTS5 indexes (`FullTextSchema`);
/// shorter text cannot be, and falls back to the `LIKE` scan the filter always used.
public struct SearchText: Hashable, Sendable {
    /// The text with surrounding white space removed; never empty.
    public let text: String

    /// nil for text that is empty once trimmed: such a search asks for nothing. NULs are
    /// dropped: SQLite reads query text up to the first one, which would widen the search or
    /// cut a quoted string open, and task text never holds one (`CleanText`).
    public init?(_ raw: String) {
        let trimmed = raw.replacingOccurrences(of: "\u{0}", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        text = trimmed
    }

    /// The shortest text the trigram index can answer.
    public static let indexedLength = 3

    /// True when the indexes answer this text; shorter text scans the rows.
    public var usesIndex: Bool { text.unicodeScalars.count >= Self.indexedLength }

    /// The text as one FTS5 string: in double quotes, its own quotes doubled, so `*`, `-`,
    /// `NEAR`, `AND`, `^` and parentheses are characters to find, never query syntax.
    var matchExpression: String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The condition on `tasks` that keeps the rows whose title or description holds the text.
    ///
    /// The index gives the matching ids, which SQLite gathers before walking the sort's index:
    /// cheap for a rare text (11 rows of 100,000: 1 ms), but for one that most tasks hold it
    /// gathers 100,000 ids for each of the window's four reads (about 1 s a reload in a debug
    /// build, four times the scan). So a text the index finds more than `commonMatches` times
    /// is checked row by row with `LIKE`, whose pages stop after a page as matches are
    /// dense. That is only done for ASCII text, where `LIKE` and the index match the same
    /// rows; other text always goes through the index, which folds its case properly.
    /// `fromIndex` says which: the caller then has the rows looked up by the index's ids.
    func taskCondition(in db: Database) throws -> (sql: String, arguments: StatementArguments, fromIndex: Bool) {
        let scan = scanCondition
        guard usesIndex else { return (scan.sql, scan.arguments, false) }
        if scansAlike, try isCommon(in: db) { return (scan.sql, scan.arguments, false) }
        return ("tasks.id IN (SELECT rowid FROM tasks_text WHERE tasks_text MATCH ?)", [matchExpression], true)
    }

    /// The `LIKE` test of a task's title and description, row by row.
    var scanCondition: (sql: String, arguments: StatementArguments) {
        let pattern = likePattern
        return ("(lower(tasks.title) LIKE ? ESCAPE '\\' OR lower(tasks.description) LIKE ? ESCAPE '\\')", [pattern, pattern])
    }

    /// True for text the index answers and `LIKE` matches in the same rows (ASCII), so
    /// either may find its tasks.
    var scansAlike: Bool { usesIndex && text.allSatisfy(\.isASCII) }

    /// Above this many tasks holding the text (of all users), a scan beats the index.
    static let commonMatches = 5_000

    /// Counts the index's matches only up to `commonMatches`, so asking costs little either way.
    private func isCommon(in db: Database) throws -> Bool {
        let count = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM (SELECT 1 FROM tasks_text WHERE tasks_text MATCH ? LIMIT ?)",
            arguments: [matchExpression, Self.commonMatches + 1])
        return (count ?? 0) > Self.commonMatches
    }

    /// `%text%` in lower case with `%`, `_` and `\` escaped. `lower()` folds ASCII only, as
    /// the filter always did for text too short for the index.
    var likePattern: String {
        "%" + TaskEditor.escapeLike(text.lowercased()) + "%"
    }
}
