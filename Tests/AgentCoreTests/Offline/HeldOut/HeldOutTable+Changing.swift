@testable import AgentCore

/// Completing, deleting and editing tasks named by id, number words, position or title words.
extension HeldOutTable {
    /// Ways to name task 7, "Renew passport".
    private static let passport: [HeldOutMatrix.Part] = [
        .init("task 7"), .init("#7"), .init("task seven"), .init("the seventh task"), .init("item number 7"),
        .init("number seven"), .init("the passport task"), .init("renew passport"), .init("the passport one"),
    ]

    /// Ways to name task 6, "Book flights".
    private static let flights: [HeldOutMatrix.Part] = [
        .init("task 6"), .init("#6"), .init("task six"), .init("the sixth task"), .init("item number six"),
        .init("the flights task"), .init("book flights"), .init("the flights one"),
    ]

    /// Ways to name task 10, "Fix the bike".
    private static let bike: [HeldOutMatrix.Part] = [
        .init("task 10"), .init("#10"), .init("task ten"), .init("the bike task"), .init("fix the bike"),
        .init("the tenth task"),
    ]

    /// Three of `parts`, a different three for each template, so every way is used.
    private static func rotating(_ templates: [String], _ parts: [HeldOutMatrix.Part],
                                 modifiers: [HeldOutMatrix.Part] = [.init("")],
                                 expect: @escaping ([String: JSONValue]) -> HeldOutCase.Expectation) -> [HeldOutCase] {
        templates.enumerated().flatMap { index, template in
            HeldOutMatrix.rows([template], objects: (0..<3).map { parts[(index * 3 + $0) % parts.count] },
                               modifiers: Array(modifiers.dropFirst(index % modifiers.count) + modifiers.prefix(index % modifiers.count)),
                               expect: expect)
        }
    }

    static let completing = rotating([
        "mark {o} as done", "complete {o}", "finish {o}", "tick off {o}", "check off {o}", "cross off {o}",
        "{o} is done", "I finished {o}", "done with {o}", "mark {o} complete", "scratch {o} off", "close {o}",
        "I've done {o}", "{o} is finished",
    ], passport) { _ in .complete(7) }

    static let deleting = rotating([
        "delete {o}", "remove {o}", "get rid of {o}", "scrap {o}", "drop {o}", "trash {o}", "erase {o}",
        "cancel {o}", "take {o} off my list", "no need for {o} anymore", "forget about {o}",
        "I don't need {o} anymore", "scratch {o}",
    ], flights) { _ in .delete(6) }

    static let rescheduling = rotating([
        "move {o} to {m}", "push {o} to {m}", "postpone {o} until {m}", "reschedule {o} for {m}",
        "change the due date of {o} to {m}", "{o} is now due {m}", "set {o} due {m}", "make {o} due {m}",
    ], bike, modifiers: [
        .init("friday", ["due": "friday"]), .init("next week", ["due": "next week"]),
        .init("monday", ["due": "monday"]), .init("tomorrow", ["due": "tomorrow"]),
        .init("3 June", ["due": "june 3"]), .init("the 15th", ["due": "the 15th"]),
    ]) { .update(10, $0) }

    static let renaming = rotating([
        "rename {o} to Fix the bike brakes", "change {o} to say Fix the bike brakes",
        "change the title of {o} to Fix the bike brakes", "call {o} Fix the bike brakes instead",
    ], bike) { _ in .update(10, ["title": "Fix the bike brakes"]) }

    static let retagging = rotating([
        "tag {o} with #home", "add the tag home to {o}", "label {o} as home", "put {o} under home",
    ], passport) { _ in .update(7, ["tags": ["home"]]) }

    static let reprioritising = rotating([
        "make {o} high priority", "{o} is urgent", "make {o} urgent", "mark {o} as important",
        "prioritise {o}", "prioritize {o}",
    ], bike) { _ in .update(10, ["priority": "high"]) }
        + rotating([
            "set the priority of {o} to low", "{o} is not urgent", "{o} can wait", "lower the priority of {o}",
        ], passport) { _ in .update(7, ["priority": "low"]) }

    static let reopening: [HeldOutCase] = [
        HeldOutCase("reopen task 5", .update(5, ["completed": false])),
        HeldOutCase("mark task 5 as not done", .update(5, ["completed": false])),
        HeldOutCase("task 5 isn't done", .update(5, ["completed": false])),
        HeldOutCase("uncheck the plants task", .update(5, ["completed": false])),
        HeldOutCase("I didn't water the plants after all", .update(5, ["completed": false])),
    ]
}
