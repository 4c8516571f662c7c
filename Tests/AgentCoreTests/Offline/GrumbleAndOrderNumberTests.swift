import Testing
@testable import AgentCore

/// Requests said with a grumble around them ("ugh fine, …", "…, we're out again", "…. sigh."),
/// and titles that hold numbers which are not task ids ("order #4521").
@Suite struct GrumbleAndOrderNumberTests {
    /// The grumble after a new task is no part of its title; the fields inside it still count.
    @Test(arguments: [
        HeldOutCase("add bin bags, we're out of them AGAIN", .add("Bin bags")),
        HeldOutCase("add descale the kettle monthly. honestly the water here is awful", .add("Descale the kettle", ["recurrence": "monthly"])),
        HeldOutCase("add pay the parking fine by monday, yes I know, don't judge", .add("Pay the parking fine", ["due": "2026-11-30"])),
        HeldOutCase("add water the lawn every 2 days. sigh.", .add("Water the lawn", ["recurrence": "every 2 days"])),
        HeldOutCase("add renew the tv licence friday or it'll lapse again", .add("Renew the tv licence", ["due": "2026-11-27"])),
        HeldOutCase("add book the boiler service, home tag, low priority", .add("Book the boiler service", ["tags": ["home"], "priority": "low"])),
        HeldOutCase("add call Dr. Patel about the results", .add("Call Dr. Patel about the results")),
    ])
    func aGrumbleIsNotTheTitle(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("ugh fine, move the stupid garage thing to saturday", .update(8, ["due": "2026-11-28"])),
        HeldOutCase("whatever, task 10 done obviously", .complete(10)),
        HeldOutCase("passport can be in a fortnight, cba before that", .update(7, ["due": "2026-12-10"])),
        HeldOutCase("change the groceries tag from shopping to food", .update(1, ["tags": ["food"]])),
        HeldOutCase("swap the flights' travel tag for holiday", .update(6, ["tags": ["holiday"]])),
        HeldOutCase("tag the garage one 'diy'", .update(8, ["tags": ["diy"]])),
        HeldOutCase("the flights should be tagged work as well", .update(6, ["tags": ["travel", "work"]])),
        HeldOutCase("items 2, 7 & 9 all done", .writes([.complete(2), .complete(7), .complete(9)])),
        HeldOutCase("email sarah isn't weekly any more, it's every 3 weeks", .update(9, ["recurrence": "every 3 weeks"])),
        HeldOutCase("change 7 to 'Renew passport and visa'. finally.", .update(7, ["title": "Renew passport and visa"])),
    ])
    func aGrumbledChangeIsMade(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "#4521" is an order number, not a tag and not task 4521.
    @Test func anOrderNumberStaysInTheTitle() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("add chase order #4521 with the courier tomorrow", .add("Chase order #4521 with the courier", ["due": "2026-11-27"])))
    }

    /// Misreadings that used to write: a sigh added as a task, a new repeat read as none, a
    /// tag swap read as a rename.
    @Test(arguments: ["i hate everything today", "we hate mondays", "ugh fine"])
    func aSighAddsNothing(_ text: String) async throws {
        try await HeldOutTests.expectNothingWritten(text)
    }

    @Test func aNewRepeatNeverDeletesTheTask() async throws {
        let said = try await HeldOutWorld().converse(["rent isn't monthly now, it's every 5 weeks"])
        #expect(!said.exchanges.contains { $0.name == TaskTool.deleteTask.rawValue }, "\(said.reply)")
    }
}
