import Foundation
import Testing
@testable import Persistence

struct RecurrenceTests {
    @Test(arguments: [
        ("daily", Recurrence.daily), ("Every day", .daily), ("weekly", .weekly), ("every week", .weekly),
        ("monthly", .monthly), ("each month", .monthly), ("every month", .monthly),
        ("every 3 days", .everyDays(3)), ("every 1 days", .daily), ("every other day", .everyDays(2)),
        ("every 2 weeks", .everyDays(14)), ("every monday", .weekly),
    ])
    func parsesPhrases(text: String, expected: Recurrence) throws {
        #expect(try Recurrence.parse(text) == expected)
    }

    @Test func normalizedText() throws {
        #expect(Recurrence.daily.normalized == "daily")
        #expect(Recurrence.everyDays(10).normalized == "every 10 days")
        #expect(try Recurrence.parse(Recurrence.everyDays(10).normalized) == .everyDays(10))
    }

    @Test func everyWeekdayImpliesTheFirstDueDate() throws {
        // Given Friday 14 March
        // When "every monday" is parsed
        let parsed = try Recurrence.parse("every Monday", clock: fixedClock())
        // Then it is weekly, first due next Monday
        #expect(parsed.recurrence == .weekly)
        #expect(parsed.firstDue == .day(day("2025-03-17")))
    }

    @Test func everyWeekdayMovesATimedDueDateKeepingItsLocalTime() throws {
        // Given Friday 14 March in Paris (UTC+1), a task due Thursday 20 March at 17:00 local
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let current = Due.instant(instant("2025-03-20T16:00:00Z"), utcOffsetSeconds: 3600)
        // When "every monday" is parsed against it
        let parsed = try Recurrence.parse("every monday", clock: fixedClock(zone: paris), current: current)
        // Then it is due Monday 17 March at 17:00 Paris time
        #expect(parsed.firstDue?.normalized == "2025-03-17T17:00:00+01:00")
        // And across the change to summer time the wall-clock time stays 17:00
        let later = try Recurrence.parse("every monday", clock: fixedClock("2025-03-28T10:00:00Z", zone: paris), current: current)
        #expect(later.firstDue?.normalized == "2025-03-31T17:00:00+02:00")
        // An all-day date stays all day; other repeats name no date
        #expect(try Recurrence.parse("every monday", clock: fixedClock(), current: .day(day("2025-03-20"))).firstDue
            == .day(day("2025-03-17")))
        #expect(try Recurrence.parse("weekly", clock: fixedClock(), current: current).firstDue == nil)
    }

    @Test(arguments: ["", "sometimes", "every", "every 0 days", "every blue moon", "each 3 months"])
    func rejectsInvalidText(text: String) {
        #expect(throws: TaskInputError.invalidRecurrence(text)) { try Recurrence.parse(text) }
    }

    @Test(arguments: [
        (Recurrence.monthly, "2025-01-31", "2025-02-28"),
        (.monthly, "2024-01-31", "2024-02-29"),
        (.monthly, "2025-03-15", "2025-04-15"),
        (.daily, "2025-12-31", "2026-01-01"),
        (.weekly, "2025-03-14", "2025-03-21"),
        (.everyDays(10), "2025-03-25", "2025-04-04"),
    ])
    func nextAllDayOccurrence(recurrence: Recurrence, from: String, expected: String) {
        #expect(recurrence.next(after: .day(day(from))) == .day(day(expected)))
    }

    @Test func nextMomentKeepsTimeOfDayAndOffset() {
        // Given 09:30 at UTC+2 on 31 January
        let due = Due.instant(instant("2025-01-31T07:30:00Z"), utcOffsetSeconds: 7200)
        // When it repeats monthly
        let next = Recurrence.monthly.next(after: due)
        // Then it is 09:30 at UTC+2 on the last day of February
        #expect(next.normalized == "2025-02-28T09:30:00+02:00")
    }
}
