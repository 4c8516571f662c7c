@testable import AgentCore

/// Follow-ups that lean on the turn before, errors the tools report, and the odd ways people
/// type: typos in common words, capitals, punctuation, "please" and "can you …?".
extension HeldOutTable {
    static let following: [HeldOutCase] = [
        HeldOutCase(["add buy milk", "make it high priority"], .update(11, ["priority": "high"])),
        HeldOutCase(["add buy milk", "actually make that tomorrow"], .update(11, ["due": "tomorrow"])),
        HeldOutCase(["add call mum", "tag it family"], .update(11, ["tags": ["family"]])),
        HeldOutCase(["add buy milk", "undo"], .writes([.undo])),
        HeldOutCase(["delete task 6", "undo that"], .writes([.undo])),
        HeldOutCase(["add buy milk", "delete it"], .delete(11)),
        HeldOutCase(["add buy milk", "mark it done"], .complete(11)),
        HeldOutCase(["add buy milk", "also bread"], .add("Bread")),
        HeldOutCase(["complete task 7", "and task 10"], .complete(10)),
        HeldOutCase(["add pay the gas bill", "it's due on friday"], .update(11, ["due": "friday"])),
        HeldOutCase(["move task 10 to friday", "actually, make it monday"], .update(10, ["due": "monday"])),
        HeldOutCase(["delete the meeting task", "undo"], .writes([.undo])),
        HeldOutCase(["show task 7", "finish it"], .complete(7)),
        HeldOutCase(["complete the passport task", "oops, undo that"], .writes([.undo])),
        HeldOutCase(["add water the lawn", "make it repeat weekly"], .update(11, ["recurrence": "weekly"])),
    ]

    static let failing: [HeldOutCase] = [
        HeldOutCase("complete task 99", .replies("99")),
        HeldOutCase("delete task 42", .replies("42")),
        HeldOutCase("move task 77 to friday", .replies("77")),
        HeldOutCase("complete task 5", .replies("already")),
        HeldOutCase("mark the plants task as done", .replies("already")),
        HeldOutCase("remind me to pay rent on 31 April", .replies("April has 30 days")),
        HeldOutCase("add file taxes on February 30", .replies("February has 28 days")),
        HeldOutCase("finish the unicorn task", .replies("unicorn")),
    ]

    static let oddlyTyped: [HeldOutCase] = [
        HeldOutCase("remidn me to buy milk", .add("Buy milk")),
        HeldOutCase("compelte task 7", .complete(7)),
        HeldOutCase("delet task 6", .delete(6)),
        HeldOutCase("finsh task 7", .complete(7)),
        HeldOutCase("add buy milk tomorow", .add("Buy milk", ["due": "tomorrow"])),
        HeldOutCase("add call the bank, high priorty", .add("Call the bank", ["priority": "high"])),
        HeldOutCase("add call the bank, urgnet", .add("Call the bank", ["priority": "high"])),
        HeldOutCase("show my pendng tasks", .lists(["status": "pending"])),
        HeldOutCase("remove task 6 plese", .delete(6)),
        HeldOutCase("ADD BUY MILK", .add("BUY MILK")),
        HeldOutCase("COMPLETE TASK 7", .complete(7)),
        HeldOutCase("SHOW MY TASKS", .lists([:])),
        HeldOutCase("DELETE TASK 6!!!", .delete(6)),
        HeldOutCase("add buy milk.", .add("Buy milk")),
        HeldOutCase("complete task 7!", .complete(7)),
        HeldOutCase("what's pending???", .lists(["status": "pending"])),
        HeldOutCase("delete task 6...", .delete(6)),
        HeldOutCase("please complete task 7", .complete(7)),
        HeldOutCase("please show my tasks", .lists([:])),
        HeldOutCase("could you please delete task 6?", .delete(6)),
        HeldOutCase("can you mark task 7 as done?", .complete(7)),
        HeldOutCase("can you remind me to buy milk tomorrow?", .add("Buy milk", ["due": "tomorrow"])),
        HeldOutCase("would you add buy milk for me", .add("Buy milk")),
        HeldOutCase("Hey, could you add a task to buy milk, thanks!", .add("Buy milk")),
        HeldOutCase("pls show everything", .lists(["status": "all"])),
        HeldOutCase("i need to buy milk tommorow", .add("Buy milk", ["due": "tomorrow"])),
        HeldOutCase("add buy milk on wensday", .add("Buy milk", ["due": "wednesday"])),
        HeldOutCase("add buy milk, it's very urgent!!", .add("Buy milk", ["priority": "high"])),
        HeldOutCase("add organise the party", .add("Organise the party")),
        HeldOutCase("show my tasks by colour", .lists([:])),
    ]
}
