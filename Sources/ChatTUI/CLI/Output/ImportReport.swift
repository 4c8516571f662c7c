/// What `chattui tasks import` did, or with `--dry-run` would do: one line per task added or
/// updated, then the counts.
struct ImportReport {
    var plan: TaskImportPlan
    var dryRun: Bool

    var text: String {
        var lines: [String] = []
        for step in plan.steps {
            switch step {
            case .add(let task):
                lines.append("+ \(task.draft.title)")
            case .update(let task, _, let changes):
                lines.append("~ #\(task.id) \(task.title): \(changes.joined(separator: ", "))")
            case .unchanged:
                break
            }
        }
        let counts = dryRun
            ? "Would add \(plan.added), update \(plan.updated); \(plan.unchanged) unchanged. Nothing was written (--dry-run)."
            : "Added \(plan.added), updated \(plan.updated); \(plan.unchanged) unchanged."
        return (lines + [counts]).map { TerminalSanitizer.sanitize($0, keepNewlines: false) + "\n" }.joined()
    }
}
