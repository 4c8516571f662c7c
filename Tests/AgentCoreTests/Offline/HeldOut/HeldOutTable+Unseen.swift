@testable import AgentCore

/// The third held-out batch: 160 requests written as people type them (phones, typos, caps,
/// British and non-native phrasing, statements of fact, two requests in one), before the
/// engine's grammar or the earlier tables were read. Today is Thursday 26 November 2026.
extension HeldOutTable {
    static var unseen: [HeldOutCase] {
        unseenCreating + unseenListing + unseenCompleting + unseenUpdating + unseenDeleting + unseenMarking
            + unseenSearching + unseenSorting + unseenDating + unseenRepeating + unseenFollowing + unseenFailing
            + unseenAnswered
    }

    /// Must-write-nothing messages kept as rows rather than in ``unseenWritesNothing``: the
    /// classifier's own test asks its raw guess about every message of that list, and for these
    /// the rules answer first, so the classifier's guess never runs in the engine.
    private static let unseenAnswered: [HeldOutCase] = [
        .init("change its date to monday", .replies("task")),
        .init("delete the yoga task", .replies("task")),
        .init("complete the laundry", .replies("task")),
        .init("move the car wash to friday", .replies("task")),
        .init("remind me on the 45th to call Joe", .replies("task")),
    ]

    private static let unseenCreating: [HeldOutCase] = [
        .init("can u add pick up dry cleaning pls", .add("Pick up dry cleaning")),
        .init("ADD BUY OAT MILK", .add("Buy oat milk")),
        .init("NEED TO CALL THE PLUMBER", .add("Call the plumber")),
        .init("i gotta return the library books", .add("Return the library books")),
        .init("Could you please put 'order birthday cake for Emma' on my list?", .add("Order birthday cake for Emma")),
        .init("new task: renew car insurance", .add("Renew car insurance")),
        .init("Don't let me forget to sign the school permission slip", .add("Sign the school permission slip")),
        .init("note to self - defrost the freezer", .add("Defrost the freezer")),
        .init("jot down get new printer ink", .add("Get new printer ink")),
        .init("I have to finish the quarterly report", .add("Finish the quarterly report")),
        .init("could you pop renew TV licence on my list", .add("Renew TV licence")),
        .init("please to add the task for clean kitchen", .add("Clean kitchen")),
        .init("hey can you add a task for me to schedule the car service", .add("Schedule the car service")),
        .init("must remember to text grandma", .add("Text grandma")),
    ]

    private static let unseenListing: [HeldOutCase] = [
        .init("show everything", .lists(["status": "all"])),
        .init("what do i still need to get done", .lists(["status": "pending"])),
        .init("list all my todos", .lists([:])),
        .init("WHAT'S LEFT", .lists(["status": "pending"])),
        .init("what have i finished so far?", .lists(["status": "completed"])),
        .init("can you show me what i've done", .lists(["status": "completed"])),
        .init("open tasks pls", .lists(["status": "pending"])),
        .init("show me my to-do list", .lists([:])),
        .init("anything outstanding?", .lists(["status": "pending"])),
        .init("list the done ones", .lists(["status": "completed"])),
        .init("whats not done yet", .lists(["status": "pending"])),
        .init("show me everything incl. completed", .lists(["status": "all"])),
        .init("how many things are on my list?", .lists([:])),
    ]

    private static let unseenCompleting: [HeldOutCase] = [
        .init("mark 4 as done", .complete(4)),
        .init("task 6 done", .complete(6)),
        .init("i called the dentist", .complete(2)),
        .init("bike's fixed now", .complete(10)),
        .init("rent is paid", .complete(3)),
        .init("groceries done", .complete(1)),
        .init("tick off the passport one", .complete(7)),
        .init("finished cleaning the garage!!", .complete(8)),
        .init("flights are booked", .complete(6)),
        .init("check off number nine", .complete(9)),
        .init("emailed sarah already", .complete(9)),
        .init("pls mark the groceries as complete", .complete(1)),
        .init("cross off task two", .complete(2)),
        .init("mark 1 done and delete 8", .writes([.complete(1), .delete(8)])),
    ]

    private static let unseenUpdating: [HeldOutCase] = [
        .init("rename task 1 to buy groceries and fruit", .update(1, ["title": "Buy groceries and fruit"])),
        .init("change 'Fix the bike' to 'Fix the bike brakes'", .update(10, ["title": "Fix the bike brakes"])),
        .init("the passport task should say Renew passport and ID card", .update(7, ["title": "Renew passport and ID card"])),
        .init("add a note to the rent task: landlord changed bank details", .update(3, ["description": "Landlord changed bank details"])),
        .init("edit task 8 -> clean the garage and the shed", .update(8, ["title": "Clean the garage and the shed"])),
        .init("actually make the groceries one 'buy groceries for the week'", .update(1, ["title": "Buy groceries for the week"])),
        .init("typo in task 4, should be Team meeting agenda", .update(4, ["title": "Team meeting agenda"])),
        .init("update the flights task to Book flights to Lisbon", .update(6, ["title": "Book flights to Lisbon"])),
        .init("put a description on the dentist task: ask about the filling", .update(2, ["description": "Ask about the filling"])),
        .init("change the title of #7 to Renew both passports", .update(7, ["title": "Renew both passports"])),
        .init("reword task 10 as Get the bike serviced", .update(10, ["title": "Get the bike serviced"])),
        .init("task 5 isn't actually done", .update(5, ["completed": false])),
        .init("reopen the plants one", .update(5, ["completed": false])),
    ]

