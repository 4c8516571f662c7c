import Testing
@testable import AgentCore

/// Hinglish as it is typed: the verb last ("hata do", "ho gaya", "add kar do"), "wala" after
/// a name, "tak" for the day, "kya … hai" for a question.
@Suite struct HinglishTests {
    @Test(arguments: [
        HeldOutCase("garage wala task hata do", .delete(8)),
        HeldOutCase("rent wala kaam ho gaya", .complete(3)),
        HeldOutCase("call the plumber kal nahi, monday ko, add kar do", .add("Call the plumber", ["due": "2026-11-30"])),
        HeldOutCase("get the car washed saturday, add kar do na", .add("Get the car washed", ["due": "2026-11-28"])),
        HeldOutCase("ek task add kar do - pay the milkman on the 5th", .add("Pay the milkman", ["due": "2026-12-05"])),
        HeldOutCase("dentist wala monday tak kar do", .update(2, ["due": "2026-11-30"])),
        HeldOutCase("kya pending hai?", .lists(["status": "pending"])),
        HeldOutCase("add buy diyas tomorrow only", .add("Buy diyas", ["due": "2026-11-27"])),
        HeldOutCase("bike aur garage dono done kar do", .writes([.complete(10), .complete(8)])),
    ])
    func hinglishIsReadAsTheRequestItMakes(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}

/// Nigerian Pidgin and Jamaican Creole, read only when a word no English sentence has is there.
@Suite struct PidginTests {
    @Test(arguments: [
        HeldOutCase("abeg comot the garage task", .delete(8)),
        HeldOutCase("mi done wid di bike", .complete(10)),
        HeldOutCase("mi done fix di bike", .complete(10)),
        HeldOutCase("wetin dey my list", .lists([:])),
        HeldOutCase("add call Di about the van tomorrow", .add("Call Di about the van", ["due": "2026-11-27"])),
    ])
    func pidginIsReadAsEnglish(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["what's in work", "the second one is done"], .complete(9)),
        HeldOutCase(["what about the passport", "make it high priority"], .update(7, ["priority": "high"])),
        HeldOutCase("do i still have the bike thing on my list", .lists(["search": "bike"])),
    ])
    func aTaskAskedAfterIsTheOneTalkedAbout(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
