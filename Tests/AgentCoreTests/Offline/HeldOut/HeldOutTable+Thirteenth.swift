@testable import AgentCore

/// The thirteenth held-out batch: 98 requests (of 100 written; two repeated earlier tables word
/// for word) from a different crowd (a headteacher, a taxi driver dictating with filler words,
/// an engineering manager in ticket jargon, a sleep-deprived new parent, Singaporean and
/// Malaysian English, Dutch and Polish speakers, a texter in emoji and abbreviations, a retired
/// officer writing orders as forms, people asking about their tasks, people taking back what
/// they just did). Its writer read no engine source and no table but the twelfth (for the
/// format). Today is Thursday 26 November 2026.
extension HeldOutTable {
    static let thirteenth: [HeldOutCase] = [
        // MARK: adding (26)
        .init("Add: write the Year 6 reports by Friday 11th December",
              .add("Write the Year 6 reports", ["due": .string("2026-12-11")])),
        .init("Please add a task to ring the chair of governors about the nativity budget, high priority, tag it school",
              .add("Ring the chair of governors about the nativity budget",
                   ["priority": .string("high"), "tags": .array([.string("school")])])),
        .init("add order new reading books for class 3, not urgent",
              .add("Order new reading books for class 3", ["priority": .string("low")])),
        .init("Add phone Mrs Okafor back after lunch",
              .add("Phone Mrs Okafor back", ["due": .string("2026-11-26T13:00:00Z")])),
        .init("add send the parents' newsletter every month, first one on the 4th",
              .add("Send the parents' newsletter", ["due": .string("2026-12-04"), "recurrence": .string("monthly")])),
        .init("um so yeah add like get the tyres checked tomorrow morning",
              .add("Get the tyres checked", ["due": .string("tomorrow at 09:00")])),
        .init("okay so, uh, add renew my taxi licence on the, um, the 14th",
              .add("Renew my taxi licence", ["due": .string("2026-12-14")])),
        .init("so yeah add text the controller about the rota tonight, like",
              .add("Text the controller about the rota", ["due": .string("2026-11-26T20:00:00Z")])),
        .init("new ticket: migrate the CI pipeline to the new runners, prio high, tag infra",
              .add("Migrate the CI pipeline to the new runners",
                   ["priority": .string("high"), "tags": .array([.string("infra")])])),
        .init("create a ticket to review Priya's design doc, notes: focus on the caching section",
              .add("Review Priya's design doc", ["description": .string("focus on the caching section")])),
        .init("add sprint retro every 2 weeks #work",
              .add("Sprint retro", ["recurrence": .string("every 2 weeks"), "tags": .array([.string("work")])])),
        .init("add write the Q1 hiring plan, low priority, due next tuesday",
              .add("Write the Q1 hiring plan", ["priority": .string("low"), "due": .string("2026-12-01")])),
        .init("add book the baby's 8 week jabs for monday",
              .add("Book the baby's 8 week jabs", ["due": .string("monday")])),
        .init("add sterilise the bottles evry day",
              .add("Sterilise the bottles", ["recurrence": .string("daily")])),
        .init("add wipes and formula",
              .writes([.add("Wipes"), .add("Formula")])),
        .init("can help me add pay the aircon servicing guy on saturday or not",
              .add("Pay the aircon servicing guy", ["due": .string("saturday")])),
        .init("add renew road tax lah, by end of the week",
              .add("Renew road tax", ["due": .string("2026-11-29")])),
        .init("add fetch my son from tuition this afternoon can",
              .add("Fetch my son from tuition", ["due": .string("2026-11-26T15:00:00Z")])),
        .init("Can you add to make an appointment at the huisarts for next week?",
              .add("Make an appointment at the huisarts", ["due": .string("next week")])),
        .init("Add please to pay the electricity bill until 10 December",
              .add("Pay the electricity bill", ["due": .string("2026-12-10")])),
        .init("pls add buy bday cake for Tom b4 sat 🎂",
              .add("Buy bday cake for Tom", ["due": .string("saturday")])),
        .init("add gym sesh every monday thx",
              .add("Gym sesh", ["due": .string("monday"), "recurrence": .string("weekly")])),
        .init("Task: inspect the allotment fence. Deadline: 1800 Saturday.",
              .add("Inspect the allotment fence", ["due": .string("saturday at 18:00")])),
        .init("Task: pay the regimental association subs. Priority: high. Deadline: 3rd of January.",
              .add("Pay the regimental association subs", ["priority": .string("high"), "due": .string("2027-01-03")])),
        .init("add renew the car insurance every year", .replies("repeat")),     // yearly repeats aren't kept
        .init("add do the school run every weekday", .replies("repeat")),         // weekday repeats aren't kept

        // MARK: completing (18)
        .init("um yeah so I, like, paid the rent this morning", .complete(3)),
        .init("close out the team meeting notes ticket", .complete(4)),
        .init("email Sarah already done liao", .complete(9)),
        .init("groceries I bought already lah", .complete(1)),
        .init("phoned dentist. finaly. tick", .complete(2)),
        .init("I have fixed the bike, you can put it on done", .complete(10)),
        .init("The passport is renewed already, please mark it as finished", .complete(7)),
        .init("flights booked ✅", .complete(6)),
        .init("Please tick off the team meeting notes; they were typed up at lunchtime.", .complete(4)),
        .init(["show high priority", "done that one"], .complete(2)),                    // high: only #2
        .init(["add return the library books", "done it already lol"], .complete(11)),
        .init("done groceries n rent thx", .writes([.complete(1), .complete(3)])),
        .init("mark the bike ticket as resolved", .complete(10)),
        .init("garage done finally wooo", .complete(8)),
        .init("so yeah the passport thing, um, that's sorted now", .complete(7)),
        .init("Sarah I emailed her already, can tick off", .complete(9)),
        .init("close out the dentist ticket and bump the passport to high",
              .writes([.complete(2), .update(7, ["priority": .string("high")])])),
        .init(["list my work tasks", "the last one's done"], .complete(9)),              // work: #4 then #9

        // MARK: deleting (12)
        .init("won't fix, delete the bike ticket", .delete(10)),
        .init("the garage one no need already, delete can?", .delete(8)),
        .init("Please remove the task about the flights, we go by train now", .delete(6)),
        .init("Delete please the task with the passport, I don't need it anymore", .delete(7)),
        .init("del groceries pls 🗑️", .delete(1)),
        .init("Task: Team meeting notes. Action: delete.", .delete(4)),
        .init("remove water plants its dead anyway", .delete(5)),
        .init(["add order the christmas tree", "no wait, delete the christmas tree task"], .delete(11)),
        .init("Please delete Email Sarah; I spoke to her in the staffroom.", .delete(9)),
        .init("um, can you like, get rid of the dentist one, I'm going to a different one now", .delete(2)),
        .init("bin the flights and the passport, trip cancelled", .writes([.delete(6), .delete(7)])),
        .init(["show completed", "delete it"], .delete(5)),                             // completed: only #5

        // MARK: updating (20)
        .init("bump the priority on renew passport to high", .update(7, ["priority": .string("high")])),
        .init("the dentist is not urgent anymore", .update(2, ["priority": .string("low")])),
        .init("downgrade email sarah to medium prio", .update(9, ["priority": .string("medium")])),
        .init("the dentist no need date already, remove the date lah", .update(2, ["due": .null])),
        .init("um so yeah move the, uh, the garage to sunday", .update(8, ["due": .string("sunday")])),
        .init("Please change the date of the rent to 2 December", .update(3, ["due": .string("2026-12-02")])),
        .init("Can you rename the passport task to 'Renew passport and ID card'?",
              .update(7, ["title": .string("Renew passport and ID card")])),
        .init("add the tag clients to email sarah",
              .update(9, ["tags": .array([.string("work"), .string("clients")])])),
        .init("tag renew passport #travel", .update(7, ["tags": .array([.string("travel")])])),
        .init("make buy groceries weekly pls", .update(1, ["recurrence": .string("weekly")])),
        .init("stop the rent repeating, moving out in jan", .update(3, ["recurrence": .null])),
        .init("Add a note to Team meeting notes: include the Ofsted feedback",
              .update(4, ["description": .string("include the Ofsted feedback")])),
        .init(["add send the permission slips home", "make it friday and tag it school"],
              .update(11, ["due": .string("friday"), "tags": .array([.string("school")])])),
        .init("Renew passport. New deadline: 15 January.", .update(7, ["due": .string("2027-01-15")])),
        .init("email sarah -> mon pls", .update(9, ["due": .string("monday")])),
        .init("garage can wait til next week", .update(8, ["due": .string("next week")])),
        .init("team meeting notes every monday from now on",
              .update(4, ["due": .string("monday"), "recurrence": .string("weekly")])),
        .init("the flights put high priority can or not", .update(6, ["priority": .string("high")])),
        .init(["delete the groceries", "undo that"], .writes([.undo])),
        .init(["done the passport", "oops no put it back"], .writes([.undo])),

        // MARK: listing and questions (13)
        .init("show me open tickets", .lists(["status": .string("pending")])),
        .init("wat have i finished", .lists(["status": .string("completed")])),
        .init("um so what've I got, like, due by tomorrow",
              .lists(["status": .string("pending"), "due_before": .string("tomorrow"), "sort": .string("due")])),
        .init("got anything tagged shopping or not", .lists(["tag": .string("shopping")])),
        .init("Show me all tasks sorted by the due date", .lists(["sort": .string("due")])),
        .init("Which tasks have high priority?", .lists(["priority": .string("high")])),
        .init("Report all outstanding tasks.", .lists(["status": .string("pending")])),
        .init("Could you list my work tasks that are still outstanding?",
              .lists(["status": .string("pending"), "tag": .string("work")])),
        .init("find anything mentioning sarah", .lists(["search": .string("sarah")])),
        .init("list all by priority pls", .lists(["sort": .string("priority")])),
        .init("show everything incl the done ones", .lists([:])),
        .init("did I pay the rent already?", .writesNothing),     // a question: no change
        .init("when's the dentist?", .writesNothing),             // a question: no change

        // MARK: writing nothing (9)
        .init("thx 👍", .writesNothing),
        .init("ok lah thank you ah", .writesNothing),
        .init("um yeah so what time is it in, like, Kuala Lumpur right now", .writesNothing),
        .init("Can you recommend a good book for Year 4 guided reading?", .writesNothing),
        .init("Goedemorgen! How are you today?", .writesNothing),
        .init("sorry so tired what was i even", .writesNothing),
        .init("delete the school trip task", .writesNothing),        // no such task
        .init("so yeah done the MOT", .writesNothing),               // no such task
        .init("move the friday task to monday", .asksWhich),         // #2 and #9 are both due Friday
    ]
}
