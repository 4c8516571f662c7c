import Testing
@testable import AgentCore

/// Requests typed one per line, numbered or bulleted, and lists announced with their count.
/// Lines that are tasks become tasks; lines that ask for something are done in order, so
/// "2. delete the garage one" is never a task called that.
@Suite struct LinedRequestsTests {
    @Test(arguments: [
        HeldOutCase("1) passport is renewed\n2) move the dentist to monday", .writes([.complete(7), .update(2, ["due": "monday"])])),
        HeldOutCase("- show my work tasks\n- oldest first", .lists(["tag": "work", "sort": "created"])),
        HeldOutCase("• add order the logs\n• due friday\n• urgent", .add("Order the logs", ["due": "friday", "priority": "high"])),
        HeldOutCase("1. ring the council\n2. email sarah is done", .writes([.add("Ring the council"), .complete(9)])),
    ])
    func linesThatAskAreDoneInOrder(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("- clear the gutters\n- finish the report\n- ring the council friday",
                    .writes([.add("Clear the gutters"), .add("Finish the report"), .add("Ring the council", ["due": "friday"])])),
        HeldOutCase("can you add these\n1. add descale the kettle\n2. hoover the stairs", .writes([.add("Descale the kettle"), .add("Hoover the stairs")])),
    ])
    func linesOfThingsToDoAreTasks(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add 2 things: pick up the suit from the tailor, and return the library books friday",
                    .writes([.add("Pick up the suit from the tailor"), .add("Return the library books", ["due": "friday"])])),
        HeldOutCase("add three things: wash the car, feed the fish and call the plumber",
                    .writes([.add("Wash the car"), .add("Feed the fish"), .add("Call the plumber")])),
    ])
    func aCountedListIsAsManyTasksAsItSays(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
