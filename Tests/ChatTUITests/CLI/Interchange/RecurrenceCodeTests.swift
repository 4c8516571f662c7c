import Persistence
import Testing
@testable import ChatTUI

@Suite struct RecurrenceCodeTests {
    @Test(arguments: [
        ("daily", Recurrence.daily), ("1d", .daily), ("+1d", .daily), ("weekly", .weekly), ("1w", .weekly),
        ("2wks", .everyDays(14)), ("biweekly", .everyDays(14)), ("monthly", .monthly), ("1m", .monthly),
        ("1mo", .monthly), ("3days", .everyDays(3)), ("10d", .everyDays(10)),
    ])
    func eitherToolsSpellingIsRead(code: String, recurrence: Recurrence) {
        #expect(RecurrenceCode.parse(code) == recurrence)
    }

    @Test(arguments: ["yearly", "1y", "2m", "3mo", "0d", "quarterly", "5h", "1b", "", "d2"])
    func whatChattuiCannotRepeatByIsRefused(code: String) {
        #expect(RecurrenceCode.parse(code) == nil)
    }

    @Test(arguments: [Recurrence.daily, .weekly, .monthly, .everyDays(2), .everyDays(7), .everyDays(30)])
    func whatIsWrittenReadsBack(recurrence: Recurrence) {
        #expect(RecurrenceCode.parse(RecurrenceCode.todoTxt(recurrence)) == recurrence)
        #expect(RecurrenceCode.parse(RecurrenceCode.taskwarrior(recurrence)) == recurrence)
    }
}
