@testable import AgentCore

/// The fourteenth held-out batch: 93 requests (of 100 written; six repeated earlier tables word
/// for word, one began with a classifier training sentence) from a different crowd (a youth football coach, an IT help-desk worker, run-on
/// talkers, Hinglish speakers, Arabic and Turkish speakers writing English, people talking to
/// a voice assistant, British slang, tasks pointed at by their date or tag, several changes in
/// one breath, corrected negations), written from a user's head before any engine source or
/// earlier table was read. Today is Thursday 26 November 2026.
extension HeldOutTable {
    static let fourteenth: [HeldOutCase] = [
        // MARK: adding (24)
        .init("add pick up cones and bibs for training saturday at 9am",
              .add("Pick up cones and bibs for training", ["due": .string("2026-11-28T09:00:00Z")])),
        .init("Hey chattui, remind me to book the minibus for the away game on the 14th",
              .add("Book the minibus for the away game", ["due": .string("2026-12-14")])),
        .init("add reset the finance printer password, high priority, tag it helpdesk",
              .add("Reset the finance printer password", ["priority": .string("high"), "tags": .array([.string("helpdesk")])])),
        .init("put renew the team's league registration on the list for 3rd of Jan",
              .add("Renew the team's league registration", ["due": .string("2027-01-03")])),
        .init("add order new laptop chargers, not urgent",
              .add("Order new laptop chargers", ["priority": .string("low")])),
        .init("add send the match report every monday",
              .add("Send the match report", ["due": .string("monday"), "recurrence": .string("weekly")])),   // as "every monday" does
        .init("pls add patch the servers, every 2 weeks",
              .add("Patch the servers", ["recurrence": .string("every 2 weeks")])),
        .init("add sort out the muddy kit bag tonight",
              .add("Sort out the muddy kit bag", ["due": .string("2026-11-26T20:00:00Z")])),
        .init("buy sabzi from market tomorrow only, add kar do",
              .add("Buy sabzi from market", ["due": .string("tomorrow")])),
        .init("Please add for me call my brother Ahmed in the Friday",
              .add("Call my brother Ahmed", ["due": .string("friday")])),
        .init("add go to the bank, it is very important",
              .add("Go to the bank", ["priority": .string("high")])),
        .init("OK so next thing, add get the car MOT'd next tuesday",   // next week's Tuesday = Tue 1 Dec
              .add("Get the car MOT'd", ["due": .string("2026-12-01")])),
        .init("new task: update the antivirus on the reception pc after lunch",
              .add("Update the antivirus on the reception pc", ["due": .string("2026-11-26T13:00:00Z")])),
        .init("add wash the kits every week #football",
              .add("Wash the kits", ["recurrence": .string("weekly"), "tags": .array([.string("football")])])),
        .init("can you add check the backups, daily",
              .add("Check the backups", ["recurrence": .string("daily")])),
        .init("add pay the electric bill by the end of the week",
              .add("Pay the electric bill", ["due": .string("2026-11-29")])),
        .init("add fill in my timesheet first thing tommorow",
              .add("Fill in my timesheet", ["due": .string("2026-11-27T09:00:00Z")])),
        .init("stick take the recycling out on there for this afternoon",
              .add("Take the recycling out", ["due": .string("2026-11-26T15:00:00Z")])),
        .init("add renew the ssl certificate on the 10th, high prio",
              .add("Renew the ssl certificate", ["due": .string("2026-12-10"), "priority": .string("high")])),
        .init("add empty the dehumidifier every 2 days",
              .add("Empty the dehumidifier", ["recurrence": .string("every 2 days")])),
        .init("add dinner with Ayşe on saturday at 19:30",
              .add("Dinner with Ayşe", ["due": .string("2026-11-28T19:30:00Z")])),
        .init("ek task add kar do na - pay the maid on the 1st",
              .add("Pay the maid", ["due": .string("2026-12-01")])),
        .init("Hey chattui add collect the trophy from the engravers on friday at 4pm",
              .add("Collect the trophy from the engravers", ["due": .string("2026-11-27T16:00:00Z")])),
        .init("add pay the club subs monthly, tag it football",
              .add("Pay the club subs", ["recurrence": .string("monthly"), "tags": .array([.string("football")])])),

        // MARK: completing (15)
        .init("groceries wala kaam ho gaya", .complete(1)),
        .init("sorted the dentist, cheers", .complete(2)),
        .init("Hey chattui, I've booked the flights, mark that one done", .complete(6)),
        .init("tick off the one tagged shopping", .complete(1)),
        .init("paid the rent today itself", .complete(3)),
        .init("finsihed the team meeting notes", .complete(4)),
        .init("I have sent the email to Sarah, you can close it", .complete(9)),
        .init("garage is finally clean, proper knackered now", .complete(8)),
        .init("no wait, don't tick off the groceries, tick off the bike", .complete(10)),
        .init(["what's tagged travel", "that one's done"], .complete(6)),
        .init(["add ring the ref", "done it already actually"], .complete(11)),
        .init("the one due on tuesday, I've done it", .complete(3)),
        .init("the high priority one is done", .complete(2)),
        .init("chuffed to bits, passport's renewed!", .complete(7)),
        .init("close task 7, it's resolved", .complete(7)),

        // MARK: deleting (11)
        .init("no not the groceries, remove the garage one", .delete(8)),
        .init("scrap the passport task, not going abroad anymore", .delete(7)),
        .init("remove the one tagged travel, the trip's off", .delete(6)),
        .init("delete team meeting notes pls", .delete(4)),
        .init("bike wala task hata do", .delete(10)),
        .init("please erase the task about the plants", .delete(5)),
        .init("Hey chattui, get rid of email sarah, she's left the company", .delete(9)),
        .init("bin off the groceries one, can't be bothered with the faff", .delete(1)),
        .init(["add buy new bibs", "actually delete that"], .delete(11)),
        .init("cancel the rent task, I moved out", .delete(3)),
        .init(["bin the bike", "oops, undo that"], .writes([.undo])),

        // MARK: updating (17)
        .init("shift the bike to sunday and bump it to medium",
              .update(10, ["due": .string("sunday"), "priority": .string("medium")])),
        .init("push the rent to the 3rd", .update(3, ["due": .string("2026-12-03")])),
        .init("the dentist doesn't need a date anymore", .update(2, ["due": .null])),
        .init("renew passport should be high priority", .update(7, ["priority": .string("high")])),
        .init("email sarah is not urgent anymore", .update(9, ["priority": .string("low")])),
        .init("rename groceries to buy groceries and nappies", .update(1, ["title": .string("Buy groceries and nappies")])),
        .init("tag email sarah as urgent too", .update(9, ["tags": .array([.string("work"), .string("urgent")])])),
        .init("make watering the plants repeat every week", .update(5, ["recurrence": .string("weekly")])),
        .init("the rent should repeat every 4 weeks instead", .update(3, ["recurrence": .string("every 4 weeks")])),
        .init("stop the rent repeating, paying the whole year upfront", .update(3, ["recurrence": .null])),
        .init(["add sort the kit cupboard", "put it on friday at 6pm"],
              .update(11, ["due": .string("2026-11-27T18:00:00Z")])),
        .init("passport wala next tuesday tak kar do", .update(7, ["due": .string("2026-12-01")])),
        .init("bump sarah's email to next week", .update(9, ["due": .string("2026-11-30")])),
        .init("change the groceries tag to home instead of shopping", .update(1, ["tags": .array([.string("home")])])),
        .init("the meeting notes, set them for 3rd january and high priority",
              .update(4, ["due": .string("2027-01-03"), "priority": .string("high")])),
        .init(["add call the IT vendor", "make that every monday"], .update(11, ["due": .string("monday"), "recurrence": .string("weekly")])),
        .init("the travel one — add a note: Check baggage allowance first",
              .update(6, ["description": .string("Check baggage allowance first")])),

        // MARK: listing and questions (11)
        .init("whats due by tmrw?", .lists(["status": .string("pending"), "due_before": .string("tomorrow"), "sort": .string("due")])),
        .init("show me everything on the list", .lists([:])),
        .init("show me the high priority stuff", .lists(["priority": .string("high")])),
        .init("anything about the bike on there", .lists(["search": .string("bike")])),
        .init("list everything alphabetically", .lists(["sort": .string("title")])),
        .init("kya kya pending hai abhi?", .lists(["status": .string("pending")])),
        .init("what's still outstanding, most important first", .lists(["status": .string("pending"), "sort": .string("priority")])),
        .init("right, what needs doing by monday", .lists(["status": .string("pending"), "due_before": .string("2026-11-30"), "sort": .string("due")])),
        .init("What is the things for work?", .lists(["tag": .string("work")])),
        .init("which of my work ones are still open", .lists(["status": .string("pending"), "tag": .string("work")])),
        .init("Hey chattui, anything due by the 10th?", .lists(["status": .string("pending"), "due_before": .string("2026-12-10"), "sort": .string("due")])),

        // MARK: writing nothing (9)
        .init("cheers mate, you're a legend", .writesNothing),
        .init("what's the weather like in Manchester tomorrow", .writesNothing),
        .init("move the friday one to monday", .asksWhich),          // dentist and Email Sarah are both due Friday
        .init("tick off the one due tomorrow", .asksWhich),          // same two tasks
        .init("delete the swimming lessons task", .writesNothing),   // matches nothing
        .init("did I water the plants already?", .writesNothing),
        .init("add team stand-up every weekday", .replies("repeat")),
        .init("how do I reset a windows password lol", .writesNothing),
        .init("complete the car wash one", .writesNothing),          // matches nothing

        // MARK: several writes in one message (6)
        .init("add get oranges for half time and print the team sheets",
              .writes([.add("Get oranges for half time"), .add("Print the team sheets")])),
        .init("ok so i need to add buy a new whistle and also the garage is done and can you move the bike to saturday thanks",
              .writes([.add("Buy a new whistle"), .complete(8), .update(10, ["due": .string("saturday")])])),
        .init("crossed off the dentist and emailed Sarah", .writes([.complete(2), .complete(9)])),
        .init("delete team meeting notes and email sarah, I've quit that job", .writes([.delete(4), .delete(9)])),
        .init("move the dentist to monday and the bike to tuesday",
              .writes([.update(2, ["due": .string("monday")]), .update(10, ["due": .string("tuesday")])])),
        .init("bike and groceries dono done kar do", .writes([.complete(10), .complete(1)])),
    ]
}