    private static let unseenDeleting: [HeldOutCase] = [
        .init("delete task 8", .delete(8)),
        .init("get rid of the garage task", .delete(8)),
        .init("remove the passport thing pls", .delete(7)),
        .init("no need for the flights anymore", .delete(6)),
        .init("scrap number 4", .delete(4)),
        .init("I don't need to fix the bike anymore, remove it", .delete(10)),
        .init("bin the rent one", .delete(3)),
        .init("pls delete email sarah", .delete(9)),
        .init("take the groceries off my list", .delete(1)),
        .init("forget about the meeting notes", .delete(4)),
        .init("erase task #6", .delete(6)),
        .init("clear out all the completed tasks", .delete(5)),
        .init("delete the finished ones", .delete(5)),
    ]

    private static let unseenMarking: [HeldOutCase] = [
        .init("make the rent high priority", .update(3, ["priority": "high"])),
        .init("task 7 is urgent", .update(7, ["priority": "high"])),
        .init("bike isn't important", .update(10, ["priority": "low"])),
        .init("set dentist to medium priority", .update(2, ["priority": "medium"])),
        .init("label task 10 errands", .update(10, ["tags": ["errands"]])),
        .init("add #home to clean the garage", .update(8, ["tags": ["home"]])),
        .init("put the garage task under #weekend", .update(8, ["tags": ["weekend"]])),
        .init("passport renewal is top priority", .update(7, ["priority": "high"])),
        .init("add a task to buy a birthday present, high priority", .add("Buy a birthday present", ["priority": "high"])),
        .init("new task book hotel for lisbon #travel", .add("Book hotel for lisbon", ["tags": ["travel"]])),
        .init("add call the bank, no rush", .add("Call the bank", ["priority": "low"])),
        .init("not urgent: sort out old photos", .add("Sort out old photos", ["priority": "low"])),
        .init("add get a new phone charger to errands", .add("Get a new phone charger", ["tags": ["errands"]])),
    ]

    private static let unseenSearching: [HeldOutCase] = [
        .init("show me only the work stuff", .lists(["tag": "work"])),
        .init("anything about sarah?", .lists(["search": "sarah"])),
        .init("find the passport task", .lists(["search": "passport"])),
        .init("what's high priority", .lists(["priority": "high"])),
        .init("show me my shopping tasks", .lists(["tag": "shopping"])),
        .init("tasks tagged travel", .lists(["tag": "travel"])),
        .init("search for bike", .lists(["search": "bike"])),
        .init("do i have anything with the dentist", .lists(["search": "dentist"])),
        .init("which tasks are low priority?", .lists(["priority": "low"])),
        .init("show the work ones that are still open", .lists(["tag": "work", "status": "pending"])),
        .init("look up rent", .lists(["search": "rent"])),
        .init("show me just the travel things", .lists(["tag": "travel"])),
        .init("stuff related to meeting", .lists(["search": "meeting"])),
    ]

    private static let unseenSorting: [HeldOutCase] = [
        .init("sort my tasks by due date", .lists(["sort": "due"])),
        .init("show tasks soonest first", .lists(["sort": "due"])),
        .init("list by priority", .lists(["sort": "priority"])),
        .init("alphabetical order please", .lists(["sort": "title"])),
        .init("show them A-Z", .lists(["sort": "title"])),
        .init("most important first", .lists(["sort": "priority"])),
        .init("order by deadline", .lists(["sort": "due"])),
        .init("show my list sorted by name", .lists(["sort": "title"])),
        .init("show the oldest ones first", .lists(["sort": "created"])),
        .init("pending tasks by urgency", .lists(["status": "pending", "sort": "priority"])),
        .init("show completed sorted alphabetically", .lists(["status": "completed", "sort": "title"])),
        .init("what's coming up next?", .lists(["status": "pending", "sort": "due"])),
        .init("sort by newest", .lists(["sort": "created"])),
    ]

