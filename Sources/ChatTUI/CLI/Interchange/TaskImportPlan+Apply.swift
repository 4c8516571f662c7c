import Persistence

extension TaskImportPlan {
    /// Makes every addition and update in one transaction: all of them, or none when one
    /// is refused (a title too long, too many tags).
    func apply(to tasks: TaskService, file: String) throws {
        do {
            try tasks.transaction { editor in
                for step in steps {
                    switch step {
                    case .add(let task): _ = try editor.add(task)
                    case .update(let task, let patch, _): _ = try editor.update(id: task.id, patch)
                    case .unchanged: break
                    }
                }
            }
        } catch let error as TaskInputError {
            throw ImportFailure(message: "\(file): nothing was imported: \(error)")
        }
    }
}
