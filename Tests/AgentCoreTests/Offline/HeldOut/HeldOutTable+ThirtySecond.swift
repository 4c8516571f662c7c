@testable import AgentCore

/// The thirty-second held-out batch: a vicar, a postwoman, a scaffolder, a charity shop volunteer, students, traders, regional voices (Cork, Bristol, Essex), second-language writers, emoji users and tricksters.
extension HeldOutTable {
    static let thirtySecond: [HeldOutCase] = [
        // MARK: adding (26)
        .init("add write sunday's sermon by saturday", .add("Write sunday's sermon", ["due": .string("saturday")])),
        .init("Please add a task: newsletter for the parish, notes: include the carol service times",
              .add("Newsletter for the parish", ["description": .string("include the carol service times")])),
        .init("add order more scaffold clips, high priority", .add("Order more scaffold clips", ["priority": .string("high")])),
        .init("can you add sort the donated books, it's not urgent", .add("Sort the donated books", ["priority": .string("low")])),
        .init("remind me to do my laundry tonight pls", .add("Do my laundry", ["due": .string("2026-11-26T20:00:00Z")])),
        .init("Please add: renew my library books, due on the 14th. Thank you.", .add("Renew my library books", ["due": .string("2026-12-14")])),
        .init("add viewing at 14 Elm Road saturday at 11am #viewings",
              .add("Viewing at 14 Elm Road", ["due": .string("2026-11-28T11:00:00Z"), "tags": .array([.string("viewings")])])),
        .init("add check the patch notes every monday", .add("Check the patch notes", ["due": .string("monday"), "recurrence": .string("weekly")])),
        .init("add client session with Dave tomorrow at 7am, tag it clients",
              .add("Client session with Dave", ["due": .string("2026-11-27T07:00:00Z"), "tags": .array([.string("clients")])])),
        .init("add book the health visitor for the 3rd of Jan", .add("Book the health visitor", ["due": .string("2027-01-03")])),
        .init("add restock the veg stall every 2 days", .add("Restock the veg stall", ["recurrence": .string("every 2 days")])),
        .init("add hand in my timesheet tomorrow in the morning", .add("Hand in my timesheet", ["due": .string("2026-11-27T09:00:00Z")])),
        .init("add ring the mechanic about the car on monday, grand so", .add("Ring the mechanic about the car", ["due": .string("monday")])),
        .init("add pick up nan's birthday cake saturday, cheers drive", .add("Pick up nan's birthday cake", ["due": .string("saturday")])),
        .init("kindly add one task: submit the insurance form, priority is high", .add("Submit the insurance form", ["priority": .string("high")])),
        .init("add please collect parcel from post office tomorrow", .add("Collect parcel from post office", ["due": .string("tomorrow")])),
        .init("please add buy gift for my friend next tuesday", .add("Buy gift for my friend", ["due": .string("2026-12-01")])),
        .init("add meeting with landlord on 3 december at 10am", .add("Meeting with landlord", ["due": .string("2026-12-03T10:00:00Z")])),
        .init("please add renew visa, it is very important", .add("Renew visa", ["priority": .string("high")])),
        .init("add send money to mama every month", .add("Send money to mama", ["recurrence": .string("monthly")])),
        .init("add buy the christmas tree on saturday 🎄✨", .add("Buy the christmas tree", ["due": .string("saturday")])),
        .init("add pay council tax,due monday,high priority", .add("Pay council tax", ["due": .string("monday"), "priority": .string("high")])),
        .init("add... um... defrost the freezer... by the end of the week", .add("Defrost the freezer", ["due": .string("2026-11-29")])),
        .init("add \"Return library DVD\" for tomorrow", .add("Return library DVD", ["due": .string("tomorrow")])),
        .init("add change the smoke alarm batteries every year", .replies("repeat")),
        .init("add price the coats and steam the dresses", .writes([.add("Price the coats"), .add("Steam the dresses")])),

        // MARK: completing (18)
        .init("rang the dentist there now, sure look", .complete(2)),
        .init("got the groceries,done", .complete(1)),
        .init("tick off \"Email Sarah\"", .complete(9)),
        .init("paid the rent innit", .complete(3)),
        .init("passport is renewed 🎉🛂", .complete(7)),
        .init("booked the flights... finally...", .complete(6)),
        .init("the garage is clean now, can mark like done please", .complete(8)),
        .init("bike's fixed, cheers drive", .complete(10)),
        .init("I have finished the team meeting notes, God be praised", .complete(4)),
        .init("mark number 7 as complete please", .complete(7)),
        .init(["any travel things on there?", "that's done now"], .complete(6)),        // only #6 is tagged travel
        .init("I already finish buy groceries", .complete(1)),
        .init("Email to Sarah is done. Thank you.", .complete(9)),
        .init("Nimemaliza! I have finished fixing the bike", .complete(10)),
        .init("finished the meeting notes on my break", .complete(4)),
        .init("somehow managed to ring the dentist 😅 tick it off", .complete(2)),

        // MARK: deleting (12)
        .init("remove the bike one, sold it", .delete(10)),
        .init("get shot of \"Book flights\", we're not going now", .delete(6)),
        .init("bin off the garage task innit", .delete(8)),
        .init("scrap number 7", .delete(7)),
        .init("take the team meeting notes off the list, like", .delete(4)),
        .init("Please delete task Email Sarah, it is not needed anymore", .delete(9)),
        .init("cancel the dentist,they rang me back", .delete(2)),
        .init("clear off the plants one, it's done anyway", .delete(5)),
        .init(["add buy nappies", "actually delete that"], .delete(11)),
        .init("remove passport and flights 🙅‍♀️🙅‍♀️", .writes([.delete(7), .delete(6)])),
        .init("you can delete the rent one, it goes by direct debit now", .delete(3)),

        // MARK: updating (20)
        .init("could you move calling the dentist to wednesday, bless you", .update(2, ["due": .string("wednesday")])),
        .init("make the garage high priority, proper urgent now", .update(8, ["priority": .string("high")])),
        .init("the bike isn't urgent at all", .update(10, ["priority": .string("low")])),
        .init("add a note to the passport one: photos are in the top drawer", .update(7, ["description": .string("photos are in the top drawer")])),
        .init("tag the flights as holiday too", .update(6, ["tags": .array([.string("travel"), .string("holiday")])])),
        .init("make clean the garage repeat every 2 weeks", .update(8, ["recurrence": .string("every 2 weeks")])),
        .init("passport needs doing by 3rd of Jan", .update(7, ["due": .string("2027-01-03")])),
        .init("push the team meeting notes to tomorrow first thing", .update(4, ["due": .string("2026-11-27T09:00:00Z")])),
        .init("bump renew passport up to medium", .update(7, ["priority": .string("medium")])),
        .init("please change email sarah to tomorrow after lunch", .update(9, ["due": .string("2026-11-27T13:00:00Z")])),
        .init("can the rent repeat every 3 months instead", .replies("repeat")),
        .init("did I book the flights yet?", .writesNothing),
        .init(["add order the christmas wreath", "make it due the 5th"], .update(11, ["due": .string("2026-12-05")])),
        .init(["add pay the milkman", "that's every week by the way"], .update(11, ["recurrence": .string("weekly")])),
        .init("put in the description for Email Sarah: ask about the christmas rota", .update(9, ["description": .string("ask about the christmas rota")])),
        .init("make the dentist and email sarah both monday",
              .writes([.update(2, ["due": .string("monday")]), .update(9, ["due": .string("monday")])])),
        .init("Team meeting notes should also be tagged 'urgent'", .update(4, ["tags": .array([.string("work"), .string("urgent")])])),

        // MARK: listing and questions (14)
        .init("where's my list to? show us everything", .lists([:])),
        .init("what's due by the 1st of december", .lists(["status": .string("pending"), "due_before": .string("2026-12-01"), "sort": .string("due")])),
        .init("show my shopping tasks", .lists(["tag": .string("shopping")])),
        .init("is there anything about sarah on there", .lists(["search": .string("sarah")])),
        .init("can you list everything alphabetically", .lists(["sort": .string("title")])),
        .init("what's on this week 👀📅", .lists(["status": .string("pending"), "due_before": .string("2026-11-29"), "sort": .string("due")])),
        .init("whats still pending for work", .lists(["status": .string("pending"), "tag": .string("work")])),
        .init("show me everything sorted by due date", .lists(["sort": .string("due")])),
        .init("anything on there about the bike...", .lists(["search": .string("bike")])),

        // MARK: writing nothing (10)
        .init("how do I mark something done?", .writesNothing),
        .init("add the school nativity on the 31st of november", .writesNothing),        // no such date
        .init("cheers drive, you're gert lush", .writesNothing),
        .init("what's the weather like in Cork today, sure look", .writesNothing),
        .init("tick off the work one", .asksWhich),                                       // #4 and #9 are both work
        .init("remove the car insurance task", .writesNothing),                           // not on the list
        .init("gg ez, off to bed 😴", .writesNothing),
    ]
}
