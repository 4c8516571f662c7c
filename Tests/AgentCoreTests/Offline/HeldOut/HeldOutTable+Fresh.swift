@testable import AgentCore

/// A second batch of rows that change tasks, written later from a new user's head, before the
/// engine's grammar was read: other verbs, word orders, politeness, British spelling and
/// contractions than the first batch.
extension HeldOutTable {
    static var fresh: [HeldOutCase] {
        freshCreating + freshPrioritising + freshTagging + freshDating + freshRepeating
            + freshCompleting + freshChanging + freshDeleting + freshFollowing + freshErrors + freshTyped
            + freshLists
    }

    private static let freshCreating: [HeldOutCase] = [
        HeldOutCase("add pick up the kids from school", .add("Pick up the kids from school")),
        HeldOutCase("Could you remind me to renew my library card?", .add("Renew my library card")),
        HeldOutCase("new todo: defrost the freezer", .add("Defrost the freezer")),
        HeldOutCase("i should really clean out the fridge", .add("Clean out the fridge")),
        HeldOutCase("Need to get the car serviced", .add("Get the car serviced")),
        HeldOutCase("remind me to ring the council", .add("Ring the council")),
        HeldOutCase("add 'buy a birthday card for Tom'", .add("Buy a birthday card for Tom")),
        HeldOutCase("put 'order a new charger' on my list for friday", .add("Order a new charger", ["due": "friday"])),
        HeldOutCase("put 'book flights' on my list for next tuesday, high priority",
                    .add("Book flights", ["due": "tuesday", "priority": "high"])),
        HeldOutCase("add bread, the newspaper and batteries", .writes([.add("Bread"), .add("Newspaper"), .add("Batteries")])),
        HeldOutCase("add milk, the dentist and fix the bike", .writes([.add("Milk"), .add("Dentist"), .add("Fix the bike")])),
        HeldOutCase("call the bank sometime", .add("Call the bank", ["priority": "low"])),
        HeldOutCase("I need to sort out my pension at some point", .add("Sort out my pension", ["priority": "low"])),
        HeldOutCase("remind me to call grandma later", .add("Call grandma")),
    ]

    private static let freshPrioritising: [HeldOutCase] = [
        HeldOutCase("add renew the TV licence, this one's important", .add("Renew the TV licence", ["priority": "high"])),
        HeldOutCase("add water the garden, not a priority", .add("Water the garden", ["priority": "low"])),
        HeldOutCase("add book the MOT - urgent!", .add("Book the MOT", ["priority": "high"])),
        HeldOutCase("add get a haircut, low-priority", .add("Get a haircut", ["priority": "low"])),
        HeldOutCase("add change the smoke detector battery, priority: high", .add("Change the smoke detector battery", ["priority": "high"])),
        HeldOutCase("add tidy the shed (medium priority)", .add("Tidy the shed", ["priority": "medium"])),
        HeldOutCase("add sign the forms, not high priority", .add("Sign the forms", ["priority": "low"])),
        HeldOutCase("task 4 isn't urgent any more", .update(4, ["priority": "low"])),
        HeldOutCase("bump task 9 up to high priority", .update(9, ["priority": "high"])),
        HeldOutCase("set task 1 to medium priority", .update(1, ["priority": "medium"])),
    ]

    private static let freshTagging: [HeldOutCase] = [
        HeldOutCase("add pick up prescription #health", .add("Pick up prescription", ["tags": ["health"]])),
        HeldOutCase("tag the bike task as weekend", .update(10, ["tags": ["weekend"]])),
        HeldOutCase("add a work task: prepare the quarterly review", .add("Prepare the quarterly review", ["tags": ["work"]])),
        HeldOutCase("add buy paint for the house, tag: diy", .add("Buy paint for the house", ["tags": ["diy"]])),
        HeldOutCase("label task 8 as home", .update(8, ["tags": ["home"]])),
    ]

    private static let freshDating: [HeldOutCase] = [
        HeldOutCase("add book a haircut for the 3rd of December", .add("Book a haircut", ["due": "december 3"])),
        HeldOutCase("remind me to pay the council tax by 1 Jan", .add("Pay the council tax", ["due": "january 1"])),
        HeldOutCase("add submit timesheet friday at 4pm", .add("Submit timesheet", ["due": "friday at 16:00"])),
        HeldOutCase("remind me on Monday to call the garage", .add("Call the garage", ["due": "monday"])),
        HeldOutCase("add get a flu jab in a couple of weeks", .add("Get a flu jab", ["due": "in 2 weeks"])),
        // "Renew passport" is on the list: said again with a date, it gets the date rather than a twin.
        HeldOutCase("renew my passport in a month", .update(7, ["due": "in 1 month"])),
        HeldOutCase("remind me to send invoices on the 30th at 9am", .add("Send invoices", ["due": "the 30th at 09:00"])),
        HeldOutCase("add mow the lawn this saturday", .add("Mow the lawn", ["due": "saturday"])),
        HeldOutCase("add collect the parcel tomorow morning", .add("Collect the parcel", ["due": "tomorrow at 09:00"])),
    ]

