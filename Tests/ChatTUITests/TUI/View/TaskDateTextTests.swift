import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The TUI's one date form: the list rows' "Thu 3 Jun 17:00", local, with the year only when
/// it is not this one.
@Suite struct TaskDateTextTests {
    private let paris = TimeZone(identifier: "Europe/Paris") ?? utc
    /// Wednesday 31 December 2025, 23:30 UTC: already 1 January 2026 in Paris.
    private let newYearsEve = Date(timeIntervalSince1970: 1_767_223_800)

    @Test(arguments: [
        ("2025-12-31", "Wed 31 Dec"),
        ("2026-01-01", "Thu 1 Jan 2026"),
        ("2024-12-31", "Tue 31 Dec 2024"),
    ])
    func anAllDayDateShowsTheYearOnlyWhenItIsNotThisOne(date: String, expected: String) throws {
        let due = try #require(day(date))
        #expect(TaskDateText.text(due, clock: .fixed(newYearsEve, timeZone: utc)) == expected)
    }

    /// In Paris the year has already turned, so the same dates read the other way round.
    @Test func theCurrentYearIsTheOneOnTheUsersClock() throws {
        let clock = TaskClock.fixed(newYearsEve, timeZone: paris)
        #expect(TaskDateText.text(try #require(day("2025-12-31")), clock: clock) == "Wed 31 Dec 2025")
        #expect(TaskDateText.text(try #require(day("2026-01-01")), clock: clock) == "Thu 1 Jan")
    }

    @Test func aMomentIsShownInTheUsersZoneWhateverOffsetItWasStoredWith() throws {
        let due = try Due.parse("2027-06-03T17:00:00Z", clock: .fixed(fixedNow, timeZone: utc))
        #expect(TaskDateText.text(due, clock: .fixed(fixedNow, timeZone: utc)) == "Thu 3 Jun 2027 17:00")
        #expect(TaskDateText.text(due, clock: .fixed(fixedNow, timeZone: paris)) == "Thu 3 Jun 2027 19:00")
        let thisYear = try Due.parse("2025-06-03T19:00:00+02:00", clock: .fixed(fixedNow, timeZone: utc))
        #expect(TaskDateText.text(thisYear, clock: .fixed(fixedNow, timeZone: utc)) == "Tue 3 Jun 17:00")
    }

    /// 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Paris: the date, the year and
    /// the time all move together.
    @Test func aMomentCrossingMidnightMovesItsDayAndYear() {
        let due = Due.instant(newYearsEve, utcOffsetSeconds: 0)
        #expect(TaskDateText.text(due, clock: .fixed(newYearsEve, timeZone: utc)) == "Wed 31 Dec 23:30")
        #expect(TaskDateText.text(due, clock: .fixed(fixedNow, timeZone: paris)) == "Thu 1 Jan 2026 00:30")
        #expect(TaskDateText.text(newYearsEve, clock: .fixed(newYearsEve, timeZone: paris)) == "Thu 1 Jan 00:30")
    }

    /// What the `D` field opens with reads back as the same day or minute.
    @Test func theLocalISOFormReadsBackAsTheSameDue() throws {
        let clock = TaskClock.fixed(fixedNow, timeZone: paris)
        let due = Due.instant(newYearsEve, utcOffsetSeconds: 0)
        #expect(TaskDateText.localISO(due, clock: clock) == "2026-01-01T00:30")
        let read = try Due.parse(TaskDateText.localISO(due, clock: clock), clock: clock)
        guard case .instant(let date, _) = read else {
            Issue.record("read back as \(read)")
            return
        }
        #expect(date == newYearsEve)
        let allDay = try #require(day("2026-01-01"))
        #expect(try Due.parse(TaskDateText.localISO(allDay, clock: clock), clock: clock) == allDay)
    }

    /// The review's rows, its detail pane and the `D` field all show it, never "…T17:00:00Z".
    @Test func theReviewShowsItInRowsAndDetails() throws {
        let far = try Due.parse("2027-06-03T17:00:00Z", clock: .fixed(fixedNow, timeZone: utc))
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        state.answerReview([task(7, "Renew the passport", due: far), task(8, "Pay rent", due: day("2025-04-01"))])
        let list = rows(view(state))
        #expect(list[2].hasPrefix("  #7 ☐ Renew the passport — due Thu 3 Jun 2027 17:00 "))
        #expect(list[3].hasPrefix("  #8 ☐ Pay rent — due Tue 1 Apr "))
        let change = TaskHistoryEntry(
            action: .update, source: .mcp, at: fixedNow, undone: false, fields: ["due: 2025-04-01 → 2027-06-03T17:00:00Z"])
        state.send(.key(.enter), .taskDetailLoaded(TaskDetail(task: task(7, "Renew the passport", due: far), history: [change])))
        let detail = rows(view(state))
        #expect(detail[4].hasPrefix(" Due Thu 3 Jun 2027 17:00 · repeats never "))
        #expect(detail.contains { $0.hasPrefix(" 2025-03-14 10:00  updated (mcp)  due: Tue 1 Apr → Thu 3 Jun 2027 17:00 ") })
    }
}
