import Testing
@testable import AgentCore

/// Two or more quoted titles in one add: a task each, with its own fields and the shared ones.
@Suite struct QuotedTitlesTests {
    @Test(arguments: [
        HeldOutCase("add 'renew the tv licence' monthly and 'book the mot' on monday",
                    .writes([.add("Renew the tv licence", ["recurrence": "monthly"]), .add("Book the mot", ["due": "2026-11-30"])])),
        HeldOutCase("add 'order the cake' and 'send the invites', both for saturday",
                    .writes([.add("Order the cake", ["due": "2026-11-28"]), .add("Send the invites", ["due": "2026-11-28"])])),
        HeldOutCase("add 'water the lawn' - urgent - and also 'clean the gutters'",
                    .writes([.add("Water the lawn", ["priority": "high"]), .add("Clean the gutters")])),
    ])
    func eachQuotedTitleIsATask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Quotes inside one title, or words before the first quote, are no list of titles.
    @Test func quotesInsideATitleAreNotAList() {
        #expect(QuotedTitles.tasks(in: "read 'Dune' and 'Emma'") == nil)
        #expect(QuotedTitles.tasks(in: "'buy milk'") == nil)
    }
}
