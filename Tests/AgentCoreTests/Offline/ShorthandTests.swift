import Testing
@testable import AgentCore

/// Shorthand as people type it ("b4", "thru", "chg", "&", "today itself") is read as the words
/// it stands for, and a title keeps the way it was written ("Smith & Sons").
@Suite struct ShorthandTests {
    @Test(arguments: [
        HeldOutCase("fix the gate b4 sunday", .add("Fix the gate", ["due": "2026-11-29"])),
        HeldOutCase("chg due on #7 to mon", .update(7, ["due": "2026-11-30"])),
        HeldOutCase("the trip fell thru, delete book flights", .delete(6)),
        HeldOutCase("pay the plumber today itself", .add("Pay the plumber", ["due": "2026-11-26"])),
        HeldOutCase("add call Smith & Sons tomorrow", .add("Call Smith & Sons", ["due": "2026-11-27"])),
        HeldOutCase("tick off groceries & add buy bread", .writes([.complete(1), .add("Buy bread")])),
        HeldOutCase("kindly share my work tasks", .lists(["tag": "work"])),
        HeldOutCase("add team huddle thurs 9a", .add("Team huddle", ["due": "thursday at 09:00"])),
        HeldOutCase("add collect the tux 4p saturday", .add("Collect the tux", ["due": "saturday at 16:00"])),
        HeldOutCase("add deliver the parcel to flat 10a", .add("Deliver the parcel to flat 10a")),
        HeldOutCase("the passport is due on the 14th this time", .update(7, ["due": "2026-12-14"])),
        HeldOutCase("set email sarah for monday", .update(9, ["due": "2026-11-30"])),
        HeldOutCase("add title=\"Quarterly review\" prio=high", .add("Quarterly review", ["priority": "high"])),
    ])
    func shorthandReadsAsItsWords(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A day corrected as it is said, a tester's key=value fields, and openers that say nothing.
    @Test(arguments: [
        HeldOutCase("add renew the permit on friday, no wait, I mean monday", .add("Renew the permit", ["due": "2026-11-30"])),
        HeldOutCase("move book flights to friday sorry monday not friday", .update(6, ["due": "2026-11-30"])),
        HeldOutCase("prio(#8)=high", .update(8, ["priority": "high"])),
        HeldOutCase("add 'order toner' prio=low due=fri", .add("Order toner", ["due": "2026-11-27", "priority": "low"])),
        HeldOutCase("rm #4", .delete(4)),
        HeldOutCase("ticked off the rent for the month", .complete(3)),
        HeldOutCase("right so, add call the depot", .add("Call the depot")),
        HeldOutCase("i want add water the lawn", .add("Water the lawn")),
    ])
    func correctionsAndFieldsReadAsMeant(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A terminal's escape sequences pasted with the message go whole, not just their ESC byte.
    @Test(arguments: [
        HeldOutCase("add \u{1B}]0;pwned\u{07}buy milk \u{1B}[2Jtomorrow", .add("Buy milk", ["due": "2026-11-27"])),
        HeldOutCase("\u{1B}[31mcomplete task 4\u{1B}[0m", .complete(4)),
    ])
    func escapeSequencesLeaveNoTrace(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A title's own words stay in it: a tagging verb that starts it, a remark after a comma leaves.
    @Test(arguments: [
        HeldOutCase("remind me to label jars for the fete", .add("Label jars for the fete")),
        HeldOutCase("need to label all the freezer bags", .add("Label all the freezer bags")),
        HeldOutCase("add oil the hinges, they keep squeaking", .add("Oil the hinges")),
        HeldOutCase("dentist checkup on friday, please add", .add("Dentist checkup", ["due": "2026-11-27"])),
    ])
    func theTitleIsWhatIsToBeDone(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
