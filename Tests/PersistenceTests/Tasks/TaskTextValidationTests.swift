import Testing
@testable import Persistence

/// Task text from any front end is cleaned once, in validation, before it is stored.
struct TaskTextValidationTests {
    @Test func aTitleWithNULC1AndBidiIsStoredClean() throws {
        // Given a database
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database, source: .mcp)
        // When titles arrive with a NUL, C1 controls and a bidi override
        let nul = try tasks.add(TaskDraft(title: "\u{0}x"))
        let mixed = try tasks.add(TaskDraft(title: "buy\u{0}\u{9B}milk \u{202E}now\u{202C}", description: nil))
        // Then they are stored without them, and read back so
        #expect(try tasks.task(id: nul.id).title == "x")
        #expect(try tasks.task(id: mixed.id).title == "buymilk now")
        withExtendedLifetime(folder) {}
    }

    @Test func aTitleOfOnlyControlsIsRefusedWithAClearError() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let refusal = TaskInputError.onlyControlCharacters(field: "title")
        #expect(throws: refusal) { try tasks.add(TaskDraft(title: "\u{0}\u{0}")) }
        #expect(throws: refusal) { try tasks.add(TaskDraft(title: " \u{1B}\u{202E} ")) }
        let task = try tasks.add(TaskDraft(title: "keep"))
        #expect(throws: refusal) { try tasks.update(id: task.id, TaskPatch(title: .set("\u{7F}"))) }
        #expect(refusal.description
            == "title has no visible text: control characters and bidi overrides are removed from task text")
        #expect(try tasks.list(TaskQuery()).tasks.map(\.title) == ["keep"])
        withExtendedLifetime(folder) {}
    }

    @Test func megabytesOfTextAreRefusedWithTheirLength() throws {
        // Given a database, when an MCP client sends a title and a description of megabytes
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database, source: .mcp)
        let huge = String(repeating: "x", count: 8 << 20)
        // Then each is refused with its real length, and nothing is stored
        #expect(throws: TaskInputError.titleTooLong(length: 8 << 20)) { try tasks.add(TaskDraft(title: huge)) }
        #expect(throws: TaskInputError.descriptionTooLong(length: 8 << 20)) {
            try tasks.add(TaskDraft(title: "x", description: huge))
        }
        #expect(try tasks.list(TaskQuery()).count == 0)
        withExtendedLifetime(folder) {}
    }

    @Test func aDescriptionKeepsItsLinesAndLosesItsControls() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "x", description: "step 1\r\n\tstep\u{0} 2\u{1B}[31m"))
        #expect(try tasks.task(id: task.id).description == "step 1\n\tstep 2[31m")
        #expect(throws: TaskInputError.onlyControlCharacters(field: "description")) {
            try tasks.add(TaskDraft(title: "y", description: "\u{0}"))
        }
        #expect(try tasks.add(TaskDraft(title: "z", description: "  ")).description == nil)
        withExtendedLifetime(folder) {}
    }

    @Test func tagsAreCleanedAndAtMost32PerTask() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        #expect(try tasks.add(TaskDraft(title: "x", tags: ["wo\u{0}rk", "\u{202E}home"])).tags == ["home", "work"])
        let thirtyTwo = (1...32).map { "t\($0)" }
        #expect(try tasks.add(TaskDraft(title: "y", tags: thirtyTwo + ["T1", "#t2"])).tags.count == 32)
        #expect(throws: TaskInputError.tooManyTags(count: 33)) {
            try tasks.add(TaskDraft(title: "z", tags: thirtyTwo + ["t33"]))
        }
        let task = try tasks.add(TaskDraft(title: "w"))
        #expect(throws: TaskInputError.tooManyTags(count: 33)) {
            try tasks.update(id: task.id, TaskPatch(tags: .set(thirtyTwo + ["t33"])))
        }
        #expect(throws: TaskInputError.onlyControlCharacters(field: "tag")) {
            try tasks.add(TaskDraft(title: "v", tags: ["\u{0}"]))
        }
        #expect(TaskInputError.tooManyTags(count: 33).description == "a task has at most 32 tags; 33 were given")
        withExtendedLifetime(folder) {}
    }
}
