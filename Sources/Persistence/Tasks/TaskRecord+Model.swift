extension TaskRecord {
    /// The public value; text that no longer parses (written by hand) reads as absent.
    func task(tags: [String]) -> TodoTask {
        TodoTask(
            id: id ?? 0, userID: UserID(userId), title: title, description: description,
            completed: completed, priority: priority.flatMap(Priority.init(rawValue:)), tags: tags,
            due: due.flatMap(Due.init(storedText:)), recurrence: recurrence.flatMap { try? Recurrence.parse($0) },
            createdAt: createdAt, updatedAt: updatedAt, completedAt: completedAt, deletedAt: deletedAt)
    }
}
