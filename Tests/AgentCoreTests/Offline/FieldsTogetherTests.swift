import Testing
@testable import AgentCore

/// Several fields said together with no verb between them: "to low priority and due
/// saturday" after "change the bike", and "high priority and tag it suppliers" said alone
/// right after a task was added.
@Suite struct FieldsTogetherTests {
    @Test(arguments: [
        HeldOutCase("change the bike one to low priority and due saturday", .update(10, ["priority": "low", "due": "saturday"])),
        HeldOutCase("change task 7 to high priority, due the 14th", .update(7, ["priority": "high", "due": "2026-12-14"])),
        HeldOutCase("change the garage to weekly and not urgent", .update(8, ["recurrence": "weekly", "priority": "low"])),
        HeldOutCase(["add order the hams", "high priority and tag it suppliers"],
                    .update(11, ["priority": "high", "tags": .array([.string("suppliers")])])),
        HeldOutCase(["add stamps", "urgent, due friday"], .update(11, ["priority": "high", "due": "friday"])),
        HeldOutCase(["add clear the gutters", "no rush"], .update(11, ["priority": "low"])),
        HeldOutCase("make the passport high priority and due by the end of the week", .update(7, ["priority": "high", "due": "end of week"])),
        HeldOutCase("set the bike to low priority and weekly", .update(10, ["priority": "low", "recurrence": "weekly"])),
        HeldOutCase("make task 8 urgent and tag it home", .update(8, ["priority": "high", "tags": .array([.string("home")])])),
        HeldOutCase("passport: low priority, due the 20th, tag it admin",
                    .update(7, ["priority": "low", "due": "2026-12-20", "tags": .array([.string("admin")])])),
        HeldOutCase("the bike - make it urgent and add the weekend tag",
                    .update(10, ["priority": "high", "tags": .array([.string("weekend")])])),
    ])
    func theFieldsChangeTheTaskNamed(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A level said after a new date goes with it ("w/" and "prio" are shorthand).
    @Test(arguments: [
        HeldOutCase("move #4 to monday w/ high prio", .update(4, ["due": "monday", "priority": "high"])),
        HeldOutCase("push the dentist to friday and low priority", .update(2, ["due": "friday", "priority": "low"])),
        HeldOutCase("shift the garage to saturday, top priority", .update(8, ["due": "saturday", "priority": "high"])),
    ])
    func aLevelAfterTheNewDateChangesToo(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// With no task named before, a field alone asks which task; a title made of field
    /// words is still a rename.
    @Test(arguments: [
        HeldOutCase("high priority", .asksWhich),
        HeldOutCase("rename the bike to high priority bike repair", .update(10, ["title": "High priority bike repair"])),
    ])
    func withNothingNamedItAsks(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A repeat on a weekday is one field, though it dates the task too; a task set up is
    /// a new one.
    @Test(arguments: [
        HeldOutCase("set the garage one to repeat every monday", .update(8, ["due": "monday", "recurrence": "weekly"])),
        HeldOutCase(["add call the council", "make that every friday"], .update(11, ["due": "friday", "recurrence": "weekly"])),
        HeldOutCase("set up a task to sweep the yard every monday", .add("Sweep the yard", ["due": "monday", "recurrence": "weekly"])),
    ])
    func oneFieldIsNotReadAsTwo(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
