import AgentCore
import Foundation
import Persistence

/// A task in chattui's own file format: the object `chattui tasks --json` shows, with the
/// times it was last changed and completed, so that nothing is lost on the way back in.
enum ChattuiTaskJSON {
    static func json(of task: TodoTask) -> JSONValue {
        guard case .object(var members) = TaskJSON.task(task) else { return TaskJSON.task(task) }
        members.append(("updated_at", .rfc3339(task.updatedAt)))
        members.append(("completed_at", task.completedAt.map(JSONValue.rfc3339) ?? .null))
        return .object(members)
    }

    static func task(from entry: JSONValue, clock: TaskClock) throws(ImportProblem) -> ImportedTask {
        guard case .object = entry else { throw ImportProblem("not a JSON object") }
        guard let title = entry["title"]?.stringValue else { throw ImportProblem("no title") }
        var draft = TaskDraft(title: title, description: entry["description"]?.stringValue)
        if let name = entry["priority"]?.stringValue {
            do { draft.priority = try Priority.parse(name) } catch { throw ImportProblem("priority \"\(name)\" is not low, medium or high") }
        }
        draft.tags = entry["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if let text = entry["due"]?.stringValue {
            do { draft.due = try Due.parse(text, clock: clock) } catch { throw ImportProblem("due \"\(text)\" is not a date") }
        }
        if let text = entry["recurrence"]?.stringValue {
            do { draft.recurrence = try Recurrence.parse(text) } catch { throw ImportProblem("recurrence \"\(text)\" is not one chattui knows") }
        }
        return ImportedTask(draft, completed: entry["completed"]?.boolValue ?? false,
                            createdAt: try time(entry, "created_at"), completedAt: try time(entry, "completed_at"))
    }

    private static func time(_ entry: JSONValue, _ key: String) throws(ImportProblem) -> Date? {
        guard let text = entry[key]?.stringValue else { return nil }
        do {
            return try Date.ISO8601FormatStyle().parse(text)
        } catch {
            throw ImportProblem("\(key) \"\(text)\" is not an RFC 3339 time")
        }
    }
}
