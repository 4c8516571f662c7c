import Persistence

extension TaskTool {
    func run(arguments text: String, editor: TaskEditor) throws(ToolFailure) -> JSONValue {
        let arguments = try ToolArguments(tool: rawValue, json: text, allowed: argumentNames)
        let clock = editor.clock
        switch self {
        case .addTask:
            var draft = try ToolFailure.wrapping {
                TaskDraft(
                    title: try arguments.requiredString("title"),
                    description: try arguments.string("description"),
                    priority: try arguments.string("priority").map(Priority.parse),
                    tags: try arguments.strings("tags") ?? [],
                    due: try arguments.string("due").map { try Due.parse($0, clock: clock) },
                    recurrence: try arguments.string("recurrence").map(Recurrence.parse))
            }
            if draft.due == nil, let phrase = try arguments.string("recurrence") {
                // "every monday" with no date is first due next Monday, as in the review's `a`.
                draft.due = try ToolFailure.wrapping { try Recurrence.parse(phrase, clock: clock).firstDue }
            }
            let task = try ToolFailure.wrapping { try editor.add(draft) }
            return Self.outcome(task, status: "created", details: true)
        case .listTasks:
            let page = try ToolFailure.wrapping { try editor.list(try listQuery(arguments, clock: clock)) }
            return TaskJSON.page(page)
        case .completeTask:
            let id = try arguments.requiredTaskID()
            let completion = try ToolFailure.wrapping { try editor.complete(id: id) }
            var result = Self.outcome(completion.task, status: "completed", details: false)
            if completion.wasAlreadyCompleted, case .object(var members) = result {
                members.append(("already_completed", .bool(true)))
                result = .object(members)
            }
            if let next = completion.nextOccurrence, case .object(var members) = result {
                members.append(("next_task_id", .int(next.id)))
                members.append(("next_due", next.due.map { .string($0.normalized) } ?? .null))
                result = .object(members)
            }
            return result
        case .deleteTask:
            let id = try arguments.requiredTaskID()
            return Self.outcome(try ToolFailure.wrapping { try editor.delete(id: id) }, status: "deleted", details: false)
        case .updateTask:
            let id = try arguments.requiredTaskID()
            var patch = try updatePatch(arguments, clock: clock)
            guard !patch.isEmpty else { throw ToolFailure("nothing to change: give at least one field besides task_id") }
            if patch.due == .keep, case .set = patch.recurrence, let phrase = try arguments.string("recurrence") {
                patch.due = try Self.weekdayDue(phrase, task: id, editor: editor)
            }
            if case .set = patch.due, let phrase = try arguments.string("due") {
                patch.due = try Self.timeOnItsDay(phrase, task: id, editor: editor) ?? patch.due
            }
            let task = try ToolFailure.wrapping { try editor.update(id: id, patch) }
            return Self.outcome(task, status: "updated", details: true)
        }
    }

    private func listQuery(_ arguments: ToolArguments, clock: TaskClock) throws -> TaskQuery {
        var query = TaskQuery(limit: Self.defaultLimit)
        if let status = try arguments.string("status") {
            guard let filter = TaskStatusFilter(rawValue: status.lowercased()) else {
                throw ToolFailure("status must be all, pending or completed, not \"\(status)\"")
            }
            query.status = filter
        }
        if let sort = try arguments.string("sort") {
            guard let order = TaskSort(rawValue: sort.lowercased()) else {
                throw ToolFailure("sort must be created, due, priority or title, not \"\(sort)\"")
            }
            query.sort = order
        }
        if let limit = try arguments.integer("limit") {
            guard (1...Int64(Self.maximumLimit)).contains(limit) else {
                throw ToolFailure("limit must be between 1 and \(Self.maximumLimit), not \(limit)")
            }
            query.limit = Int(limit)
        }
        if let offset = try arguments.integer("offset") {
            guard offset >= 0, offset <= Int64(Int32.max) else {
                throw ToolFailure("offset must be 0 or more, not \(offset)")
            }
            query.offset = Int(offset)
        }
        query.priority = try arguments.string("priority").map(Priority.parse)
        query.tag = try arguments.string("tag").map(TaskTags.normalize)
        query.search = try arguments.string("search")
        query.dueBefore = try arguments.string("due_before").map {
            try Due.parse($0, clock: clock).localDate(in: clock.timeZone)
        }
        return query
    }

    /// "every monday" moves the task to the next Monday at its time of day, as the review's
    /// `r` does (`Recurrence.parse(_:clock:current:)`); other repeats keep the date.
    private static func weekdayDue(_ phrase: String, task id: Int64, editor: TaskEditor) throws(ToolFailure) -> FieldChange<Due> {
        try ToolFailure.wrapping {
            guard try Recurrence.parse(phrase, clock: editor.clock).firstDue != nil else { return .keep }
            let moved = try Recurrence.parse(phrase, clock: editor.clock, current: try editor.task(id: id).due).firstDue
            return moved.map { .set($0) } ?? .keep
        }
    }

    /// "make it 11am" said of a task due on saturday: a time alone moves the task within its
    /// own day, not to today.
    private static func timeOnItsDay(_ phrase: String, task id: Int64, editor: TaskEditor) throws(ToolFailure) -> FieldChange<Due>? {
        try ToolFailure.wrapping {
            guard let expression = DueGrammar.expression(phrase), let current = try editor.task(id: id).due else { return nil }
            return try expression.resolve(clock: editor.clock, onDayOf: current).map { .set($0) }
        }
    }

    private func updatePatch(_ arguments: ToolArguments, clock: TaskClock) throws(ToolFailure) -> TaskPatch {
        var patch = TaskPatch()
        patch.title = try arguments.change("title") { $0 }
        if patch.title == .clear { throw ToolFailure("title must not be empty") }
        patch.description = try arguments.change("description") { $0 }
        patch.priority = try arguments.change("priority", Priority.parse)
        patch.due = try arguments.change("due") { try Due.parse($0, clock: clock) }
        patch.recurrence = try arguments.change("recurrence", Recurrence.parse)
        switch arguments.value("tags") {
        case nil: break
        case .null?: patch.tags = .clear
        default: patch.tags = .set(try arguments.strings("tags") ?? [])
        }
        patch.completed = try arguments.bool("completed")
        return patch
    }

    /// `{"task_id", "status", "title"}`, with the stored fields echoed when the call set them.
    private static func outcome(_ task: TodoTask, status: String, details: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("task_id", .int(task.id)), ("status", .string(status)), ("title", .string(task.title)),
        ]
        if details {
            members += [
                ("due", task.due.map { .string($0.normalized) } ?? .null),
                ("priority", task.priority.map { .string($0.rawValue) } ?? .null),
                ("tags", .array(task.tags.map(JSONValue.string))),
                ("recurrence", task.recurrence.map { .string($0.normalized) } ?? .null),
                ("completed", .bool(task.completed)),
            ]
        }
        return .object(members)
    }
}
