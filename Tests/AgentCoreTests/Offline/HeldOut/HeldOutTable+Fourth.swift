@testable import AgentCore

/// The fourth held-out batch: 100 requests written as people type them to a to-do assistant on a
/// phone or a laptop (lower case, missing apostrophes, British and American spelling, one-letter
/// typos, "pls", "tmrw", "wk", emoji, filler, trailing reasons, news instead of commands, two
/// requests in one), written from the seeded world and the tool contracts only, before the
/// engine's grammar or the earlier tables were read. Today is Thursday 26 November 2026, so
/// "tomorrow" and "friday" are Fri 27 Nov, "monday" and "end of the month" Mon 30 Nov, "next tues"
/// Tue 1 Dec, "thursday" Thu 3 Dec, "in 2 weeks" Thu 10 Dec, "the 14th" Mon 14 Dec.
///
/// The world: #1 Buy groceries #shopping, #2 Call the dentist (high, due Fri 27 Nov), #3 Pay rent
/// (due 1 Dec, monthly), #4 Team meeting notes #work, #5 Water the plants (completed), #6 Book
/// flights #travel, #7 Renew passport, #8 Clean the garage (low), #9 Email Sarah #work (due Fri
/// 27 Nov), #10 Fix the bike.
///
/// Scored on the engine as it stood before this table was read (74/100, 3 wrong writes) and
/// after that session's engine work (78/100, 4 wrong writes). Five rows were corrected after
/// the first run: four "writes nothing" rows had expected an empty reply text, which no
/// reply contains, and "tonight" is read as 20:00 that day, which is what a person means.
/// Two rows ("whats left to do", "whats the capital of peru") were dropped: the classifier's
/// training examples already held them word for word, so they were not unseen.
extension HeldOutTable {
    static let fourth: [HeldOutCase] = [
        // MARK: adds (25)
        .init("remind me to ring mum on sunday", .add("Ring mum", ["due": "2026-11-29"])),
        .init("add pick up dry cleaning next tues", .add("Pick up dry cleaning", ["due": "2026-12-01"])),
        .init("pls add renew car insurance by the 14th", .add("Renew car insurance", ["due": "2026-12-14"])),
        .init("submit expense report end of the month #work",
              .add("Submit expense report", ["due": "2026-11-30", "tags": ["work"]])),
        .init("need to book a haircut in 2 weeks", .add("Book a haircut", ["due": "2026-12-10"])),
        .init("call the bank tmrw at 3", .add("Call the bank", ["due": "2026-11-27T15:00"])),
        .init("take the bins out tonight", .add("Take the bins out", ["due": "2026-11-26T20:00"])),
        .init("add 'order birthday cake for jess' high priority",
              .add("Order birthday cake for jess", ["priority": "high"])),
        .init("ok so i need to get new tyres for the car, not urgent",
              .add("Get new tyres for the car", ["priority": "low"])),
        .init("um add laundry", .add("Laundry")),
        .init("could you add a task to organise the xmas party #work #social",
              .add("Organise the xmas party", ["tags": ["work", "social"]])),
        .init("remind me to take my vitamins every day", .add("Take my vitamins", ["recurrence": "daily"])),
        .init("put out the recycling every other week", .add("Put out the recycling", ["recurrence": "every 14 days"])),
        .init("add call grandma saturday 📞", .add("Call grandma", ["due": "2026-11-28"])),
        .init("remember to cancel the gym membership by dec 3rd",
              .add("Cancel the gym membership", ["due": "2026-12-03"])),
        .init("add buy a present for dad, due friday, high prio",
              .add("Buy a present for dad", ["due": "2026-11-27", "priority": "high"])),
        .init("new task: fill in the tax return. medium priority", .add("Fill in the tax return", ["priority": "medium"])),
        .init("finish the slides by monday #work", .add("Finish the slides", ["due": "2026-11-30", "tags": ["work"]])),
        .init("remind me to pay the water bill on the 1st of every month",
              .add("Pay the water bill", ["due": "2026-12-01", "recurrence": "monthly"])),
        .init("stick 'renew gym pass' on my list pls", .add("Renew gym pass")),
        .init("add a task: organize the garage shelves, low priority, #home",
              .add("Organize the garage shelves", ["priority": "low", "tags": ["home"]])),
        .init("text the landlord about the boiler tomorow", .add("Text the landlord about the boiler", ["due": "2026-11-27"])),
        .init("add pick up my prescription thursday", .add("Pick up my prescription", ["due": "2026-12-03"])),
        .init("note to self: back up the laptop 💻", .add("Back up the laptop")),
        .init("add meet tom for coffee on the 14th at 10am", .add("Meet tom for coffee", ["due": "2026-12-14T10:00"])),

        // MARK: completes (20)
        .init("rang the dentist, all sorted", .complete(2)),
        .init("paid the rent 💸", .complete(3)),
        .init("done with the garage finally", .complete(8)),
        .init("finished the team meeting notes", .complete(4)),
        .init("groceries can be ticked off", .complete(1)),
        .init("emailed sarah this morning", .complete(9)),
        .init("fixed the bike!!", .complete(10)),
        .init("flights are booked ✈️", .complete(6)),
        .init("passports renewed", .complete(7)),
        .init("mark 7 as done pls", .complete(7)),
        .init("task 10 is done", .complete(10)),
        .init("complet task 3", .complete(3)),
        .init("tick off number 4", .complete(4)),
        .init("finshed fixing the bike", .complete(10)),
        .init("i watered the plants", .replies("already")),
        .init(["whats pending?", "tick off the second one"], .complete(2)),
        .init(["mark the work one done", "the email one"], .complete(9)),
        .init("sarahs been emailed, cross it off", .complete(9)),
        .init("done w the dentist call", .complete(2)),
        .init("could you mark groceries as complete, thx", .complete(1)),

        // MARK: deletes (12)
        .init("delete the bike task", .delete(10)),
        .init("trip's been cancelled so get rid of book flights", .delete(6)),
        .init("pls remove task 8", .delete(8)),
        .init("sarah left the company, no need to email her anymore", .delete(9)),
        .init("the team meeting got cancelled, bin the notes task", .delete(4)),
        .init("we sold the bike so scrap fixing it", .delete(10)),
        .init("remove renew passport, wrong list", .delete(7)),
        .init("delete #1", .delete(1)),
        .init("cancelled my dentist thing, take it off the list", .delete(2)),
        .init("get rid of the rent task, moving back in with my parents", .delete(3)),
        .init("deleet task 6", .delete(6)),
        .init("erase the garage one, were moving house anyway", .delete(8)),

        // MARK: updates (20)
        .init("rename task 1 to buy groceries and milk", .update(1, ["title": "Buy groceries and milk"])),
        .init("change fix the bike to fix the bike brakes", .update(10, ["title": "Fix the bike brakes"])),
        .init("change the title of #10 to 'service the bike'", .update(10, ["title": "Service the bike"])),
        .init("shift the dentist call to monday pls", .update(2, ["due": "2026-11-30"])),
        .init("push pay rent back a wk", .update(3, ["due": "2026-12-08"])),
        .init("email sarah can wait till next tues", .update(9, ["due": "2026-12-01"])),
        .init("reschedule fix the bike for the 14th", .update(10, ["due": "2026-12-14"])),
        .init("change the due date on book flights to the end of the month", .update(6, ["due": "2026-11-30"])),
        .init("take the due date off the dentist call", .update(2, ["due": .null])),
        .init("make renew passport high priority, it expires soon", .update(7, ["priority": "high"])),
        .init("bump the garage priority up a notch", .update(8, ["priority": "medium"])),
        .init("prioritise the bike, high", .update(10, ["priority": "high"])),
        .init("lower the dentist to low priority", .update(2, ["priority": "low"])),
        .init("the garage doesnt need a priority", .update(8, ["priority": .null])),
        .init("tag the passport task #travel", .update(7, ["tags": ["travel"]])),
        .init("add #urgent to book flights", .update(6, ["tags": ["travel", "urgent"]])),
        .init("remove the work tag from team meeting notes", .update(4, ["tags": []])),
        .init("make buy groceries repeat every week", .update(1, ["recurrence": "weekly"])),
        .init("rent doesnt repeat anymore, stop the recurrence", .update(3, ["recurrence": .null])),
        .init("add a note to the passport task: photos are in the top drawer",
              .update(7, ["description": "photos are in the top drawer"])),

        // MARK: lists and questions (12)
        .init("anything overdue?", .lists(["status": "pending", "due_before": "2026-11-25", "sort": "due"])),
        .init("show me my work stuff", .lists(["tag": "work"])),
        .init("what do i need to get done by sunday", .lists(["status": "pending", "due_before": "2026-11-29", "sort": "due"])),
        .init("what have i ticked off so far", .lists(["status": "completed"])),
        .init("list everything", .lists(["status": "all"])),
        .init("any high priority stuff still open?", .lists(["status": "pending", "priority": "high"])),
        .init("show the #travel tasks", .lists(["tag": "travel"])),
        .init("whats due tmrw", .lists(["status": "pending", "due_before": "2026-11-27", "sort": "due"])),
        .init("show all my tasks by priority", .lists(["status": "all", "sort": "priority"])),
        .init("do i have anything about the passport", .lists(["search": "passport"])),
        .init("anything tagged shopping?", .lists(["tag": "shopping"])),

        // MARK: writes nothing (6)
        .init("hey, hows it going", .replies("task")),
        .init("thanks!! 🙏", .replies("task")),
        .init("push the friday task to monday", .asksWhich),
        .init("tick off the work task", .asksWhich),
        .init("remove the piano lesson task", .replies("task")),

        // MARK: two requests in one (5)
        .init("add call the plumber and mark groceries done", .writes([.add("Call the plumber"), .complete(1)])),
        .init("delete task 8 and task 10", .writes([.delete(8), .delete(10)])),
        .init("fixed the bike and emailed sarah 🎉", .writes([.complete(10), .complete(9)])),
        .init("renewed the passport, also pls add book a hotel for tuesday",
              .writes([.complete(7), .add("Book a hotel", ["due": "2026-12-01"])])),
        .init("remove book flights and rename task 4 to team meeting agenda",
              .writes([.delete(6), .update(4, ["title": "Team meeting agenda"])])),
    ]
}
