import Testing
@testable import AgentCore

/// Requests as people write them mid-thought (a story first, then "add …"; why the task
/// matters, after it) and as people write them between jobs ("job 4", "2 tins of paint").
@Suite struct BrainDumpAndTradeWordingTests {
    @Test(arguments: [
        HeldOutCase("honestly the fridge smells awful (don't ask) - add defrost the freezer on sunday",
                    .add("Defrost the freezer", ["due": "2026-11-29"])),
        HeldOutCase("why can i never remember birthdays. add buy a card for gran by friday", .add("Buy a card for gran", ["due": "2026-11-27"])),
        HeldOutCase("my phone died on the bus this morning ugh, add charge the power bank", .add("Charge the power bank")),
        HeldOutCase("add renew the parking permit because apparently it ran out", .add("Renew the parking permit")),
        HeldOutCase("add practise piano every day, trying to get better before the recital lol", .add("Practise piano", ["recurrence": "daily"])),
        HeldOutCase("add call the insurer, been meaning to for ages", .add("Call the insurer")),
        HeldOutCase("add pay the council tax, due dec 3rd before they send a letter", .add("Pay the council tax", ["due": "2026-12-03"])),
        HeldOutCase("add soak the beans tomorrow or we'll have no dinner", .add("Soak the beans", ["due": "2026-11-27"])),
        HeldOutCase("add renew my library card, i swear i will do it this time", .add("Renew my library card")),
        HeldOutCase("put these on the list: ring the garage, post the forms", .writes([.add("Ring the garage"), .add("Post the forms")])),
        HeldOutCase("add the following: milk, eggs and bread", .writes([.add("Milk"), .add("Eggs"), .add("Bread")])),
        HeldOutCase("add these: ring the garage and the bank, post the forms",
                    .writes([.add("Ring the garage and the bank"), .add("Post the forms")])),
        HeldOutCase("add cable ties, 4 tins of paint and masking tape", .writes([.add("Cable ties"), .add("4 tins of paint"), .add("Masking tape")])),
        HeldOutCase("add wash the car on saturday actually no make it monday", .add("Wash the car", ["due": "2026-11-30"])),
        HeldOutCase("got a new one for you: paint the shed", .add("Paint the shed")),
        HeldOutCase("add teabags, sugar and foil - running low on all of it", .writes([.add("Teabags"), .add("Sugar"), .add("Foil")])),
        HeldOutCase("add ring the school and put a note saying ask about the trip", .add("Ring the school", ["description": "ask about the trip"])),
        HeldOutCase("add phone the scaffolders + email the architect", .writes([.add("Phone the scaffolders"), .add("Email the architect")])),
        HeldOutCase("add 3 bags of plaster and 2 boxes of nails", .writes([.add("3 bags of plaster"), .add("2 boxes of nails")])),
        HeldOutCase("pls ad pick up the prescription tomorrow", .add("Pick up the prescription", ["due": "2026-11-27"])),
        HeldOutCase("add repaint the fence on saturday and also fix the gate latch",
                    .writes([.add("Repaint the fence", ["due": "2026-11-28"]), .add("Fix the gate latch")])),
    ])
    func theTaskIsAddedWithoutTheStory(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("job 4 done", .complete(4)),
        HeldOutCase("push ticket 9 to monday", .update(9, ["due": "2026-11-30"])),
        HeldOutCase("the garage isn't low priority any more", .update(8, ["priority": "medium"])),
        HeldOutCase("make the rent every friday", .update(3, ["due": "2026-11-27", "recurrence": "weekly"])),
        HeldOutCase("can't make the garage on saturday, family stuff came up - move it to sunday", .update(8, ["due": "2026-11-29"])),
        HeldOutCase(["add book the plumber", "add buy a doormat", "the first one should be on monday"], .update(11, ["due": "2026-11-30"])),
        HeldOutCase(["delete the garage", "hold on, i still need that, undo"], .writes([.undo])),
        HeldOutCase(["mark the bike done", "go back, it's still broken"], .writes([.undo])),
    ])
    func theTaskIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("list the travel-tagged ones", .lists(["tag": "travel"])),
        HeldOutCase("what's medium priority", .lists(["priority": "medium"])),
        HeldOutCase("anything on the work tag", .lists(["tag": "work"])),
        HeldOutCase("what's due this week? i need to plan my weekend",
                    .lists(["status": "pending", "due_before": "2026-11-29", "sort": "due"])),
    ])
    func theListIsShown(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Misreadings that used to write: a title left with a gap, a task renamed "That", a
    /// reason's day taken for the new one.
    @Test(arguments: [
        "take the important off the oat milk",
        "the plumber can't come till the 9th of december so change the bike's due date to that",
        "what have i done this week? i need to feel better about it",
    ])
    func nothingWrongIsWritten(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(!said.exchanges.contains { $0.isWrite && ($0.name == TaskTool.addTask.rawValue || $0.arguments["title"] != nil) }, "\(said.reply)")
    }
}
