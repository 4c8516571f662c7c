import AgentCore
import Persistence

/// `chattui tasks --json` written as the tasks are read: the same bytes as printing
/// `TaskJSON.page(page).prettyText` and a newline, without building the whole document
/// first, so 100,000 tasks take one batch of memory rather than the list, its JSON tree and
/// its text at once.
///
/// The document is opened with the first batch (so a query refused before any row is read,
/// such as a malformed tag, prints nothing on stdout), each batch is appended as it comes,
/// and ``finish(_:)`` closes it with the count and `truncated`, which are known only at the end.
struct TaskListJSONWriter {
    private static let opening = "{\n  \"tasks\": ["
    private let emit: (String) -> Void
    private var written = 0
    private var opened = false

    /// `emit` receives the document's text, piece by piece, in order.
    init(emit: @escaping (String) -> Void) {
        self.emit = emit
    }

    /// Appends `tasks` to the document's `tasks` array.
    mutating func write(_ tasks: [TodoTask]) {
        var text = opened ? "" : Self.opening
        opened = true
        for task in tasks {
            text += written == 0 ? "\n    " : ",\n    "
            text += TaskJSON.task(task).prettyText(level: 2)
            written += 1
        }
        emit(text)
    }

    /// Closes the array and the document with what the listing added up to.
    func finish(_ summary: TaskStreamSummary) {
        let close = (opened ? "" : Self.opening) + (written == 0 ? "]" : "\n  ]")
        emit(close + ",\n  \"count\": \(summary.count),\n  \"truncated\": \(summary.truncated)\n}\n")
    }
}
