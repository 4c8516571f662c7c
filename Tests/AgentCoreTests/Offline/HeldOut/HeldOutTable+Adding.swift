@testable import AgentCore

/// Creating tasks, with dates, priorities, tags and recurrence, said the ways people say them.
extension HeldOutTable {
    private static let objects = [
        HeldOutMatrix.Part("buy milk", ["title": "Buy milk"]),
        HeldOutMatrix.Part("call the plumber", ["title": "Call the plumber"]),
        HeldOutMatrix.Part("pick up the dry cleaning", ["title": "Pick up the dry cleaning"]),
    ]

    static let creating = HeldOutMatrix.rows([
        "add {o}{m}", "add a task to {o}{m}", "remind me to {o}{m}", "I need to {o}{m}", "new task: {o}{m}",
        "can you add {o}{m}?", "please add a task to {o}{m}", "don't let me forget to {o}{m}",
        "create a todo to {o}{m}", "put {o} on my list{m}", "todo - {o}{m}", "I have to {o}{m}",
        "jot down {o}{m}", "make a note to {o}{m}", "Remember to {o}{m}",
    ], objects: objects, modifiers: [
        .init(""), .init(" tomorrow", ["due": "tomorrow"]), .init(" on friday", ["due": "friday"]),
        .init(" next week", ["due": "next week"]), .init(" in 3 days", ["due": "in 3 days"]),
    ]) { .add($0.title, $0.details) }

    static let prioritising = HeldOutMatrix.rows([
        "add {o}{m}", "remind me to {o}{m}",
    ], objects: [
        .init("renew the car insurance", ["title": "Renew the car insurance"]),
        .init("sort the recycling", ["title": "Sort the recycling"]),
    ], modifiers: [
        .init(", it's urgent", ["priority": "high"]), .init(" - high priority", ["priority": "high"]),
        .init(", low priority", ["priority": "low"]), .init(", no rush", ["priority": "low"]),
        .init(", not urgent", ["priority": "low"]), .init(", not important", ["priority": "low"]),
        .init(" whenever", ["priority": "low"]), .init(", medium priority", ["priority": "medium"]),
        .init(" asap", ["priority": "high"]), .init(", top priority", ["priority": "high"]),
        .init(" (important)", ["priority": "high"]),
    ]) { .add($0.title, $0.details) }
        + [
            HeldOutCase("add wash the car, it's not urgent", .add("Wash the car", ["priority": "low"])),
            HeldOutCase("add wash the car, there's no rush", .add("Wash the car", ["priority": "low"])),
            HeldOutCase("wash the car whenever you can", .add("Wash the car", ["priority": "low"])),
            HeldOutCase("add wash the car - low prio", .add("Wash the car", ["priority": "low"])),
            HeldOutCase("add wash the car, very important", .add("Wash the car", ["priority": "high"])),
            HeldOutCase("add wash the car, high prio", .add("Wash the car", ["priority": "high"])),
        ]

    static let tagging = HeldOutMatrix.rows([
        "add {o} #errands", "add {o} for errands", "add an errands task to {o}", "add {o}, labelled errands",
        "add {o}, tag it errands", "add {o} tagged errands", "add {o} to my errands list", "new errands task: {o}",
    ], objects: [
        .init("post the parcel", ["title": "Post the parcel"]),
        .init("get stamps", ["title": "Get stamps"]),
    ]) { .add($0.title, ["tags": ["errands"]]) }
        + [
            HeldOutCase("add a task to buy milk to my todos", .add("Buy milk")),
            HeldOutCase("put buy milk on my to-do list", .add("Buy milk")),
            HeldOutCase("add prepare the slides for work, high priority", .add("Prepare the slides", ["tags": ["work"], "priority": "high"])),
            HeldOutCase("add #home #weekend fix the fence", .add("Fix the fence", ["tags": ["home", "weekend"]])),
        ]

