import Testing
@testable import AgentCore

/// The English of Singapore ("can … or not"), India ("do the needful"), Australia ("pop on
/// the list: …") and everywhere else, and short requests that name a list or a value the
/// old reading got wrong.
@Suite struct EverydayEnglishesTests {
    @Test(arguments: [
        HeldOutCase("can tick off the rent or not", .complete(3)),
        HeldOutCase("please do the needful and delete task 8", .delete(8)),
        HeldOutCase("pop on the list: light bulbs, batteries and string", .writes([.add("Light bulbs"), .add("Batteries"), .add("String")])),
        HeldOutCase("the bike also needs a weekend tag", .update(10, ["tags": .array([.string("weekend")])])),
        HeldOutCase("task 7 – due in three days", .update(7, ["due": "2026-11-29"])),
        HeldOutCase("need the garage cleaned by saturday", .update(8, ["due": "2026-11-28"])),
    ])
    func regionalWordingReadsAsTheRequest(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("urgent only please", .lists(["priority": "high"])),
        HeldOutCase("show high", .lists(["priority": "high"])),
        HeldOutCase("show tomorrow", .lists(["status": "pending", "due_before": "2026-11-27", "sort": "due"])),
        HeldOutCase("list passport", .lists(["search": "passport"])),
        HeldOutCase("travel things still to do", .lists(["status": "pending", "tag": "travel"])),
        HeldOutCase("is the bike on my list?", .replies("pending")),
    ])
    func aShortListRequestIsNeverATask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        // A new level after the task is a change, not an emptied field.
        HeldOutCase("drop the priority on the dentist to low", .update(2, ["priority": "low"])),
        HeldOutCase("remove the priority from the dentist", .update(2, ["priority": .null])),
        // The old name said after the new one is no part of it.
        HeldOutCase(["add fix the fence", "call it mend the fence not fix the fence"], .update(11, ["title": "Mend the fence"])),
        HeldOutCase(["add x", "call it do not disturb sign"], .update(11, ["title": "Do not disturb sign"])),
        HeldOutCase(["show me the low priority stuff", "it can go on sunday"], .update(8, ["due": "2026-11-29"])),
        HeldOutCase(["what's left", "the 3rd one, push it to monday"], .update(3, ["due": "2026-11-30"])),
    ])
    func aValueOrAPlaceIsReadWhereItStands(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add renew the parking permit the week after next", .add("Renew the parking permit", ["due": "2026-12-07"])),
        HeldOutCase("add dentist checkup 3 weeks today", .add("Dentist checkup", ["due": "2026-12-17"])),
        HeldOutCase("what's due within the next 10 days", .lists(["status": "pending", "due_before": "2026-12-06", "sort": "due"])),
        HeldOutCase("anything due on or before the 3rd?", .lists(["status": "pending", "due_before": "2026-12-03", "sort": "due"])),
        HeldOutCase("need to: defrost the freezer; call the landlord", .writes([.add("Defrost the freezer"), .add("Call the landlord")])),
        HeldOutCase("flights are my top thing for friday", .update(6, ["due": "2026-11-27", "priority": "high"])),
        HeldOutCase("put the flights monday morning", .update(6, ["due": "2026-11-30T09:00:00Z"])),
        HeldOutCase("put the passport at 3pm tomorrow", .update(7, ["due": "2026-11-27T15:00:00Z"])),
        HeldOutCase(["show my work stuff", "anything else work-related still to do?"], .lists(["status": "pending", "tag": "work"])),
        HeldOutCase(["complete task 9", "hold on reverse that, wrong one"], .writes([.undo])),
        // A time no rule read is asked about, never written into a title.
        HeldOutCase("add coffee with Ana for 10.15 on friday", .writesNothing),
    ])
    func datesAndPlansOfTheNextDays(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
