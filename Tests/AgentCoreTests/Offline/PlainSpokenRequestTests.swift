import Testing
@testable import AgentCore

/// Requests said the way people talk rather than type commands: "put" before what to do,
/// a name for the listener, "don't forget,", "how to …" for "please …", "never mind about
/// X", and thanks or a sigh that ask for nothing.
@Suite struct PlainSpokenRequestTests {
    @Test(arguments: [
        HeldOutCase("put ring the boiler man on friday at 9:30", .add("Ring the boiler man", ["due": "friday at 09:30"])),
        HeldOutCase("would you put down to send the cards next tuesday, duck", .add("Send the cards", ["due": "2026-12-01"])),
        HeldOutCase("delete the garage task, love, it's done with", .delete(8)),
        HeldOutCase("don't forget, water the ferns every 3 days", .add("Water the ferns", ["recurrence": "every 3 days"])),
        HeldOutCase("add pay the window cleaner and also book the chimney sweep", .writes([.add("Pay the window cleaner"), .add("Book the chimney sweep")])),
        HeldOutCase("add renew the parking permit hi priority", .add("Renew the parking permit", ["priority": "high"])),
        HeldOutCase("how to delete the bike task? I sold it", .delete(10)),
        HeldOutCase("never mind about the garage", .delete(8)),
        HeldOutCase("the bicycle is repaired", .complete(10)),
        HeldOutCase("the garage one needs doing by friday", .update(8, ["due": "friday"])),
        HeldOutCase("the dentist is done, thanks be to God", .complete(2)),
        HeldOutCase("tick off groceires pls", .complete(1)),
        HeldOutCase("saturday: collect the logs", .add("Collect the logs", ["due": "saturday"])),
        HeldOutCase("add ring the school (about the trip money)", .add("Ring the school", ["description": "about the trip money"])),
        HeldOutCase("add renew the lease on the 20th - urgent", .add("Renew the lease", ["due": "2026-12-20", "priority": "high"])),
        HeldOutCase("add defrost the fridge and descale the iron", .writes([.add("Defrost the fridge"), .add("Descale the iron")])),
        HeldOutCase("add ring the vet thursday... no actually make it friday", .add("Ring the vet", ["due": "friday"])),
        HeldOutCase("make the garage medium priority, no wait, high", .update(8, ["priority": "high"])),
        HeldOutCase("Delete the bike task. I sold it last week.", .delete(10)),
        HeldOutCase("when is the passport due?", .lists(["search": "passport"])),
        HeldOutCase("we should delete the garage one", .delete(8)),
        HeldOutCase("i need to tick off task 4", .complete(4)),
        HeldOutCase("I need to cancel the gym membership", .add("Cancel the gym membership")),
        HeldOutCase("the garage could be medium priority", .update(8, ["priority": "medium"])),
        HeldOutCase("please change the passport date to 9 december", .update(7, ["due": "2026-12-09"])),
        HeldOutCase("finished the big shop", .complete(1)),
        HeldOutCase("would you be able to add a task to ring the bank by the 9th?", .add("Ring the bank", ["due": "2026-12-09"])),
        HeldOutCase("chur, the bike is sorted", .complete(10)),
        HeldOutCase("add collect the turkey saturday so I will", .add("Collect the turkey", ["due": "saturday"])),
        HeldOutCase("add po: call lola tomorrow", .add("Call lola", ["due": "tomorrow"])),
        HeldOutCase("add pay the road tax in 5th of Jan", .add("Pay the road tax", ["due": "2027-01-05"])),
        HeldOutCase("add wrap the gifts and label the hampers", .writes([.add("Wrap the gifts"), .add("Label the hampers")])),
        HeldOutCase("add dinner with sam friday and drinks with jo saturday",
                    .writes([.add("Dinner with sam", ["due": "friday"]), .add("Drinks with jo", ["due": "saturday"])])),
        HeldOutCase("passport low", .update(7, ["priority": "low"])),
        HeldOutCase("Please add task 'renew the parking permit' with deadline 2026-12-18.",
                    .add("Renew the parking permit", ["due": "2026-12-18"])),
        HeldOutCase("not sure it matters but add order a spare key", .add("Order a spare key")),
        HeldOutCase("could the bike go to saturday", .update(10, ["due": "saturday"])),
        HeldOutCase("the garage needs clearing by sunday", .update(8, ["due": "sunday"])),
        HeldOutCase("for the bike please change the date to the 12th", .update(10, ["due": "2026-12-12"])),
        HeldOutCase("Dave wants the passport moved to friday", .update(7, ["due": "friday"])),
        HeldOutCase("bike: make it high priority and add the weekend tag", .update(10, ["priority": "high", "tags": ["weekend"]])),
        HeldOutCase("the bike and the passport both to monday", .writes([.update(10, ["due": "monday"]), .update(7, ["due": "monday"])])),
        HeldOutCase("Kindly add a task to file the tax return by the 20th, with high priority.",
                    .add("File the tax return", ["due": "2026-12-20", "priority": "high"])),
    ])
    func theRequestIsRead(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        "Thank you so much, you've been brilliant this week, that's all for now!",
        "how do I delete a task?",
    ])
    func thanksAndHowToQuestionsWriteNothing(_ text: String) async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(text, .writesNothing))
    }
}