    static let dating = HeldOutMatrix.rows([
        "remind me to {o} {m}", "add {o} due {m}",
    ], objects: [
        .init("send the report", ["title": "Send the report"]),
        .init("book the vet", ["title": "Book the vet"]),
    ], modifiers: [
        .init("in a fortnight", ["due": "in 2 weeks"]), .init("on 3 June", ["due": "june 3"]),
        .init("June 3rd", ["due": "june 3"]), .init("the day after tomorrow", ["due": "in 2 days"]),
        .init("this weekend", ["due": "this weekend"]), .init("end of the month", ["due": "end of month"]),
        .init("tomorrow at 5pm", ["due": "tomorrow at 17:00"]), .init("next tuesday", ["due": "tuesday"]),
        .init("on the 15th", ["due": "the 15th"]), .init("two days from now", ["due": "in 2 days"]),
        .init("tonight", ["due": "today at 20:00"]), .init("2026-12-24", ["due": "2026-12-24"]),
    ]) { .add($0.title, $0.details) }
        + HeldOutMatrix.rows([
            "{o} {m}", "I've got to {o} {m}",
        ], objects: [.init("see the optician", ["title": "See the optician"])], modifiers: [
            .init("on december 3", ["due": "december 3"]), .init("by the 21st of January", ["due": "january 21"]),
            .init("next Monday morning", ["due": "monday at 09:00"]), .init("in two weeks", ["due": "in 2 weeks"]),
        ]) { .add($0.title, $0.details) }
        + [
            HeldOutCase("add pay the gas bill on Dec 12", .add("Pay the gas bill", ["due": "december 12"])),
            HeldOutCase("add call gran at 6pm", .add("Call gran", ["due": "at 18:00"])),
            HeldOutCase("remind me to stretch in 10 days", .add("Stretch", ["due": "in 10 days"])),
            HeldOutCase("add finish the essay by end of next week", .add("Finish the essay", ["due": "end of next week"])),
        ]

    static let repeating = HeldOutMatrix.rows([
        "add {o} {m}", "remind me to {o} {m}",
    ], objects: [
        .init("take the bins out", ["title": "Take the bins out"]),
        .init("check the smoke alarm", ["title": "Check the smoke alarm"]),
    ], modifiers: [
        .init("every day", ["recurrence": "daily"]), .init("daily", ["recurrence": "daily"]),
        .init("every week", ["recurrence": "weekly"]), .init("weekly", ["recurrence": "weekly"]),
        .init("every monday", ["recurrence": "weekly", "due": "monday"]), .init("every month", ["recurrence": "monthly"]),
        .init("monthly", ["recurrence": "monthly"]), .init("every 2 weeks", ["recurrence": "every 14 days"]),
        .init("every other day", ["recurrence": "every 2 days"]), .init("every three days", ["recurrence": "every 3 days"]),
        .init("each morning", ["recurrence": "daily"]), .init("once a month", ["recurrence": "monthly"]),
    ]) { .add($0.title, $0.details) }
        + [
            HeldOutCase("make task 3 repeat weekly", .update(3, ["recurrence": "weekly"])),
            HeldOutCase("task 10 should repeat every month", .update(10, ["recurrence": "monthly"])),
            HeldOutCase("set task 7 to recur daily", .update(7, ["recurrence": "daily"])),
            HeldOutCase("add stretch every -2 weeks", .replies("every")),
            HeldOutCase("remind me to floss every 0 days", .replies("every")),
        ]

    static let several: [HeldOutCase] = [
        HeldOutCase("add stamps, envelopes and tape", .writes([.add("Stamps"), .add("Envelopes"), .add("Tape")])),
        HeldOutCase("add eggs, flour and sugar to my list", .writes([.add("Eggs"), .add("Flour"), .add("Sugar")])),
        HeldOutCase("finish the dentist and the bike", .writes([.complete(2), .complete(10)])),
        HeldOutCase("complete tasks 7 and 10", .writes([.complete(7), .complete(10)])),
        HeldOutCase("delete task 6 and task 8", .writes([.delete(6), .delete(8)])),
    ]

    static let noting: [HeldOutCase] = [
        HeldOutCase("note on the passport task: photos are in the drawer",
                    .update(7, ["description": "photos are in the drawer"])),
        HeldOutCase("add details to fix the bike: the back tyre is flat",
                    .update(10, ["description": "the back tyre is flat"])),
        HeldOutCase("add a note to task 6: window seat", .update(6, ["description": "window seat"])),
    ]
}