    private static let freshRepeating: [HeldOutCase] = [
        HeldOutCase("remind me to pay the window cleaner every 4 weeks", .add("Pay the window cleaner", ["recurrence": "every 28 days"])),
        HeldOutCase("add vacuum the stairs every Saturday", .add("Vacuum the stairs", ["recurrence": "weekly", "due": "saturday"])),
        HeldOutCase("add take vitamins every morning", .add("Take vitamins", ["recurrence": "daily"])),
        HeldOutCase("change task 9 to repeat every week", .update(9, ["recurrence": "weekly"])),
        HeldOutCase("add back up the laptop fortnightly", .add("Back up the laptop", ["recurrence": "every 14 days"])),
        HeldOutCase("add go jogging every -1 days", .replies("every")),
    ]

    private static let freshCompleting: [HeldOutCase] = [
        HeldOutCase("I've finished the meeting notes", .complete(4)),
        HeldOutCase("knock out the flights one", .complete(6)),
        HeldOutCase("that's the groceries done", .complete(1)),
        HeldOutCase("email sarah is done", .complete(9)),
        HeldOutCase("mark #2 done", .complete(2)),
        HeldOutCase("Mark the garage one as finished please", .complete(8)),
        HeldOutCase("all done with the dentist", .complete(2)),
        HeldOutCase("task eight is complete", .complete(8)),
        HeldOutCase("check off number 4", .complete(4)),
    ]

    private static let freshChanging: [HeldOutCase] = [
        HeldOutCase("rename task 4 to 'Write up meeting notes'", .update(4, ["title": "Write up meeting notes"])),
        HeldOutCase("change the bike task's title to Repair the bike", .update(10, ["title": "Repair the bike"])),
        HeldOutCase("the dentist is actually due on monday", .update(2, ["due": "monday"])),
        HeldOutCase("push the garage to the weekend", .update(8, ["due": "this weekend"])),
        HeldOutCase("move the rent to 5 December", .update(3, ["due": "december 5"])),
        HeldOutCase("add a description to task 9: ask about the budget", .update(9, ["description": "ask about the budget"])),
        HeldOutCase("reopen the plants task", .update(5, ["completed": false])),
        HeldOutCase("un-tick task 5", .update(5, ["completed": false])),
    ]

    private static let freshDeleting: [HeldOutCase] = [
        HeldOutCase("don't need the garage task anymore", .delete(8)),
        HeldOutCase("bin the bike task", .delete(10)),
        HeldOutCase("please get rid of task number 4", .delete(4)),
        HeldOutCase("Remove 'Email Sarah'", .delete(9)),
        HeldOutCase("wipe the rent task", .delete(3)),
        HeldOutCase("kill task 8", .delete(8)),
    ]

    private static let freshFollowing: [HeldOutCase] = [
        HeldOutCase(["add buy stamps", "and envelopes"], .add("Envelopes")),
        HeldOutCase(["add fix the gate", "make it low priority"], .update(11, ["priority": "low"])),
        HeldOutCase(["complete task 7", "actually bring it back"], .update(7, ["completed": false])),
        HeldOutCase(["show my work tasks", "complete the first one"], .complete(4)),
        HeldOutCase(["add renew the car tax", "set it for december 10"], .update(11, ["due": "december 10"])),
        HeldOutCase(["delete the bike task", "no wait, put it back"], .writes([.undo])),
        HeldOutCase(["add call the vet", "rename it to call the vet about Max"], .update(11, ["title": "Call the vet about Max"])),
    ]

    private static let freshErrors: [HeldOutCase] = [
        HeldOutCase("delete task 404", .replies("404")),
        HeldOutCase("mark task twelve done", .replies("12")),
        HeldOutCase("add call the vet on 30 February", .replies("February has 28 days")),
        HeldOutCase("remind me to file the forms on June 31", .replies("June has 30 days")),
        HeldOutCase("complete the spaceship task", .replies("spaceship")),
        HeldOutCase("mark task 5 as done", .replies("already")),
    ]

    private static let freshTyped: [HeldOutCase] = [
        HeldOutCase("Remind Me To Buy Batteries", .add("Buy batteries")),
        HeldOutCase("pls add hoover the lounge", .add("Hoover the lounge")),
        HeldOutCase("delete taks 6", .delete(6)),
        HeldOutCase("I'VE FINISHED TASK 8", .complete(8)),
        HeldOutCase("add organise the cupboard, low priority pls", .add("Organise the cupboard", ["priority": "low"])),
    ]
}
