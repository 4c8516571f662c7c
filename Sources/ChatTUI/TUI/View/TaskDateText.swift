import AgentCore
import Foundation
import Persistence

/// Every date the TUI shows, in one form: the list rows' "Thu 3 Jun 17:00" (`DueText`), in
/// the user's zone whatever offset a date-time was stored with, and with the year when it
/// is not the current one ("Thu 3 Jun 2027 17:00"). Rows, the panel, the detail pane and
/// the review's notices all ask here, so a date reads the same wherever it appears.
enum TaskDateText {
    /// "Thu 3 Jun" for an all-day date, "Thu 3 Jun 17:00" for a moment, as `clock` shows it.
    static func text(_ due: Due, clock: TaskClock) -> String {
        DueText.short(localISO(due, clock: clock), currentYear: clock.today.year)
    }

    /// A moment such as a task's creation, always with its time.
    static func text(_ date: Date, clock: TaskClock) -> String {
        text(.instant(date, utcOffsetSeconds: 0), clock: clock)
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` in the clock's zone for a moment: what
    /// `DueText` reads, and what `Due.parse` reads back as the same local date and time.
    static func localISO(_ due: Due, clock: TaskClock) -> String {
        switch due {
        case .day(let day):
            return day.description
        case .instant(let date, _):
            let parts = clock.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            return String(
                format: "%04d-%02d-%02dT%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                parts.hour ?? 0, parts.minute ?? 0)
        }
    }
}
