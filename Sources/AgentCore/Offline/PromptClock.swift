import Foundation
import Persistence

/// The day and time zone the system prompt gives ("Today is Thursday 26 November 2026
/// (2026-11-26); the time zone is Europe/London."), as a clock stopped at noon that day.
///
/// The engine keeps no clock of its own, so that a conversation plans the same way whenever
/// it is replayed; this one lets it tell which task is due on the day the user named.
enum PromptClock {
    @TaskLocal static var current: TaskClock?

    static let today = Pattern(#/\((\d{4}-\d{2}-\d{2})\); the time zone is ([A-Za-z0-9_+\-\/]+)/#,
                               example: "(2026-11-26); the time zone is Europe/London")

    /// The clock the system prompt among `messages` sets, if it names a day and a zone.
    static func reading(_ messages: [ChatMessage]) -> TaskClock? {
        guard let prompt = messages.first(where: { $0.role == .system }),
              let match = prompt.content.firstMatch(of: today.regex),
              let zone = TimeZone(identifier: String(match.output.2)),
              let day = LocalDate(String(match.output.1))
        else { return nil }
        return .fixed(day.startOfDay(in: zone).addingTimeInterval(12 * 3600), timeZone: zone)
    }

    /// The tasks among `tasks` due on the day `phrase` names ("tuesday", "the 1st"), or
    /// `nil` when there is no clock or the phrase names no day.
    static func dueOn(_ phrase: String, among tasks: [TaskSummary]) -> [TaskSummary]? {
        guard let clock = current, let due = try? Due.parse(phrase, clock: clock) else { return nil }
        let day = due.normalized.prefix(10)
        return tasks.filter { $0.due?.prefix(10) == day }
    }
}
