import Testing
@testable import AgentCore

/// Words of Scots, thanks said in other languages and tags of other Englishes ("eh", "sweet
/// as"), command-line habits ("todo done 4"), and what dictation mishears ("right the
/// report"), read as the request they carry.
@Suite struct DialectAndDictationTests {
    @Test(arguments: [
        HeldOutCase("remind me tae ring the plumber the morra", .add("Ring the plumber", ["due": "tomorrow"])),
        HeldOutCase("abeg wetin I never do?", .lists(["status": "pending"])),
        HeldOutCase("i didnae fix the bike yet, move it to saturday", .update(10, ["due": "saturday"])),
        HeldOutCase("add pick up the tickets on friday, gracias", .add("Pick up the tickets", ["due": "friday"])),
        HeldOutCase("add defrost the freezer tonight eh", .add("Defrost the freezer", ["due": "2026-11-26T20:00:00Z"])),
        HeldOutCase("add wash the car saturday, sweet as", .add("Wash the car", ["due": "saturday"])),
        HeldOutCase("todo done 8", .complete(8)),
        HeldOutCase("todo rm 4", .delete(4)),
        HeldOutCase("adddd buy stamps", .add("Buy stamps")),
        HeldOutCase("need to right a thank you card", .add("Write a thank you card")),
        HeldOutCase("add right the minutes by monday", .add("Write the minutes", ["due": "monday"])),
        HeldOutCase("add turn right at the roundabout sign by friday", .add("Turn right at the roundabout sign", ["due": "friday"])),
        HeldOutCase("Help me add one task: call the bank, tag is money", .add("Call the bank", ["tags": ["money"]])),
        HeldOutCase("howay man, the bike is finally fixed, canny job", .complete(10)),
        HeldOutCase("howay, move the passport to friday", .update(7, ["due": "friday"])),
        HeldOutCase("add ring the landlord tomorrow yeah man", .add("Ring the landlord", ["due": "tomorrow"])),
        HeldOutCase("add renew road tax tomorrow can or not", .add("Renew road tax", ["due": "tomorrow"])),
        HeldOutCase("add service the aircon saturday can ah", .add("Service the aircon", ["due": "saturday"])),
        HeldOutCase("the bike's fixed la, sound", .complete(10)),
        HeldOutCase("bin the garage one la, we're moving", .delete(8)),
        HeldOutCase("tidy, the passport's renewed", .complete(7)),
        HeldOutCase("Emailed Sarah just now, lush", .complete(9)),
        HeldOutCase("sweet as, rent's paid", .complete(3)),
        HeldOutCase("I don pay the rent o, mark am done", .complete(3)),
        HeldOutCase("y'all go ahead and bin the bike one", .delete(10)),
        HeldOutCase("finally booked the flights rn", .complete(6)),
        HeldOutCase("add order the feed friday, i'm fixin to run out", .add("Order the feed", ["due": "friday"])),
        HeldOutCase("that's the bike fixed, tick it aff", .complete(10)),
        HeldOutCase("delete the passport yin", .delete(7)),
        HeldOutCase("the passport can wait, stick it doon tae low priority", .update(7, ["priority": "low"])),
        HeldOutCase("move the bike tae friday wi high priority", .update(10, ["due": "friday", "priority": "high"])),
        HeldOutCase("add mend the gate, nowt urgent", .add("Mend the gate", ["priority": "low"])),
        HeldOutCase("owt about the passport on there?", .lists(["search": "passport"])),
        HeldOutCase("the bike can wait while monday", .update(10, ["due": "monday"])),
        HeldOutCase("finished fixin' the bike", .complete(10)),
        HeldOutCase("reckon the dentist is sorted now, tick it off", .complete(2)),
        HeldOutCase("I made the payment for the rent", .complete(3)),
        HeldOutCase("add renew the car tax until day 10", .add("Renew the car tax", ["due": "2026-12-10"])),
        HeldOutCase("add paint the shed, dreckly", .add("Paint the shed")),
        HeldOutCase("rent's paid, proper job", .complete(3)),
        HeldOutCase("canny, the passport's renewed noo", .complete(7)),
        HeldOutCase("boss, push the bike to friday la", .update(10, ["due": "friday"])),
        HeldOutCase("what's still on wor list?", .lists(["status": "pending"])),
        HeldOutCase("add take wor lass to the match", .add("Take wor lass to the match")),
        HeldOutCase("scrap the bike, me dad's fixing it", .delete(10)),
        HeldOutCase("add ring me nan on sunday", .add("Ring me nan", ["due": "sunday"])),
        HeldOutCase("add remind me to call the vet", .add("Call the vet")),
        HeldOutCase("I have paid the rent oo", .complete(3)),
        HeldOutCase("move the bike two friday", .update(10, ["due": "friday"])),
        HeldOutCase("giz a reminder to fix the gate on sunday", .add("Fix the gate", ["due": "sunday"])),
        HeldOutCase("move the bike dew date to saturday", .update(10, ["due": "saturday"])),
        HeldOutCase("paid the rent there now, grand so", .complete(3)),
        HeldOutCase("add mend the stile afore monday", .add("Mend the stile", ["due": "monday"])),
        HeldOutCase("the bike dun't want fixing till the 20th, that'll do", .update(10, ["due": "2026-12-20"])),
        HeldOutCase("gonnae move the dentist tae friday", .update(2, ["due": "friday"])),
        HeldOutCase("put the garage pon low priority", .update(8, ["priority": "low"])),
        HeldOutCase("pls mv th dentist 2 fri", .update(2, ["due": "friday"])),
        HeldOutCase("email sarah change due date to monday", .update(9, ["due": "monday"])),
        HeldOutCase("the passport's renewed, sure look", .complete(7)),
        HeldOutCase("add return the library books friday week, cheers drive", .add("Return the library books", ["due": "2026-12-04"])),
        HeldOutCase("push the dentist to a week on monday, bless you", .update(2, ["due": "2026-12-07"])),
        HeldOutCase("add... erm... bleed the radiators... tomorrow", .add("Bleed the radiators", ["due": "tomorrow"])),
        HeldOutCase("pop a wee note on the garage: ask dad for the ladder", .update(8, ["description": "ask dad for the ladder"])),
        HeldOutCase("put in the notes for the flights: aisle seats", .update(6, ["description": "aisle seats"])),
        HeldOutCase("make the bike and the garage both saturday", .writes([.update(10, ["due": "saturday"]), .update(8, ["due": "saturday"])])),
        HeldOutCase("add get the turkey in, tara a bit", .add("Get the turkey in")),
        HeldOutCase("shift the dentist to monday after my shift", .update(2, ["due": "monday"])),
        HeldOutCase("move the passport to friday once we're back", .update(7, ["due": "friday"])),
    ])
    func theRequestIsReadInPlainEnglish(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("Hello! The bike's fixed. Hope you're well.", .complete(10)),
        HeldOutCase("cheers! delete the garage task", .delete(8)),
        HeldOutCase("booked the flights! add pack the suitcase friday too", .writes([.complete(6), .add("Pack the suitcase", ["due": "friday"])])),
        HeldOutCase(["add get a tree", "nah delete that"], .delete(11)),
    ])
    func chatAroundARequestIsPassedOver(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
