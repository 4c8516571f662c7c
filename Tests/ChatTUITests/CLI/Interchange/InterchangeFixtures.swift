import Foundation
import Persistence

/// Thursday 26 November 2026, 09:30 in London (UTC in winter).
let interchangeClock = TaskClock.fixed(
    Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(identifier: "Europe/London") ?? .current)

func storedTask(
    _ id: Int64, _ title: String, completed: Bool = false, priority: Priority? = nil, tags: [String] = [],
    due: Due? = nil, recurrence: Recurrence? = nil, description: String? = nil
) -> TodoTask {
    let created = Date(timeIntervalSince1970: 1_795_600_000 + Double(id) * 60)
    return TodoTask(
        id: id, userID: UserID("tester"), title: title, description: description, completed: completed,
        priority: priority, tags: tags, due: due, recurrence: recurrence, createdAt: created,
        updatedAt: created, completedAt: completed ? created.addingTimeInterval(3600) : nil, deletedAt: nil)
}
