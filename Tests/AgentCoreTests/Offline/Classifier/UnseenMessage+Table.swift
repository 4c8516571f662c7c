@testable import AgentCore

/// Eighty messages written before the training templates were read, on ``HeldOutWorld``'s
/// tasks: 1 groceries, 2 dentist, 3 rent, 4 team meeting notes, 5 plants (done), 6 flights,
/// 7 passport, 8 garage, 9 email Sarah, 10 bike. None is a training sentence
/// (``TrainingExamplesTests`` checks).
extension UnseenMessage {
    static let table: [UnseenMessage] = completions + deletions + additions + listings + edits + talk

    private static let completions: [UnseenMessage] = [
        .init("the bike is fixed", .complete, .complete(10)),
        .init("pls mark the rent as payed", .complete, .complete(3)),
        .init("groceries are bought", .complete, .complete(1)),
        .init("just got back from buying the groceries, that's sorted", .complete, .complete(1)),
        .init("sarah has been emailed", .complete, .complete(9)),
        .init("managed to renew my passport today!", .complete, .complete(7)),
        .init("flights booked 🎉", .complete, .complete(6)),
        .init("finally cleaned out the garage", .complete, .complete(8)),
        .init("the dentist got called this morning", .complete, .complete(2)),
        .init("you can tick the bike off now pls", .complete, .complete(10)),
        .init("i have finnished the team meeting notes", .complete, .complete(4)),
        .init("passport renewal is all done and dusted", .complete, .complete(7)),
        .init("garage: done", .complete, .complete(8)),
        .init("I did email sarah yesterday", .complete, .complete(9)),
    ]

    private static let deletions: [UnseenMessage] = [
        .init("no longer need to call the dentist", .delete, .delete(2)),
        .init("forget the flights, the trip is off", .delete, .delete(6)),
        .init("we won't be fixing the bike, just sold it", .delete, .delete(10)),
        .init("the garage thing can go, not happening", .delete, .delete(8)),
        .init("please get the passport one out of my list", .delete, .delete(7)),
        .init("I don't want the team meeting notes task anymore", .delete, .delete(4)),
        .init("kill the groceries task", .delete, .delete(1)),
        .init("wipe out the email to sarah", .delete, .delete(9)),
        .init("the trip got cancelled so lose the flights task", .delete, .delete(6)),
    ]

    private static let additions: [UnseenMessage] = [
        .init("could you make sure I remember to buy milk", .add, .add("Buy milk")),
        .init("I need to not forget the car insurance", .add, .add("Car insurance")),
        .init("don't let me forget mum's birthday on saturday", .add, .add("Mum's birthday", ["due": "saturday"])),
        .init("i should really get a haircut", .add, .add("Get a haircut")),
        .init("gotta pick up the dry cleaning tomorrow", .add, .add("Pick up the dry cleaning", ["due": "tomorrow"])),
        .init("would be great if you could note down: return library books", .add, .add("Return library books")),
        .init("mayb remind me to water the lawn", .add, .add("Water the lawn")),
        .init("I must send the invoice to Tom by friday", .add, .add("Send the invoice to Tom", ["due": "friday"])),
        .init("Please to add buying new shoes", .add, .add("Buying new shoes")),
        .init("it would be nice to repaint the fence sometime", .add, .add("Repaint the fence", ["priority": "low"])),
        .init("want to call grandma on sunday", .add, .add("Call grandma", ["due": "sunday"])),
        .init("jot down: book the car service", .add, .add("Book the car service")),
    ]

    private static let listings: [UnseenMessage] = [
        .init("anything due friday?", .list, .lists),
        .init("what's on my plate today", .list, .lists),
        .init("have I got much left to do?", .list, .lists),
        .init("shwo me whats still open pls", .list, .lists),
        .init("what did I already finish?", .list, .lists),
        .init("anything for work?", .list, .lists),
        .init("is there something urgent I should be doing", .list, .lists),
        .init("whats on the agnda this week", .list, .lists),
        .init("what was I meant to be doing today again", .list, .lists),
        .init("can u give me an overview of my stuff", .list, .lists),
        .init("have I booked the flights yet?", .list, .lists),
    ]

    private static let edits: [UnseenMessage] = [
        .init("the dentist call can wait until monday", .reschedule, .update(2, ["due": "monday"])),
        .init("let's do the bike on saturday rather", .reschedule, .update(10, ["due": "saturday"])),
        .init("i won't manage the garage before next week", .reschedule, .update(8, ["due": "next week"])),
        .init("sarah's email needs to happen on thursday instead", .reschedule, .update(9, ["due": "thursday"])),
        .init("the passport is getting really urgent", .raisePriority, .update(7, ["priority": "high"])),
        .init("renewing the passport matters a lot now", .raisePriority, .update(7, ["priority": "high"])),
        .init("the dentist isn't that pressing anymore", .lowerPriority, .update(2, ["priority": "low"])),
        .init("bike repair is top priority", .raisePriority, .update(10, ["priority": "high"])),
        .init("turns out I didn't water the plants after all", .reopen, .update(5, ["completed": false])),
        .init("plants still need watering, put it back", .reopen, .update(5, ["completed": false])),
        .init("the bike should be in the errands category", .retag, .update(10, ["tags": ["errands"]])),
        .init("whoops, that was a mistake, take it back", .undo, .nothing),
        .init("no no, go back to how it was", .undo, .nothing),
    ]

    private static let talk: [UnseenMessage] = [
        .init("what sort of things can you do?", .help, .nothing),
        .init("i'm new here, how does this work", .help, .nothing),
        .init("what commands do u understand", .help, .nothing),
        .init("hiya there!!", .greeting, .nothing),
        .init("good evening assistant", .greeting, .nothing),
        .init("cheers mate, much appreciated", .thanks, .nothing),
        .init("thx so much for this!!", .thanks, .nothing),
        .init("alright cool", .acknowledgement, .nothing),
        .init("gotcha 👍", .acknowledgement, .nothing),
        .init("what's the weather going to be like tomorrow", .offTopic, .nothing),
        .init("how many grams in a pound", .offTopic, .nothing),
        .init("any good films on netflix you'd suggest?", .offTopic, .nothing),
        .init("who won the football last night", .offTopic, .nothing),
        .init("how do you say thank you in german", .offTopic, .nothing),
        .init("what's the capital of australia", .offTopic, .nothing),
        .init("compose a limerick about my cat", .offTopic, .nothing),
        .init("I'm so tired today", .chitChat, .nothing),
        .init("lmao", .chitChat, .nothing),
        .init("my boss is driving me crazy", .chitChat, .nothing),
        .init("it's raining again, typical", .chitChat, .nothing),
        .init("bleh, mondays", .chitChat, .nothing),
    ]
}
