import Testing
@testable import AgentCore

/// How people who write formally, or in a hurry, wrap a new task: "would you be so kind as
/// to", "…, could you add that", "Thank you dear", a repeat named before "reminder", a reason
/// or a deadline in a sentence of its own. None of it belongs in the title.
@Suite struct AddCourtesyTests {
    @Test(arguments: [
        HeldOutCase("Could you be so kind as to add a task to renew the tv licence? Thank you dear.", .add("Renew the tv licence")),
        HeldOutCase("hiya, add defrost the freezer, cheers mate", .add("Defrost the freezer")),
        HeldOutCase("would you be so good as to put in a reminder to ring the bank on Monday. Thank you ever so much.",
                    .add("Ring the bank", ["due": "2026-11-30"])),
        HeldOutCase("note down that i must phone the surgery, it is very urgent", .add("Phone the surgery", ["priority": "high"])),
        HeldOutCase("pls help me to add water the garden", .add("Water the garden")),
        HeldOutCase("not sure how this works but add book a haircut", .add("Book a haircut")),
        HeldOutCase("ngl i need to renew my railcard fr", .add("Renew my railcard")),
        HeldOutCase("ad feed the cat tonight", .add("Feed the cat", ["due": "2026-11-26T20:00:00Z"])),
        HeldOutCase("add a quick job: oil the hinges", .add("Oil the hinges")),
        HeldOutCase("add onto the list: oil the hinges", .add("Oil the hinges")),
        HeldOutCase("you mind adding descale the kettle?", .add("Descale the kettle")),
        HeldOutCase("set me a reminder to phone the garage on friday", .add("Phone the garage", ["due": "friday"])),
        HeldOutCase("add bleed the radiators at 6om", .add("Bleed the radiators", ["due": "2026-11-26T18:00:00Z"])),
        HeldOutCase("i need you to add varnish the door", .add("Varnish the door")),
        HeldOutCase("add one task: renew the parking permit, priority is high", .add("Renew the parking permit", ["priority": "high"])),
        HeldOutCase("add sand the table and oil the hinges", .writes([.add("Sand the table"), .add("Oil the hinges")])),
        HeldOutCase("add collect the suit sat 1030", .add("Collect the suit", ["due": "2026-11-28T10:30:00Z"])),
        HeldOutCase("add ring nan tonight 8ish", .add("Ring nan", ["due": "2026-11-26T20:00:00Z"])),
        HeldOutCase("add wax the car 2moro", .add("Wax the car", ["due": "tomorrow"])),
        HeldOutCase("new job: bleed the brakes on the van", .add("Bleed the brakes on the van")),
        HeldOutCase("ow bist, add clean the gutters sunday ar", .add("Clean the gutters", ["due": "sunday"])),
        HeldOutCase("add order the logs by thursday chur", .add("Order the logs", ["due": "2026-12-03"])),
        HeldOutCase("i'm going to forget this so add renew the permit friday y'all", .add("Renew the permit", ["due": "friday"])),
        HeldOutCase("pls add fetch the parcel tomorrow, thanks already", .add("Fetch the parcel", ["due": "2026-11-27"])),
        HeldOutCase("pop this on my list: sand the decking on saturday", .add("Sand the decking", ["due": "saturday"])),
        HeldOutCase("kindly add to list: wash the van", .add("Wash the van")),
        HeldOutCase("basically i need to book the skip then it's for the 14th so can you add that",
                    .add("Book the skip", ["due": "2026-12-14"])),
        HeldOutCase("add put the kettle on", .add("Put the kettle on")),
        HeldOutCase("one more: add oil the gate, p1", .add("Oil the gate", ["priority": "high"])),
        HeldOutCase("quick one - add renew the domain", .add("Renew the domain")),
        HeldOutCase("add visit nan tomorrow inshallah", .add("Visit nan", ["due": "2026-11-27"])),
        HeldOutCase("add ring the insurer, it's nowt urgent", .add("Ring the insurer", ["priority": "low"])),
        HeldOutCase("add chase the invoice, it's pure urgent", .add("Chase the invoice", ["priority": "high"])),
        HeldOutCase("add fix the fence, it's all wonky", .add("Fix the fence")),
        HeldOutCase("add order the christening cake, is on sunday", .add("Order the christening cake", ["due": "sunday"])),
        HeldOutCase("add buy wrapping paper, put the tag xmas", .add("Buy wrapping paper", ["tags": .array([.string("xmas")])])),
        HeldOutCase("add bin liners and also sponges", .writes([.add("Bin liners"), .add("Sponges")])),
        HeldOutCase("Kindly add file the VAT return by 5th december itself", .add("File the VAT return", ["due": "2026-12-05"])),
    ])
    func courtesiesAreNotTheTitle(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("buy a new kettle by saturday, could you add that for me", .add("Buy a new kettle", ["due": "2026-11-28"])),
        HeldOutCase("i have to renew the tv licence, pls add it", .add("Renew the tv licence")),
        HeldOutCase("ring the council about the bins tomorrow. add that to my list", .add("Ring the council about the bins", ["due": "2026-11-27"])),
    ])
    func theAskToAddCanComeLast(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("set up a monthly reminder to check the tyre pressure", .add("Check the tyre pressure", ["recurrence": "monthly"])),
        HeldOutCase("chuck in a daily reminder to take the dog out", .add("Take the dog out", ["recurrence": "daily"])),
        HeldOutCase("please set up a weekly reminder to call dad on fridays",
                    .add("Call dad", ["recurrence": "weekly", "due": "2026-11-27"])),
    ])
    func aRepeatBeforeReminderIsTheRecurrence(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add book the venue, its my turn to host", .add("Book the venue")),
        HeldOutCase("add finish the essay. deadline is friday", .add("Finish the essay", ["due": "2026-11-27"])),
        HeldOutCase("add call the insurer. It is quite urgent.", .add("Call the insurer", ["priority": "high"])),
        HeldOutCase("add sort the tax return (the accountant wants it before christmas apparently)",
                    .add("Sort the tax return", ["due": "2026-12-25"])),
        HeldOutCase("add service the boiler, tag it home and bills", .add("Service the boiler", ["tags": ["home", "bills"]])),
    ])
    func aSentenceAfterTheTaskSaysWhyOrWhen(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// One verb over every thing after it is one errand; things alone are one task each.
    @Test func aVerbOverAListIsOneTask() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("add buy stamps, envelopes and tape", .add("Buy stamps, envelopes and tape")))
        try await HeldOutTests.expectHeld(HeldOutCase("add stamps, envelopes and tape", .writes([.add("Stamps"), .add("Envelopes"), .add("Tape")])))
    }
}