    private static let unseenDating: [HeldOutCase] = [
        .init("move the dentist to monday", .update(2, ["due": "2026-11-30"])),
        .init("push task 4 back to next tuesday", .update(4, ["due": "2026-12-01"])),
        .init("add renew gym membership next thursday", .add("Renew gym membership", ["due": "2026-12-03"])),
        .init("postpone the rent by a week", .update(3, ["due": "2026-12-08"])),
        .init("set the dentist due tomorrow at 5pm", .update(2, ["due": "2026-11-27T17:00:00Z"])),
        .init("add pay council tax on the 15th", .add("Pay council tax", ["due": "2026-12-15"])),
        .init("remind me to send the invoice to Acme on 3 December", .add("Send the invoice to Acme", ["due": "2026-12-03"])),
        .init("I have to submit my tax return by January 31st", .add("Submit my tax return", ["due": "2027-01-31"])),
        .init("book the vet for the end of the month", .add("Book the vet", ["due": "2026-11-30"])),
        .init("what's on for next week?", .lists(["status": "pending", "due_before": "2026-12-06", "sort": "due"])),
        .init("change the due date of task 7 to friday 9am", .update(7, ["due": "2026-11-27T09:00:00Z"])),
        .init("remind me in two weeks to check the smoke alarm", .add("Check the smoke alarm", ["due": "2026-12-10"])),
        .init("remind me 2 call dad tmrw", .add("Call dad", ["due": "2026-11-27"])),
        .init("add pick up kids at 3pm tomorrow", .add("Pick up kids", ["due": "2026-11-27T15:00:00Z"])),
    ]

    private static let unseenRepeating: [HeldOutCase] = [
        .init("take out the bins every tuesday", .add("Take out the bins", ["recurrence": "weekly", "due": "2026-12-01"])),
        .init("add daily: take vitamins", .add("Take vitamins", ["recurrence": "daily"])),
        .init("remind me to pay the phone bill every month", .add("Pay the phone bill", ["recurrence": "monthly"])),
        .init("feed the fish every other day", .add("Feed the fish", ["recurrence": "every 2 days"])),
        .init("get a haircut every six weeks", .add("Get a haircut", ["recurrence": "every 42 days"])),
        .init("make the bike task repeat weekly", .update(10, ["recurrence": "weekly"])),
        .init("stop repeating the rent", .update(3, ["recurrence": nil])),
        .init("clean the bathroom weekly", .add("Clean the bathroom", ["recurrence": "weekly"])),
        .init("remind me every day to take my meds", .add("Take my meds", ["recurrence": "daily"])),
        .init("set task 8 to repeat every 2 weeks", .update(8, ["recurrence": "every 14 days"])),
        .init("call grandma every sunday", .add("Call grandma", ["recurrence": "weekly", "due": "2026-11-29"])),
        .init("every 2 days water the herbs", .add("Water the herbs", ["recurrence": "every 2 days"])),
        .init("add a yearly reminder to renew the car tax", .replies("daily")),
    ]

    private static let unseenFollowing: [HeldOutCase] = [
        .init(["show my work tasks", "finish off the first one"], .complete(4)),
        .init(["add buy bread", "actually make it tomorrow"], .update(11, ["due": "2026-11-27"])),
        .init(["add call the plumber", "make that urgent"], .update(11, ["priority": "high"])),
        .init(["what's task 3?", "mark it done"], .complete(3)),
        .init(["find the bike task", "delete it"], .delete(10)),
        .init(["delete task 6", "oops undo that"], .writes([.undo])),
        .init(["list high priority", "move it to monday"], .update(2, ["due": "2026-11-30"])),
        .init(["search rent", "change it to Pay rent and bills"], .update(3, ["title": "Pay rent and bills"])),
        .init(["show my travel tasks", "that one's done"], .complete(6)),
        .init(["show tasks tagged work", "the second one is done"], .complete(9)),
        .init(["add renew library card", "no wait, remove it"], .delete(11)),
        .init(["show me the meeting task", "rename it to Team meeting minutes"], .update(4, ["title": "Team meeting minutes"])),
        .init(["show task 9", "call it Email Sarah about the budget instead"], .update(9, ["title": "Email Sarah about the budget"])),
        .init("add eggs and make the rent high priority", .writes([.add("Eggs"), .update(3, ["priority": "high"])])),
    ]

    private static let unseenFailing: [HeldOutCase] = [
        .init("delete task 57", .replies("57")),
        .init("finish task 99", .replies("99")),
        .init("add pay bills on 31 April", .replies("April")),
        .init("remind me on feb 30 to call the bank", .replies("February")),
        .init("complete the plants task", .replies("already")),
        .init("set priority of task 3 to super mega", .replies("priority")),
        .init("complete the work task", .asksWhich),
        .init("move task 12 to friday", .replies("12")),
        .init("rename task 2 to", .replies("title")),
        .init("tag the work one as urgent", .asksWhich),
        .init("remove the work one", .asksWhich),
        .init("delete the paper task", .replies("paper")),
        .init("add jogging every 0 days", .replies("every")),
        .init("mark task 7 as priority 11", .replies("priority")),
    ]

    /// This batch's messages that must lead to no write at all.
    static let unseenWritesNothing: [String] = [
        "whats the time in tokyo", "can you book me a taxi", "how do i get to the station", "who made you?",
        "is pluto a planet", "what's 12 times 7 minus 3", "sing me a song",
        "mark it as complete", "delete those", "move them to friday", "make those low priority", "rename it",
        "that's done now", "tick that off",
        "qwerty uiop", "...", "xqzv pfft", "🙂", "ok so",
        "rename the gym task to Gym at 7",
        "mark the work thing done",
        "add water the lawn every blue moon", "push the meeting to never",
        "DELETE EVERYTHING",
    ]
}
