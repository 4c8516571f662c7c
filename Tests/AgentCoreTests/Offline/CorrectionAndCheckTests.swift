import Testing
@testable import AgentCore

/// People who check the list before acting, correct the assistant after it acted, and write
/// titles full of words that are also commands or fields ("the weekly veg box").
@Suite struct CorrectionAndCheckTests {
    @Test(arguments: [
        HeldOutCase(["complete the bike", "no, I meant the garage"], .writes([.undo, .complete(8)])),
        HeldOutCase(["delete task 6", "wrong one, it's task 9"], .writes([.undo, .delete(9)])),
        HeldOutCase(["move the bike to saturday", "oops not that one, the passport"], .writes([.undo, .update(7, ["due": "2026-11-28"])])),
        HeldOutCase(["delete the garage task", "hold on, bring it back"], .writes([.undo])),
    ])
    func aCorrectionTakesBackTheChangeAndMakesItOnTheTaskNamed(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func aCorrectionAfterAQuestionChangesOnlyTheTaskNamed() async throws {
        // Nothing was changed, so there is nothing to take back.
        try await HeldOutTests.expectHeld(HeldOutCase(["delete the unicorn task", "sorry, I meant task 10"], .delete(10)))
    }

    @Test(arguments: [
        HeldOutCase("have I done the shopping yet?", .lists(["search": "shopping"])),
        HeldOutCase("is the passport task still on there?", .lists(["search": "passport"])),
        HeldOutCase("bike still on the list?", .lists(["search": "bike"])),
        HeldOutCase(["did i do the garage?", "no? then push it to saturday"], .update(8, ["due": "2026-11-28"])),
        HeldOutCase(["do we still need to pay the rent", "ok it's paid now, tick it off"], .complete(3)),
    ])
    func aQuestionAboutATaskSearchesForItAndLetsTheNextMessageCallItIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add paint, brushes & tape", .writes([.add("Paint"), .add("Brushes"), .add("Tape")])),
        HeldOutCase("can you add: 1) call the vet 2) buy bird seed", .writes([.add("Call the vet"), .add("Buy bird seed")])),
        HeldOutCase("pop these on the list: wash the car, walk the dog", .writes([.add("Wash the car"), .add("Walk the dog")])),
        HeldOutCase("add sort the loft, no hurry on it", .add("Sort the loft", ["priority": "low"])),
        HeldOutCase("add renew the monthly parking permit", .add("Renew the monthly parking permit")),
        HeldOutCase("add pay the yearly tv licence", .add("Pay the yearly tv licence")),
        HeldOutCase("urgent! renew the car tax", .add("Renew the car tax", ["priority": "high"])),
        HeldOutCase("add pick up the cake for friday.. no sorry saturday", .add("Pick up the cake", ["due": "2026-11-28"])),
    ])
    func aTitleKeepsItsOwnWordsAndALeadOrListIsRead(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("rent is not so urgent, low will do", .update(3, ["priority": "low"])),
        HeldOutCase("bike - note: chain is rusty, the gears slip too", .update(10, ["description": "chain is rusty, the gears slip too"])),
        HeldOutCase("set the labels on the bike to repair and weekend", .update(10, ["tags": ["repair", "weekend"]])),
        HeldOutCase("the rent's paid, cross it off", .complete(3)),
        HeldOutCase("the garage is really clean", .complete(8)),
        HeldOutCase("make the flights high priority, seats selling out fast", .update(6, ["priority": "high"])),
        HeldOutCase("list all in name order", .lists(["sort": "title"])),
    ])
    func aChangeIsReadWithItsRemarkOrSettledLevel(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func aWeeklyThingIsStillARepeatWhenSaidOfTheTask() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("add a weekly task: water the herbs", .add("Water the herbs", ["recurrence": "weekly"])))
        try await HeldOutTests.expectHeld(HeldOutCase("add check the veg box weekly", .add("Check the veg box", ["recurrence": "weekly"])))
    }

    @Test func aBacktickBetweenLettersIsAnApostrophe() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("add book the cat`s jabs", .add("Book the cat's jabs")))
    }
}
