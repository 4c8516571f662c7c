import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The review's rows at 40, 60, 80 and 120 columns: what gives way first when a row does not
/// fit, and titles of wide characters cut on a character boundary.
@Suite struct TaskRowTextTests {
    private static func tasks() throws -> [TodoTask] {
        var bill = task(42421, "Pay the electricity bill before the post office closes", priority: .high, due: day("2025-03-12"), tags: ["bills", "home"])
        bill.recurrence = try Recurrence.parse("monthly")
        let clock = TaskClock.fixed(fixedNow, timeZone: utc)
        return [
            bill,
            task(7, "日本語のタイトルはとても長いです本当に", priority: .medium, due: try Due.parse("2027-06-03T17:00:00Z", clock: clock)),
            task(12, "Family dinner 👨‍👩‍👧 with 🎂 and friends", priority: .low, due: day("2025-03-15"), tags: ["family"]),
            task(3, "Call mom", due: day("2025-03-20")),
            task(100_004, "Renew passport", priority: .high, due: day("2020-01-05")),
        ]
    }

    /// The list's rows of the review holding `tasks()`, trailing blanks cut.
    private static func listRows(width: Int) throws -> [String] {
        var state = AppState.fixture(size: Size(rows: 12, cols: width))
        state.send(.key(.function(2)))
        state.answerReview(try tasks())
        return rows(view(state))[2..<7].map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// Wide enough for every whole row but the bill's, whose title alone gives way.
    @Test func at120ColumnsOnlyTheLongestTitleIsCut() throws {
        #expect(try Self.listRows(width: 120) == [
            "! #42421 ☐ Pay the electricity bill before the post office c… — due Wed 12 Mar (overdue) · high · monthly · #bills #home",
            "  #7 ☐ 日本語のタイトルはとても長いです本当に — due Thu 3 Jun 2027 17:00 · medium",
            "  #12 ☐ Family dinner 👨‍👩‍👧 with 🎂 and friends — due Sat 15 Mar · low · #family",
            "  #3 ☐ Call mom — due Thu 20 Mar",
            "! #100004 ☐ Renew passport — due Sun 5 Jan 2020 (overdue) · high",
        ])
    }

    /// The bill's tags and recurrence give way before its title is cut below a third of the
    /// row; the CJK title stops before a wide character that would not fit whole.
    @Test func at80ColumnsTagsAndRecurrenceGoFirst() throws {
        #expect(try Self.listRows(width: 80) == [
            "! #42421 ☐ Pay the electricity bill before th… — due Wed 12 Mar (overdue) · high",
            "  #7 ☐ 日本語のタイトルはとても長いです本当… — due Thu 3 Jun 2027 17:00 · medium",
            "  #12 ☐ Family dinner 👨‍👩‍👧 with 🎂 and friends — due Sat 15 Mar · low · #family",
            "  #3 ☐ Call mom — due Thu 20 Mar",
            "! #100004 ☐ Renew passport — due Sun 5 Jan 2020 (overdue) · high",
        ])
    }

    /// "(overdue)" goes (the `!` still says it), then the weekday of a long date.
    @Test func at60ColumnsTheOverdueWordsAndAWeekdayGo() throws {
        #expect(try Self.listRows(width: 60) == [
            "! #42421 ☐ Pay the electricity bill… — due Wed 12 Mar · high",
            "  #7 ☐ 日本語のタイトルはと… — due 3 Jun 2027 17:00 · medium",
            "  #12 ☐ Family dinner 👨‍👩‍👧 w… — due Sat 15 Mar · low · #family",
            "  #3 ☐ Call mom — due Thu 20 Mar",
            "! #100004 ☐ Renew passport — due Sun 5 Jan 2020 · high",
        ])
    }

    /// Every row still shows its id, some of its title, its date and its priority: the time
    /// and the word "due" go, a year becomes "'27", and a six-digit id's short title is cut
    /// rather than lose its priority.
    @Test func at40ColumnsTheDateAndPriorityStay() throws {
        #expect(try Self.listRows(width: 40) == [
            "! #42421 ☐ Pay the elec… — 12 Mar · high",
            "  #7 ☐ 日本語のタイ… — 3 Jun'27 · medium",
            "  #12 ☐ Family dinne… — due 15 Mar · low",
            "  #3 ☐ Call mom — due Thu 20 Mar",
            "! #100004 ☐ Renew pas… — 5 Jan'20 · high",
        ])
    }

    /// Narrower than any detail leaves room for: the title's share wins, the row is cut whole.
    @Test func aRowNarrowerThanItsDetailsKeepsTheTitle() throws {
        let row = TaskRowText(try Self.tasks()[0], clock: .fixed(fixedNow, timeZone: utc))
        #expect(row.fitted(width: 20) == "#42421 ☐ Pay the el…")
        #expect(row.fitted(width: 3) == "#4…")
    }
}
