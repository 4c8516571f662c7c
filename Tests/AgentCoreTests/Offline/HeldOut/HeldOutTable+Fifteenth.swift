@testable import AgentCore

/// The fifteenth held-out batch: 97 requests (of 100 written; three repeated earlier tables
/// word for word) from a different crowd (a night porter, a pupil revising for exams, a baker
/// at 5am, Jamaican and Nigerian Pidgin speakers, Japanese and Korean speakers writing
/// English, run-together lower case, "that one" after a list, bulleted lists, times in words,
/// numeric dates), written from a user's head before any engine source or earlier table was
/// read. Today is Thursday 26 November 2026.
extension HeldOutTable {
    static let fifteenth: [HeldOutCase] = [
        // MARK: adding (26)
        .init("add restock flour by saturday #bakery",
              .add("Restock flour", ["due": .string("saturday"), "tags": .array([.string("bakery")])])),
        .init("pls add revise photosynthesis for tmrw", .add("Revise photosynthesis", ["due": .string("tomorrow")])),
        .init("Please add buy present for mother. Deadline is 3rd Dec.",
              .add("Buy present for mother", ["due": .string("2026-12-03")])),
        .init("abeg add pay NEPA bill for monday, e no urgent",
              .add("Pay NEPA bill", ["due": .string("monday"), "priority": .string("low")])),   // monday = 30 Nov
        .init("add swap shift with dave half five tomorrow evening",
              .add("Swap shift with dave", ["due": .string("2026-11-27T17:30:00Z")])),
        .init("remind me to collect my uniform from the laundry at quarter past ten saturday morning",
              .add("Collect my uniform from the laundry", ["due": .string("2026-11-28T10:15:00Z")])),
        .init("add order new piping bags, high priority", .add("Order new piping bags", ["priority": .string("high")])),
        .init("add maths past paper on the 14th", .add("Maths past paper", ["due": .string("2026-12-14")])),   // 14 Nov has passed
        .init("add renew car insurance 3rd of jan", .add("Renew car insurance", ["due": .string("2027-01-03")])),
        .init("add send money to mi madda next tuesday",
              .add("Send money to mi madda", ["due": .string("2026-12-01")])),   // the coming Tuesday, also the Tuesday of next week
        .init("add clean the oven every monday",
              .add("Clean the oven", ["due": .string("monday"), "recurrence": .string("weekly")])),   // as "every monday" does
        .init("add check the proving drawer daily", .add("Check the proving drawer", ["recurrence": .string("daily")])),
        .init("add history flashcards every 2 days", .add("History flashcards", ["recurrence": .string("every 2 days")])),
        .init("add pay the flour supplier monthly", .add("Pay the flour supplier", ["recurrence": .string("monthly")])),
        .init("add ring gran at noon on sunday", .add("Ring gran", ["due": .string("2026-11-29T12:00:00Z")])),
        .init("add take the bins out tonight", .add("Take the bins out", ["due": .string("2026-11-26T20:00:00Z")])),
        .init("add buy new trainers, not urgent at all", .add("Buy new trainers", ["priority": .string("low")])),
        .init("add revise french vocab first thing tomorrow",
              .add("Revise french vocab", ["due": .string("2026-11-27T09:00:00Z")])),
        .init("add collect my payslip after lunch", .add("Collect my payslip", ["due": .string("2026-11-26T13:00:00Z")])),
        .init("can you add these pls\n- buy yeast\n- caster sugar\n- baking paper",
              .writes([.add("Buy yeast"), .add("Caster sugar"), .add("Baking paper")])),
        .init("pls add\n1. chemistry revision friday\n2. english essay monday",
              .writes([.add("Chemistry revision", ["due": .string("friday")]),
                       .add("English essay", ["due": .string("monday")])])),
        .init("Please add task: buy kimchi ingredients, until this Saturday. Thank you.",
              .add("Buy kimchi ingredients", ["due": .string("saturday")])),
        .init("add sort out the christmas rota #work medium priority",
              .add("Sort out the christmas rota", ["priority": .string("medium"), "tags": .array([.string("work")])])),
        .init("put down biology mock 12/12", .add("Biology mock", ["due": .string("2026-12-12")])),   // 12/12 reads the same both ways
        .init("add handover notes for ward 6 at midnight tonight",
              .add("Handover notes for ward 6", ["due": .string("2026-11-27T00:00:00Z")])),   // midnight at the end of today
        .init("add bakery inspection 4/12 - uk date so 4th december",
              .add("Bakery inspection", ["due": .string("2026-12-04")])),   // user states the British reading

        // MARK: completing (18)
        .init("i rang the dentist finally", .complete(2)),
        .init("pls mark3done", .complete(3)),
        .init("mi done wid di groceries", .complete(1)),
        .init("Passport renewal is finished. Thank you very much.", .complete(7)),
        .init("flights booked!!", .complete(6)),
        .init("sarah email sent", .complete(9)),
        .init("abeg tick the bike one, i don fix am", .complete(10)),
        .init("garage is finally clean", .complete(8)),
        .init("finished the meeting notes", .complete(4)),
        .init("Rent paid.", .complete(3)),
        .init(["what's in travel", "that one's done"], .complete(6)),   // the travel list shows only #6
        .init(["do i still have the passport thing on there", "ok it's done now"], .complete(7)),
        .init("did 2 and 10", .writes([.complete(2), .complete(10)])),
        .init("groceries and rent both done", .writes([.complete(1), .complete(3)])),
        .init("I have finished call to dentist and email to Sarah.", .writes([.complete(2), .complete(9)])),
        .init(["add buy piping nozzles", "got them already, tick it off"], .complete(11)),
        .init("tick off number 8", .complete(8)),
        .init(["wetin dey my list wey i never do", "abeg number 3 don finish"], .complete(3)),   // pending list: #1, #2, #3 … — third line is also id 3

        // MARK: deleting (12)
        .init("scrap the flights one, trip cancelled", .delete(6)),
        .init("delete7", .delete(7)),
        .init("abeg comot the bike task, i don sell am", .delete(10)),
        .init("remove meeting notes please", .delete(4)),
        .init("Please delete groceries task. I don't need anymore.", .delete(1)),
        .init(["add buy balloons", "actually no, delete that"], .delete(11)),
        .init("bin the sarah email", .delete(9)),
        .init("delete 8 and 10", .writes([.delete(8), .delete(10)])),
        .init(["show me everything with high priority", "get rid of that"], .delete(2)),   // only #2 is high
        .init(["delete the garage one", "wait undo that"], .writes([.undo])),
        .init("please remove the plants one, its done anyway", .delete(5)),
        .init("erase the rent task, moving out", .delete(3)),

        // MARK: updating (18)
        .init("change groceries to buy groceries and washing powder",
              .update(1, ["title": .string("Buy groceries and washing powder")])),
        .init("email sarah has no deadline now", .update(9, ["due": .null])),
        .init("make the passport high priority", .update(7, ["priority": .string("high")])),
        .init("tag flights as holiday too", .update(6, ["tags": .array([.string("travel"), .string("holiday")])])),
        .init("make the groceries weekly", .update(1, ["recurrence": .string("weekly")])),
        .init("add a note to the passport one: need new photos from post office",
              .update(7, ["description": .string("need new photos from post office")])),
        .init("Please change deadline of Sarah email to Dec 3rd.", .update(9, ["due": .string("2026-12-03")])),
        .init("meeting notes needed by half five tomorrow afternoon", .update(4, ["due": .string("2026-11-27T17:30:00Z")])),
        .init("groceries, make it tonight", .update(1, ["due": .string("2026-11-26T20:00:00Z")])),
        .init(["add order christmas stollen", "make it for the 14th"], .update(11, ["due": .string("2026-12-14")])),
        .init(["add revise algebra", "tag it with exams"], .update(11, ["tags": .array([.string("exams")])])),
        .init("take the work tag off the sarah email", .update(9, ["tags": .array([])])),
        .init("dentist call at quarter past ten tomorrow pls", .update(2, ["due": .string("2026-11-27T10:15:00Z")])),
        .init("rent shouldnt be monthly, make it every 4 weeks", .update(3, ["recurrence": .string("every 4 weeks")])),
        .init(["add bake for church fair on saturday", "oh no take the date off"], .update(11, ["due": .null])),
        .init(["whats about the bike", "make it high priority"], .update(10, ["priority": .string("high")])),
        .init("rename 'team meeting notes' to 'team meeting minutes'", .update(4, ["title": .string("Team meeting minutes")])),
        .init("have i paid the rent yet", .writesNothing),   // a question: rent is still pending, nothing to change

        // MARK: listing and questions (13)
        .init("Show me task not done yet, please", .lists(["status": .string("pending")])),
        .init("Which tasks did I complete already?", .lists(["status": .string("completed")])),
        .init("whats due tomorrow",
              .lists(["status": .string("pending"), "due_before": .string("tomorrow"), "sort": .string("due")])),
        .init("Please show high priority tasks", .lists(["priority": .string("high")])),
        .init("shopping list pls", .lists(["tag": .string("shopping")])),
        .init("anything on there about flights", .lists(["search": .string("flights")])),
        .init("list my tasks by due date", .lists(["sort": .string("due")])),
        .init("what's due by next tuesday",
              .lists(["status": .string("pending"), "due_before": .string("2026-12-01"), "sort": .string("due")])),
        .init("sort my list a to z", .lists(["sort": .string("title")])),
        .init("what's still open with the work tag", .lists(["status": .string("pending"), "tag": .string("work")])),
        .init("is there anything about rent", .lists(["search": .string("rent")])),
        .init("wat mi haffi do by sunday",
              .lists(["status": .string("pending"), "due_before": .string("2026-11-29"), "sort": .string("due")])),
        .init("show me in priority order", .lists(["sort": .string("priority")])),

        // MARK: writing nothing (10)
        .init("morning! long night on the wards", .writesNothing),
        .init("wah gwaan", .writesNothing),
        .init("tick off the friday one", .asksWhich),           // #2 and #9 are both due Friday
        .init("delete the thing with the tag", .asksWhich),     // #1, #4, #6, #9 all have tags
        .init("push it to next week", .asksWhich),              // "it" with nothing before it
        .init("done the cake order", .writesNothing),           // no such task
        .init("Please add task for study every weekday", .replies("repeat")),
        .init("add renew tv licence every year", .replies("repeat")),
        .init("have i watered the plants?", .writesNothing),    // #5 is already completed
        .init("no wahala, thank you o", .writesNothing),
    ]
}
