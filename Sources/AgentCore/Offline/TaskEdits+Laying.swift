/// Fields said apart from the request they belong to ("add X. tag it work", "add 'A' and
/// 'B', both for friday"), laid over what the request said itself.
extension TaskEdits {
    /// The fields of a later sentence laid over these: a date said twice is the later one.
    mutating func take(_ other: TaskEdits) {
        description = other.description ?? description
        priority = other.priority ?? priority
        due = other.due ?? due
        recurrence = other.recurrence ?? recurrence
        if case .adding(let more)? = other.tags {
            if case .adding(let had)? = tags { tags = .adding(had + more.filter { !had.contains($0) }) } else { tags = .adding(more) }
        }
    }
}

extension NewTask {
    /// The task with `edits` laid over its own fields; tags are added to its own.
    func with(_ edits: TaskEdits) -> NewTask {
        var task = self
        task.description = edits.description ?? task.description
        task.priority = edits.priority ?? task.priority
        if let due = edits.due {
            task.due = due
            task.dueProblem = nil
        }
        task.recurrence = edits.recurrence ?? task.recurrence
        if case .adding(let more)? = edits.tags { task.tags += more.filter { !task.tags.contains($0) } }
        return task
    }
}
