import Foundation
import Testing
@testable import Persistence

struct DueTests {
    /// Today is Friday 14 March 2025 in UTC.
    @Test(arguments: [
        ("today", "2025-03-14"),
        ("Tomorrow", "2025-03-15"),
        ("friday", "2025-03-21"),
        ("on Friday", "2025-03-21"),
        ("next friday", "2025-03-21"),
        ("this friday", "2025-03-14"),
        ("monday", "2025-03-17"),
        ("sat", "2025-03-15"),
        ("in 3 days", "2025-03-17"),
        ("in a week", "2025-03-21"),
        ("in two weeks", "2025-03-28"),
        ("in 1 month", "2025-04-14"),
        ("next week", "2025-03-17"),
        ("end of week", "2025-03-16"),
        ("this week", "2025-03-16"),
        ("2025-12-01", "2025-12-01"),
        ("2025-03-20T15:30:00Z", "2025-03-20T15:30:00Z"),
        ("2025-03-20T15:30+02:00", "2025-03-20T15:30:00+02:00"),
        ("2025-03-20 15:30:45.250-0530", "2025-03-20T15:30:45-05:30"),
        ("2025-03-20T15:30:00", "2025-03-20T15:30:00Z"),
    ])
    func parsesDatesAndPhrases(text: String, expected: String) throws {
        // Given a clock fixed on a Friday
        let clock = fixedClock()
        // When the text is parsed
        let due = try Due.parse(text, clock: clock)
        // Then it normalises to the expected date
        #expect(due.normalized == expected)
    }

    @Test func dateTimeWithoutOffsetIsLocalTime() throws {
        // Given a clock in Paris (UTC+1 in March)
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let clock = fixedClock(zone: paris)
        // When a date-time without offset is parsed
        let due = try Due.parse("2025-03-20T09:00", clock: clock)
        // Then it is 09:00 Paris time
        #expect(due == .instant(instant("2025-03-20T08:00:00Z"), utcOffsetSeconds: 3600))
        #expect(due.normalized == "2025-03-20T09:00:00+01:00")
    }

    @Test(arguments: ["", "someday", "2025-13-01", "2025-03-20T25:00Z", "in zero days",
                      "2025-3-4", "fri week", "in 3 fortnights", "2025-03-20T10:00+19:00"])
    func rejectsInvalidText(text: String) {
        #expect(throws: TaskInputError.invalidDate(text)) {
            try Due.parse(text, clock: fixedClock())
        }
    }

    @Test func overdueAndDueTodayNeverOverlap() {
        // Given 10:00 UTC on Friday 14 March
        let clock = fixedClock()
        // Then an all-day date is overdue only from the next day on
        #expect(Due.day(day("2025-03-13")).isOverdue(clock: clock))
        #expect(!Due.day(day("2025-03-14")).isOverdue(clock: clock))
        #expect(Due.day(day("2025-03-14")).isDueToday(clock: clock))
        // And a moment is overdue once past, due today while still ahead today
        #expect(Due.instant(instant("2025-03-14T09:00:00Z"), utcOffsetSeconds: 0).isOverdue(clock: clock))
        #expect(!Due.instant(instant("2025-03-14T09:00:00Z"), utcOffsetSeconds: 0).isDueToday(clock: clock))
        #expect(Due.instant(instant("2025-03-14T18:00:00Z"), utcOffsetSeconds: 0).isDueToday(clock: clock))
        #expect(!Due.instant(instant("2025-03-15T00:30:00Z"), utcOffsetSeconds: 0).isDueToday(clock: clock))
    }

    @Test func storedTextRoundTrips() throws {
        let due = Due.instant(instant("2025-03-20T13:30:00Z"), utcOffsetSeconds: -5 * 3600)
        #expect(Due(storedText: due.normalized) == due)
        #expect(Due(storedText: "2025-03-20") == .day(day("2025-03-20")))
    }
}
