import AgentCore
import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// Taskwarrior's `task export`, as Taskwarrior 2.6 writes it (one object per line in an
/// array), with a recurring template and its instance, a deleted task, a waiting one with an
/// annotation, and derived fields (`id`, `urgency`) chattui ignores.
@Suite struct TaskwarriorTaskTests {
    static let export = #"""
        [
        {"id":1,"description":"Buy milk","entry":"20261120T093000Z","modified":"20261120T093000Z","status":"pending","tags":["shopping"],"uuid":"a360fc44-315c-4366-b70c-ea7e7520b749","urgency":1.8},
        {"id":0,"description":"File taxes","end":"20261125T120000Z","entry":"20261101T080000Z","modified":"20261125T120000Z","priority":"H","project":"Home.Finance","status":"completed","uuid":"0c5e9b1a-4f0e-4c57-9f5c-1f0d5d6c9e11","urgency":0},
        {"id":0,"description":"Water plants","due":"20261203T000000Z","entry":"20261101T080000Z","mask":"--","modified":"20261126T080000Z","recur":"weekly","status":"recurring","uuid":"6f7d3f0e-9d43-4d8e-8a55-2a3c4b5d6e7f","urgency":2.1},
        {"id":2,"description":"Water plants","due":"20261203T000000Z","entry":"20261126T080000Z","imask":2,"modified":"20261126T080000Z","parent":"6f7d3f0e-9d43-4d8e-8a55-2a3c4b5d6e7f","recur":"weekly","status":"pending","uuid":"9a8b7c6d-1111-4222-8333-444455556666","urgency":6.2},
        {"id":0,"description":"Old idea","end":"20261110T100000Z","entry":"20261001T100000Z","modified":"20261110T100000Z","status":"deleted","uuid":"11111111-2222-4333-8444-555555555555","urgency":0},
        {"id":3,"annotations":[{"entry":"20261121T100000Z","description":"ask about the blue one"}],"description":"Call the shop","due":"20261205T143000Z","entry":"20261121T095900Z","modified":"20261121T100000Z","status":"waiting","wait":"20261204T000000Z","uuid":"22222222-3333-4444-8555-666666666666","urgency":"3.5"}
        ]
        """#

    private func imported() throws -> [ImportedTask] {
        try TaskFile.tasks(in: Self.export, as: .taskwarrior, clock: interchangeClock)
    }

    @Test func deletedTasksAndTemplatesWithAnInstanceAreLeftOut() throws {
        #expect(try imported().map(\.draft.title) == ["Buy milk", "File taxes", "Water plants", "Call the shop"])
    }

    @Test func eachFieldIsRead() throws {
        let tasks = try imported()
        #expect(tasks[0].draft.tags == ["shopping"])
        #expect(tasks[0].createdAt == (try TaskwarriorTask.timeFormat.parse("20261120T093000Z")))
        #expect(tasks[1].completed)
        #expect(tasks[1].completedAt == (try TaskwarriorTask.timeFormat.parse("20261125T120000Z")))
        #expect(tasks[1].draft.priority == .high)
        #expect(tasks[1].draft.tags == ["home-finance"])
        // Midnight is a date; another time is a moment
        #expect(tasks[2].draft.due == .day(LocalDate("2026-12-03")!))
        #expect(tasks[2].draft.recurrence == .weekly)
        #expect(tasks[3].draft.due?.normalized == "2026-12-05T14:30:00Z")
        #expect(!tasks[3].completed)
        #expect(tasks[3].draft.description == "ask about the blue one")
    }

    @Test func aTemplateAloneIsImportedAsTheRepeatingTask() throws {
        let template = #"{"description":"Stretch","entry":"20261101T080000Z","recur":"2d","status":"recurring","uuid":"x"}"#
        let tasks = try TaskFile.tasks(in: template, as: .taskwarrior, clock: interchangeClock)
        #expect(tasks.map(\.draft.recurrence) == [.everyDays(2)])
    }

    @Test func aBadEntryIsNamedAndNothingIsRead() throws {
        let file = #"""
            {"description":"Fine","status":"pending"}
            {"description":"Yearly","status":"pending","recur":"yearly"}
            {"status":"pending"}
            {"description":"When?","due":"tomorrow","status":"pending"}
            """#
        do {
            _ = try TaskFile.tasks(in: file, as: .taskwarrior, clock: interchangeClock)
            Issue.record("the file was accepted")
        } catch {
            #expect(error.problems.map(\.description) == [
                "task 2: recur \"yearly\" is not a repeat chattui knows (days, weeks or one month)",
                "task 3: no description",
                "task 4: due \"tomorrow\" is not a Taskwarrior time like 20261204T170000Z",
            ])
        }
    }

    @Test func anExportReadsBackAsTheSameTasks() throws {
        let tasks = [
            storedTask(1, "Call mom", priority: .high, tags: ["family"], due: .day(LocalDate("2026-12-04")!)),
            storedTask(2, "Water plants", recurrence: .everyDays(3), description: "the big fern too"),
            storedTask(3, "File taxes", completed: true, priority: .medium),
        ]
        let text = TaskFile.text(of: tasks, as: .taskwarrior, in: interchangeClock.timeZone)
        let back = try TaskFile.tasks(in: text, as: .taskwarrior, clock: interchangeClock)
        #expect(back.map(\.draft) == tasks.map {
            TaskDraft(title: $0.title, description: $0.description, priority: $0.priority, tags: $0.tags,
                      due: $0.due, recurrence: $0.recurrence)
        })
        #expect(back.map(\.createdAt) == tasks.map(\.createdAt))
        #expect(back.map(\.completedAt) == tasks.map(\.completedAt))
        // Every line is one task, as Taskwarrior's own export
        #expect(text.split(separator: "\n").count == tasks.count + 2)
    }

    @Test func theSameTaskAlwaysGetsTheSameUUID() {
        let task = storedTask(42, "Call mom")
        let uuid = TaskwarriorTask.uuid(of: task)
        #expect(uuid == TaskwarriorTask.uuid(of: task))
        #expect(uuid != TaskwarriorTask.uuid(of: storedTask(43, "Call mom")))
        #expect(uuid.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil, "\(uuid)")
    }
}
