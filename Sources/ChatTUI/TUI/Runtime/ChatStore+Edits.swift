import AgentCore
import Foundation
import Persistence

/// The review's edits: each reads what was typed with the same rules as the tools and the
/// offline engine, and throws their error, worded for a person, when it cannot.
extension ChatStore {
    /// "call mom tomorrow #family high" becomes a task due tomorrow, tagged, high priority,
    /// read by the engine's own phrase rule (`TaskPhrase`), trailing "high" included.
    func add(_ text: String) throws -> TodoTask {
        let phrase = TaskPhrase(reading: text)
        if let problem = phrase.dueProblem { throw TaskInputError.impossibleDate(phrase.due ?? text, reason: problem) }
        var draft = TaskDraft(title: phrase.title, tags: phrase.tags)
        draft.priority = phrase.priority
        if let recurrence = phrase.recurrence {
            let parsed = try Recurrence.parse(recurrence, clock: tasks.clock)
            draft.recurrence = parsed.recurrence
            draft.due = parsed.firstDue
        }
        if let due = phrase.due { draft.due = try Due.parse(due, clock: tasks.clock) }
        return try tasks.add(draft)
    }

    /// Words or #tags, separated by spaces or commas; nothing clears them.
    func setTags(_ id: Int64, _ text: String) throws -> String {
        let tags = text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        let task = try tasks.update(id: id, TaskPatch(tags: .set(tags)))
        return "\(Self.name(task)): \(task.tags.isEmpty ? "no tags" : task.tags.map { "#" + $0 }.joined(separator: " "))."
    }

    /// "tomorrow", "fri", "3 June 17:00" or ISO; nothing clears the date.
    func setDue(_ id: Int64, _ text: String) throws -> String {
        let due = text.isEmpty ? nil : try Due.parse(text, clock: tasks.clock)
        let task = try tasks.update(id: id, TaskPatch(due: due.map { .set($0) } ?? .clear))
        return "\(Self.name(task)): \(task.due.map { "due \(TaskDateText.text($0, clock: tasks.clock))" } ?? "no due date")."
    }

    /// "weekly", "every 3 days", "every monday" (which also moves the due date to the next
    /// Monday, keeping its time of day, as `update_task` does); nothing stops it repeating.
    func setRecurrence(_ id: Int64, _ text: String) throws -> String {
        var patch = TaskPatch(recurrence: .clear)
        if !text.isEmpty {
            let parsed = try Recurrence.parse(text, clock: tasks.clock, current: try tasks.task(id: id).due)
            patch.recurrence = .set(parsed.recurrence)
            if let first = parsed.firstDue { patch.due = .set(first) }
        }
        let task = try tasks.update(id: id, patch)
        let moved = patch.due == .keep ? "" : task.due.map { ", due \(TaskDateText.text($0, clock: tasks.clock))" } ?? ""
        return "\(Self.name(task)): \(task.recurrence.map { "repeats \($0.normalized)" } ?? "does not repeat")\(moved)."
    }

    func setDescription(_ id: Int64, _ text: String) throws -> String {
        let task = try tasks.update(id: id, TaskPatch(description: text.isEmpty ? .clear : .set(text)))
        return "\(Self.name(task)): \(task.description == nil ? "description removed" : "description saved")."
    }

    /// The task with its newest changes, for the detail pane.
    func detail(_ id: Int64) throws -> TaskDetail {
        TaskDetail(task: try tasks.task(id: id), history: try tasks.history(of: id, limit: Self.historyLimit))
    }
}
