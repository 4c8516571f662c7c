import AgentCore

/// What an import did, or with `--dry-run` would do, in the words `chattui tasks import`
/// and `chattui import` print.
struct ImportReport {
    var dryRun: Bool

    static let nothingWritten = "Nothing was written (--dry-run)."

    /// `+ Title` per task added, `~ #4 Title: completed, priority high` per task updated.
    func lines(for plan: TaskImportPlan) -> [String] {
        plan.steps.compactMap { step in
            switch step {
            case .add(let task): "+ \(task.draft.title)"
            case .update(let task, _, let changes): "~ #\(task.id) \(task.title): \(changes.joined(separator: ", "))"
            case .unchanged: nil
            }
        }
    }

    /// "Added 1, updated 2; 3 unchanged." or "would add 1, update 2; 3 unchanged.", the
    /// second verb naming what happens to the ones already stored.
    func counts(added: Int, changed: Int, unchanged: Int, change: (done: String, planned: String)) -> String {
        dryRun
            ? "would add \(added), \(change.planned) \(changed); \(unchanged) unchanged."
            : "added \(added), \(change.done) \(changed); \(unchanged) unchanged."
    }

    func counts(for plan: TaskImportPlan) -> String {
        counts(added: plan.added, changed: plan.updated, unchanged: plan.unchanged, change: ("updated", "update"))
    }

    /// Each line made inert for the terminal, one per line.
    static func text(_ lines: [String]) -> String {
        lines.map { TerminalSanitizer.sanitize($0, keepNewlines: false) + "\n" }.joined()
    }
}

extension String {
    /// "added 1, …" → "Added 1, …".
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
