import Testing
@testable import AgentCore

/// Requests with something said around them: a date followed by "now" or by why ("to saturday
/// we are free then"), a repeat "from now on", a reason with no comma, news after a new task,
/// two sentences, a note introduced by its task. Each is judged as a held-out row is.
@Suite struct CommentedRequestTests {
    @Test(arguments: [
        HeldOutCase("the bike is due on monday now", .update(10, ["due": "2026-11-30"])),
        HeldOutCase("heading into town later, anything about the bike?", .lists(["search": "bike"])),
        HeldOutCase("we're off to the cash and carry, what's tagged shopping", .lists(["tag": "shopping"])),
        HeldOutCase("add renew the car tax, it's due the 14th", .add("Renew the car tax", ["due": "2026-12-14"])),
        HeldOutCase("move the bike to saturday we are free then", .update(10, ["due": "2026-11-28"])),
        HeldOutCase("fix the bike should be monthly from now on", .update(10, ["recurrence": "monthly"])),
        HeldOutCase("rename task 8s title to clear out the garage", .update(8, ["title": "Clear out the garage"])),
        HeldOutCase("delete task 4 no longer needed", .delete(4)),
        HeldOutCase("take the due date off task 2, theres no deadline now", .update(2, ["due": .null])),
        HeldOutCase("what did we already complete", .lists(["status": "completed"])),
        HeldOutCase("for the bike, add a note: back tyre is flat", .update(10, ["description": "Back tyre is flat"])),
        HeldOutCase("passport details: expires in march", .update(7, ["description": "Expires in march"])),
        HeldOutCase("add pick up the cake friday, the party is on sunday", .add("Pick up the cake", ["due": "2026-11-27"])),
        HeldOutCase("remind me to book the hall tmrw: its for the school fair", .add("Book the hall", ["due": "2026-11-27"])),
        HeldOutCase("the bike is fixed. now make the garage high priority",
                    .writes([.complete(10), .update(8, ["priority": "high"])])),
        HeldOutCase("could you do me a favour and add order new glasses", .add("Order new glasses")),
        HeldOutCase("bike notes: need 2 tyres and a chain", .update(10, ["description": "Need 2 tyres and a chain"])),
        HeldOutCase("leave a note on the garage one saying the key is under the mat", .update(8, ["description": "The key is under the mat"])),
        HeldOutCase("pop a note on the flights that says window seat for mum", .update(6, ["description": "Window seat for mum"])),
        HeldOutCase("bike notes: the chian is rusty, need 2 new tyres too", .update(10, ["description": "The chian is rusty, need 2 new tyres too"])),
        HeldOutCase("add need 2 new tyres for the car", .add("Need 2 new tyres for the car")),
        HeldOutCase("the passport is due on the 9th now", .update(7, ["due": "2026-12-09"])),
        HeldOutCase("any work stuff due this wk?", .lists(["tag": "work", "status": "pending", "due_before": "2026-11-29", "sort": "due"])),
    ])
    func theRequestIsReadWithoutTheComment(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add meeting notes: budget and hiring", .add("Meeting notes: budget and hiring")),
        HeldOutCase("note to self: buy stamps", .add("Buy stamps")),
        HeldOutCase("add call mom, it is urgent", .add("Call mom", ["priority": "high"])),
        HeldOutCase("would you mind adding renew the car tax", .add("Renew the car tax")),
    ])
    func aNewTaskStaysANewTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
