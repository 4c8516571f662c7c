import AgentCore
import Foundation
import Persistence

/// A due date in the panel's six columns: "today", "tmrw", "Fri" within the week, "3 Jun"
/// this year, "Jun'27" beyond; the time alone ("17:00") for a moment today. `isOverdue`
/// asks for the warning style.
struct PanelDueLabel: Hashable, Sendable {
    static let width = 6

    var text: String
    var isOverdue: Bool
    var isToday: Bool

    init(_ due: Due, clock: TaskClock) {
        let today = clock.today
        let day: LocalDate
        switch due {
        case .day(let date): day = date
        case .instant(let date, _): day = LocalDate(containing: date, in: clock.timeZone)
        }
        isOverdue = due.isOverdue(clock: clock)
        isToday = day == today
        // "Fri 14 Mar" or "Fri 14 Mar 09:30", in the user's zone.
        let words = DueText.short(TaskDateText.localISO(due, clock: clock)).split(separator: " ").map(String.init)
        let weekday = words.first ?? ""
        let date = words.count >= 3 ? "\(words[1]) \(words[2])" : due.normalized
        if day == today {
            if case .instant = due, words.count >= 4 { text = words[3] } else { text = "today" }
        } else if day == today.adding(days: -1) {
            text = "yest"
        } else if day == today.adding(days: 1) {
            text = "tmrw"
        } else if today < day, day <= today.adding(days: 6) {
            text = weekday
        } else if day.year == today.year {
            text = date
        } else {
            text = "\(words.count >= 3 ? words[2] : "")'\(String(format: "%02d", day.year % 100))"
        }
    }
}
