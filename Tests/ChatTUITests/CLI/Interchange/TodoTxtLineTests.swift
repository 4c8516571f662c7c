import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// Lines as todo.txt's own examples and other apps (Simpletask, topydo) write them.
@Suite struct TodoTxtLineTests {
    private func read(_ line: String) throws -> ImportedTask? {
        try TodoTxtLine.task(from: line, clock: interchangeClock)
    }

    @Test func aFullPendingLineGivesEveryField() throws {
        let task = try #require(try read("(A) 2026-11-20 Call mom +Family @phone due:2026-12-04 rec:2w"))
        #expect(task.draft.title == "Call mom")
        #expect(task.draft.priority == .high)
        #expect(task.draft.tags == ["family", "phone"])
        #expect(task.draft.due == .day(LocalDate("2026-12-04")!))
        #expect(task.draft.recurrence == .everyDays(14))
        #expect(!task.completed)
        #expect(task.createdAt == LocalDate("2026-11-20")!.startOfDay(in: interchangeClock.timeZone))
    }

    @Test func aCompletedLineKeepsBothDatesAndItsPriorityTag() throws {
        let task = try #require(try read("x 2026-11-25 2026-11-01 File taxes +home pri:B"))
        #expect(task.completed)
        #expect(task.completedAt == LocalDate("2026-11-25")!.startOfDay(in: interchangeClock.timeZone))
        #expect(task.createdAt == LocalDate("2026-11-01")!.startOfDay(in: interchangeClock.timeZone))
        #expect(task.draft.priority == .medium)
        #expect(task.draft.title == "File taxes")
    }

    @Test func wordsThatOnlyLookLikeFieldsStayInTheTitle() throws {
        // A lone "+" or "@", an unknown key:value and a time are part of what the person wrote
        let task = try #require(try read("Meet Jo @ 10:30 re:budget + notes"))
        #expect(task.draft.title == "Meet Jo @ 10:30 re:budget + notes")
        #expect(task.draft.tags.isEmpty)
        // "(a)" is no priority: todo.txt's are capitals
        #expect(try read("(a) lower case")?.draft.title == "(a) lower case")
        #expect(try read("(D) later")?.draft.priority == .low)
    }

    @Test func aDateTimeDueKeepsItsTime() throws {
        let task = try #require(try read("Dentist due:2026-12-03T17:00:00Z"))
        #expect(task.draft.due?.normalized == "2026-12-03T17:00:00Z")
    }

    @Test func blankLinesAreSkippedAndBadOnesSayWhy() throws {
        #expect(try read("   ") == nil)
        #expect(throws: ImportProblem("due:someday-maybe is not a date")) { try read("Thing due:someday-maybe") }
        #expect(throws: ImportProblem("the line has no title")) { try read("(A) 2026-11-20 +home") }
        #expect(throws: ImportProblem("rec:1y is not a repeat chattui knows (days, weeks or one month)")) {
            try read("Renew rec:1y")
        }
    }

    @Test func writingALineAndReadingItBackGivesTheSameTask() throws {
        let tasks = [
            storedTask(1, "Call mom", priority: .high, tags: ["family"], due: .day(LocalDate("2026-12-04")!)),
            storedTask(2, "Water plants", recurrence: .weekly),
            storedTask(3, "File taxes", completed: true, priority: .low, tags: ["home", "money"]),
            storedTask(4, "Dentist", due: .instant(Date(timeIntervalSince1970: 1_796_058_000), utcOffsetSeconds: 3600)),
        ]
        for task in tasks {
            let line = TodoTxtLine.text(of: task, in: interchangeClock.timeZone)
            let back = try #require(try read(line), "\(line)")
            #expect(back.draft.title == task.title, "\(line)")
            #expect(back.draft.priority == task.priority, "\(line)")
            #expect(back.draft.tags == task.tags, "\(line)")
            #expect(back.draft.due == task.due, "\(line)")
            #expect(back.draft.recurrence == task.recurrence, "\(line)")
            #expect(back.completed == task.completed, "\(line)")
        }
        #expect(TodoTxtLine.text(of: tasks[0], in: interchangeClock.timeZone)
            == "(A) 2026-11-25 Call mom +family due:2026-12-04")
        #expect(TodoTxtLine.text(of: tasks[2], in: interchangeClock.timeZone)
            == "x 2026-11-25 2026-11-25 File taxes +home +money pri:C")
    }
}
