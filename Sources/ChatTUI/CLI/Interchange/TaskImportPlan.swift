import Persistence

/// What an import will do to the tasks there are: add what is new, update what changed,
/// leave the rest. A task of the file is the same as a stored one when its title (ignoring
/// case and surrounding spaces) and due date are, so importing a file twice changes nothing
/// the second time.
struct TaskImportPlan {
    enum Step {
        case add(ImportedTask)
        /// The stored task, the patch that makes it match the file, and what changes, in words.
        case update(TodoTask, TaskPatch, changes: [String])
        case unchanged(TodoTask)
    }

    var steps: [Step]

    init(importing tasks: [ImportedTask], into stored: [TodoTask], format: TaskFileFormat) {
        var candidates = Dictionary(grouping: stored, by: Self.identity)
        steps = tasks.map { imported in
            let key = Self.identity(of: imported.draft)
            guard var matches = candidates[key], !matches.isEmpty else { return .add(imported) }
            let task = matches.removeFirst()
            candidates[key] = matches
            let (patch, changes) = Self.patch(from: task, to: imported, format: format)
            return changes.isEmpty ? .unchanged(task) : .update(task, patch, changes: changes)
        }
    }

    var added: Int { steps.count { if case .add = $0 { true } else { false } } }
    var updated: Int { steps.count { if case .update = $0 { true } else { false } } }
    var unchanged: Int { steps.count { if case .unchanged = $0 { true } else { false } } }

    private struct Identity: Hashable {
        var title: String
        var due: String?
    }

    private static func identity(_ task: TodoTask) -> Identity {
        Identity(title: comparable(task.title), due: task.due?.normalized)
    }

    private static func identity(of draft: TaskDraft) -> Identity {
        Identity(title: comparable(draft.title), due: draft.due?.normalized)
    }

    private static func comparable(_ title: String) -> String {
        title.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Every field the format carries is taken from the file; the others are left alone.
    private static func patch(from task: TodoTask, to imported: ImportedTask, format: TaskFileFormat) -> (TaskPatch, [String]) {
        var patch = TaskPatch()
        var changes: [String] = []
        let draft = imported.draft
        if imported.completed != task.completed {
            patch.completed = imported.completed
            changes.append(imported.completed ? "completed" : "reopened")
        }
        if draft.priority != task.priority {
            patch.priority = draft.priority.map(FieldChange.set) ?? .clear
            changes.append("priority \(draft.priority?.rawValue ?? "none")")
        }
        let tags = (try? TaskTags.normalize(draft.tags)) ?? draft.tags
        if tags != task.tags {
            patch.tags = .set(tags)
            changes.append(tags.isEmpty ? "no tags" : "tags " + tags.map { "#\($0)" }.joined(separator: " "))
        }
        if draft.recurrence != task.recurrence {
            patch.recurrence = draft.recurrence.map(FieldChange.set) ?? .clear
            changes.append("repeats \(draft.recurrence?.normalized ?? "never")")
        }
        if format.carriesDescription, draft.description != task.description {
            patch.description = draft.description.map(FieldChange.set) ?? .clear
            changes.append(draft.description == nil ? "no description" : "description")
        }
        return (patch, changes)
    }
}
