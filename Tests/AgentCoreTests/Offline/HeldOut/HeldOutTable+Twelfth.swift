@testable import AgentCore

/// The twelfth held-out batch: 89 requests (of 100 written; seven repeated earlier tables word
/// for word, and three were classifier training sentences) from a different crowd (a GP
/// surgery receptionist, a landscape gardener, a dad running the kids' clubs, a freelance
/// designer, a speller by sound, Irish and Australian English, French and Italian speakers
/// writing English, a one-handed typist on a bus, a developer writing commit messages, a wordy
/// pensioner, people pointing at "the top one" of a list and following up on what they just
/// said), written from a user's head before any engine source or earlier batch was read.
/// Today is Thursday 26 November 2026. Four rows ask for a repeat the tools cannot keep
/// (every weekday, every year, every 3 months, yearly): the writer was wrongly told they
/// could, so those rows expect the refusal that names the repeat instead.
extension HeldOutTable {
    static let twelfth: [HeldOutCase] = [
        // MARK: adding (26)
        .init("add order more repeat prescription forms first thing tomorrow",
              .add("Order more repeat prescription forms", ["due": .string("tomorrow at 09:00")])),
        .init("new task: restock the waiting room leaflets, not urgent",
              .add("Restock the waiting room leaflets", ["priority": .string("low")])),
        .init("remind me to order 20 bags of bark mulch by the end of the week",
              .add("Order 20 bags of bark mulch", ["due": .string("2026-11-29")])),
        .init("add football training for Jack every tuesday",
              .add("Football training for Jack", ["due": .string("tuesday"), "recurrence": .string("weekly")])),
        .init("add pick up the girls from brownies at 6pm tomorrow",
              .add("Pick up the girls from brownies", ["due": .string("tomorrow at 18:00")])),
        .init("add send invoice to Brightwave for the logo work, due the 14th, high priority #invoices",
              .add("Send invoice to Brightwave for the logo work",
                   ["due": .string("2026-12-14"), "priority": .string("high"), "tags": .array([.string("invoices")])])),
        .init("add chase the Kellers invoice every 2 weeks",
              .add("Chase the Kellers invoice", ["recurrence": .string("every 2 weeks")])),
        .init("plese add book the car in for its MOT on wensday",
              .add("Book the car in for its MOT", ["due": .string("wednesday")])),
        .init("put in a task to collect the turkey on the 23rd, that'd be grand",
              .add("Collect the turkey", ["due": .string("2026-12-23")])),
        .init("reckon you could add service the ute for next tuesday",
              .add("Service the ute", ["due": .string("2026-12-01")])),
        .init("I must to call the bank tomorrow, add it please",
              .add("Call the bank", ["due": .string("tomorrow")])),
        .init("add a task: to buy the present for my mother, the 3rd of January",
              .add("Buy the present for my mother", ["due": .string("2027-01-03")])),
        .init("add top up oyster card tmrw",
              .add("Top up oyster card", ["due": .string("tomorrow")])),
        .init("feat: renew domain name, due 2026-12-10, #dev",
              .add("Renew domain name", ["due": .string("2026-12-10"), "tags": .array([.string("dev")])])),
        .init("Good morning. I wonder if you would be so kind as to add a little reminder for me to post my grandson's birthday card by Monday. Thank you ever so much.",
              .add("Post my grandson's birthday card", ["due": .string("monday")])),
        .init("add check the practice fridge temperature every weekday",
              .replies("repeat")),
        .init("add water the new hedging every day",
              .add("Water the new hedging", ["recurrence": .string("daily")])),
        .init("add renew the home insurance every year, next due 3rd of March",
              .replies("repeat")),
        .init("add wash the swimming kits tonight #kids",
              .add("Wash the swimming kits", ["due": .string("2026-11-26T20:00:00Z"), "tags": .array([.string("kids")])])),
        .init("new one: quote for the Morrisons patio, medium priority, by friday",
              .add("Quote for the Morrisons patio", ["priority": .string("medium"), "due": .string("friday")])),
        .init("add prune the roses this arvo",
              .add("Prune the roses", ["due": .string("2026-11-26T15:00:00Z")])),
        .init("add call the printers after lunch tomorrow",
              .add("Call the printers", ["due": .string("tomorrow at 13:00")])),
        .init("add pay the accountant every 3 months",
              .replies("repeat")),
        .init("ad chase the lab for the smear results its urgent",
              .add("Chase the lab for the smear results", ["priority": .string("high")])),
        .init("add redesign the cafe menu for Bella's, note: they want it in green and gold",
              .add("Redesign the cafe menu for Bella's", ["description": .string("they want it in green and gold")])),
        .init("add two things: renew the hosting and update my portfolio",
              .writes([.add("Renew the hosting"), .add("Update my portfolio")])),

        // MARK: completing (15)
        .init("done: email sarah", .complete(9)),
        .init("chore: garage cleaned", .complete(8)),
        .init("i have payed the rent", .complete(3)),
        .init("passport renewed, grand", .complete(7)),
        .init("the flights, I have booked them", .complete(6)),
        .init(["show me everything still to do", "the top one is done"], .complete(1)),   // pending: #1 first
        .init(["list the pending ones", "the third one is finished"], .complete(3)),      // pending: #1, #2, #3 …
        .init("Dear assistant, I am pleased to report that I have finally cleaned out the garage. Please mark it as done.",
              .complete(8)),
        .init("team meetng notes done", .complete(4)),
        .init("the bike is fixed at last", .complete(10)),
        .init("grocerys done", .complete(1)),
        .init("cross off call the dentis", .complete(2)),
        .init(["add drop the plans off at the council", "done that already actually"], .complete(11)),
        .init("paid rent and booked the flights", .writes([.complete(3), .complete(6)])),
        .init("done the garage and move the bike to sunday",
              .writes([.complete(8), .update(10, ["due": .string("sunday")])])),

        // MARK: deleting (12)
        .init("the task of the garage, you can remove it", .delete(8)),
        .init("scrap the flights, trip's off", .delete(6)),
        .init("delet the pasport one", .delete(7)),
        .init("chore: drop team meeting notes", .delete(4)),
        .init("Would you be so good as to remove the reminder about watering the plants, that has been seen to", .delete(5)),
        .init(["show me the work things", "get rid of the first one"], .delete(4)),      // work: #4 then #9
        .init("please delete the last task on my list", .delete(10)),
        .init(["add pick up the skip permit", "actually no delete that"], .delete(11)),
        .init("I don't need to call the dentist anymore, please to remove it", .delete(2)),
        .init("get shot of the groceries one", .delete(1)),
        .init("no need for the email to sarah any more, cancel it", .delete(9)),
        .init("delete fix the bike and clean the garage", .writes([.delete(10), .delete(8)])),

        // MARK: updating (17)
        .init("push the rent back to the 3rd", .update(3, ["due": .string("2026-12-03")])),
        .init("take the date off email sarah", .update(9, ["due": .null])),
        .init("rename fix the bike to service the bike", .update(10, ["title": .string("Service the bike")])),
        .init("make the garage high priority, its getting out of hand", .update(8, ["priority": .string("high")])),
        .init("the dentist isn't urgent anymore, make it medium", .update(2, ["priority": .string("medium")])),
        .init("tag the passport with travel", .update(7, ["tags": .array([.string("travel")])])),
        .init("tag the flights as work too, theyre for a conference",
              .update(6, ["tags": .array([.string("travel"), .string("work")])])),
        .init("add a note to call the dentist: ask about the crown on the lower left",
              .update(2, ["description": .string("ask about the crown on the lower left")])),
        .init("refactor: rename team meeting notes -> write up team meeting notes",
              .update(4, ["title": .string("Write up team meeting notes")])),
        .init("can u mve fix bike to sat", .update(10, ["due": .string("saturday")])),
        .init(["add quote for the Doyles fence", "put it down for next wednesday"],
              .update(11, ["due": .string("2026-12-02")])),
        .init(["add invoice Lumen Studio", "tag it invoices and make it high"],
              .update(11, ["tags": .array([.string("invoices")]), "priority": .string("high")])),
        .init("the renew passport, put it for the 15 of December please", .update(7, ["due": .string("2026-12-15")])),
        .init("change the rent to yearly, the landlord wants it up front", .replies("repeat")),
        .init("email sarah tonight instead of tomorrow", .update(9, ["due": .string("2026-11-26T20:00:00Z")])),
        .init("Could you kindly attach a little note to the groceries task saying 'remember the oat milk'",
              .update(1, ["description": .string("remember the oat milk")])),
        .init(["what's tagged work", "move the top one to monday"], .update(4, ["due": .string("monday")])),

        // MARK: listing and questions (11)
        .init("show me what I've finished", .lists(["status": .string("completed")])),
        .init("heaps on this week, whats due by tomorrow",
              .lists(["status": .string("pending"), "due_before": .string("tomorrow"), "sort": .string("due")])),
        .init("list everything by priority", .lists(["sort": .string("priority")])),
        .init("search bike", .lists(["search": .string("bike")])),
        .init("wot do i hav to do this week",
              .lists(["status": .string("pending"), "due_before": .string("2026-11-29"), "sort": .string("due")])),
        .init("Would you be so kind as to read me my whole list, please?", .lists([:])),
        .init("list all tasks alphabetically", .lists(["sort": .string("title")])),
        .init("show me the shopping tag", .lists(["tag": .string("shopping")])),
        .init("what have I still to do for work", .lists(["status": .string("pending"), "tag": .string("work")])),
        .init("anything due by next tuesday?",
              .lists(["status": .string("pending"), "due_before": .string("2026-12-01"), "sort": .string("due")])),
        .init("show me the low priority ones", .lists(["priority": .string("low")])),

        // MARK: writing nothing (8)
        .init("cheers, that's grand", .writesNothing),
        .init("whats the weather doing tomorrow", .writesNothing),
        .init("hello there, how are you keeping", .writesNothing),
        .init("how do you spell accommodation", .writesNothing),
        .init("are you a real person", .writesNothing),
        .init("delete walk the dog", .writesNothing),            // no such task
        .init("mark the car insurance as done", .writesNothing), // no such task
        .init("done the friday one", .asksWhich),                // #2 and #9 are both due Friday
    ]
}
