import Foundation
import Persistence
import Testing
@testable import AgentCore

/// Due phrases as people type them, built from the shared vocabulary's parts.
enum SpokenDuePhrases {
    static let countWords = [
        "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "twenty-one", "twenty two", "twenty-three", "twenty-five", "thirty", "thirty-one", "a couple of", "3", "14",
    ]
    /// One day for each month, January first, each one the month has.
    static let monthDays = ["1st", "2nd", "3rd", "4th", "11th", "12th", "21st", "22nd", "23rd", "31st", "30th", "twenty-first"]
    static let ordinals = [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "21st", "22nd", "23rd", "30th", "31st",
        "first", "second", "third", "twelfth", "twentieth", "twenty-first", "thirty first",
    ]

    static var all: [String] {
        var phrases = [
            "today", "tomorrow", "tonight", "the day after tomorrow", "this weekend", "next weekend", "over the weekend",
            "next week", "by the end of the week", "end of next week", "next month", "at the end of the month",
            "end of next month", "by end of day", "EOD", "EOD monday", "friday COB", "by month end", "this morning", "this evening", "in a fortnight", "at 5pm", "at 17:30", "at noon",
            "in the morning", "tomorrow at 9:15 am", "at 7 tonight", "2027-06-03", "2027-06-03T17:00:00+02:00",
        ]
        for count in countWords {
            let plural = count == "a" ? "" : "s"
            phrases += ["in \(count) day\(plural)", "\(count) week\(plural) from now", "in \(count) month\(plural)"]
        }
        for name in CalendarWords.weekdayNames {
            phrases += [name, "on \(name)", "this \(name)", "next \(name)", "\(name) next week", "\(name) at 5pm",
                        "\(name) morning", "by \(name) 10am", String(name.prefix(3))]
        }
        for (index, month) in CalendarWords.monthNames.enumerated() {
            let ordinal = monthDays[index]
            phrases += ["on 3 \(month)", "\(month) \(ordinal)", "the \(ordinal) of \(month)", "\(month.prefix(3)) 9",
                        "\(ordinal) \(month) at 8pm"]
        }
        phrases += ordinals.map { "on the \($0)" }
        return phrases
    }
}

@Suite struct DueLiftingTests {
    /// Thursday 26 November 2026, 09:30 in New York.
    static let clock = TaskClock.fixed(Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(identifier: "America/New_York") ?? .current)

    @Test(arguments: SpokenDuePhrases.all)
    func everyPhraseTheToolsReadIsLiftedOutOfATitle(_ phrase: String) async throws {
        // Given a phrase the tools read as a due date
        let meant = try Due.parse(phrase, clock: Self.clock)
        // When it ends a request to add a task
        var engine = EngineHarness()
        let call = try #require(try await engine.say("add a task to renew my passport \(phrase)").call)
        // Then the title is free of it and the due the engine passes means the same date
        #expect(call.name == "add_task")
        #expect(call.arguments["title"] == "Renew my passport")
        let due = try #require(call.arguments["due"]?.stringValue)
        #expect(try Due.parse(due, clock: Self.clock) == meant, "engine passed '\(due)'")
    }

    @Test func thePhraseListIsLargeAndDistinct() {
        let all = SpokenDuePhrases.all
        #expect(Set(all).count == all.count)
        #expect(all.count >= 200)
    }
}
