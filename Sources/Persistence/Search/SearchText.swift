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
    var taskCondition: (sql: String, arguments: StatementArguments) {
        if usesIndex {
            return (
                "tasks.id IN (SELECT rowid FROM tasks_text WHERE tasks_text MATCH ?)",
                [matchExpression])
        }
        let pattern = likePattern
        return (
            "(lower(tasks.title) LIKE ? ESCAPE '\\' OR lower(tasks.description) LIKE ? ESCAPE '\\')",
            [pattern, pattern])
    }

    /// `%text%` in lower case with `%`, `_` and `\` escaped. `lower()` folds ASCII only, as
    /// the filter always did for text too short for the index.
    var likePattern: String {
        "%" + TaskEditor.escapeLike(text.lowercased()) + "%"
    }
}
