import Foundation
import Testing
@testable import Persistence

/// One thing a person might type for a due date, and the date or date-time it must become.
struct SpokenDue: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: String

    init(_ text: String, _ expected: String) {
        self.text = text
        self.expected = expected
    }

    var testDescription: String { text }
}

/// Friday 14 March 2025, 11:00 in Paris (UTC+1; summer time, UTC+2, starts on 30 March).
private func parisClock() throws -> TaskClock {
    fixedClock("2025-03-14T10:00:00Z", zone: try #require(TimeZone(identifier: "Europe/Paris")))
}

private let relativeDays: [SpokenDue] = [
    .init("by end of day", "2025-03-14"), .init("the end of the day", "2025-03-14"), .init("EOD", "2025-03-14"),
    .init("close of business", "2025-03-14"), .init("EOD monday", "2025-03-17"), .init("friday COB", "2025-03-21"),
    .init("by close of business on tuesday", "2025-03-18"), .init("by end of play wednesday", "2025-03-19"),
    .init("close of play", "2025-03-14"), .init("month end", "2025-03-31"), .init("by month-end", "2025-03-31"),
    .init("the morn", "2025-03-15"), .init("on or before monday", "2025-03-17"),
    .init("no later than the 20th", "2025-03-20"), .init("this arvo", "2025-03-14T15:00:00+01:00"),
    .init("today", "2025-03-14"), .init("Tomorrow", "2025-03-15"), .init("tmrw", "2025-03-15"), .init("yesterday", "2025-03-13"),
    .init("the day after tomorrow", "2025-03-16"), .init("day after tomorrow", "2025-03-16"),
    .init("in two days", "2025-03-16"), .init("two days from now", "2025-03-16"),
    .init("3 days from today", "2025-03-17"), .init("in a couple of days", "2025-03-16"),
    .init("in eleven days", "2025-03-25"), .init("in twenty-one days", "2025-04-04"),
    .init("in thirty one days", "2025-04-14"), .init("in 10 days time", "2025-03-24"),
    .init("in a fortnight", "2025-03-28"), .init("a fortnight from now", "2025-03-28"),
    .init("in a week", "2025-03-21"), .init("in 2 weeks", "2025-03-28"),
    .init("a couple of weeks from now", "2025-03-28"), .init("in a month", "2025-04-14"),
    .init("in three months", "2025-06-14"), .init("in a year", "2026-03-14"),
    .init("three weeks today", "2025-04-04"), .init("a week today", "2025-03-21"),
    .init("in the next fortnight", "2025-03-28"), .init("within the next 10 days", "2025-03-24"),
    .init("the week after next", "2025-03-24"), .init("by the week after next", "2025-03-24"),
]

private let weekdays: [SpokenDue] = [
    .init("friday", "2025-03-21"), .init("on Friday", "2025-03-21"), .init("Fri", "2025-03-21"),
    .init("next friday", "2025-03-21"), .init("this friday", "2025-03-14"), .init("coming friday", "2025-03-21"),
    .init("this coming Friday", "2025-03-21"), .init("monday", "2025-03-17"), .init("this monday", "2025-03-17"),
    .init("by wednesday", "2025-03-19"), .init("friday next week", "2025-03-21"),
    .init("tuesday next week", "2025-03-18"), .init("next week tuesday", "2025-03-18"),
    .init("thursday next week", "2025-03-20"), .init("sat", "2025-03-15"),
    .init("a week on friday", "2025-03-28"), .init("friday week", "2025-03-28"), .init("a week on monday", "2025-03-24"),
    .init("a fortnight tuesday", "2025-04-01"), .init("a fortnight on friday", "2025-04-04"), .init("tuesday fortnight", "2025-04-01"),
]

private let weeksAndMonths: [SpokenDue] = [
    .init("this weekend", "2025-03-15"), .init("the weekend", "2025-03-15"), .init("next weekend", "2025-03-22"),
    .init("next week", "2025-03-17"), .init("this week", "2025-03-16"), .init("end of the week", "2025-03-16"),
    .init("by the end of the week", "2025-03-16"), .init("end of next week", "2025-03-23"),
    .init("end of the month", "2025-03-31"), .init("end of month", "2025-03-31"),
    .init("by the end of this month", "2025-03-31"), .init("next month", "2025-04-01"),
    .init("end of next month", "2025-04-30"), .init("the 2nd of next month", "2025-04-02"),
    .init("on the 28th of next month", "2025-04-28"),
]

private let calendarDates: [SpokenDue] = [
    .init("3 June", "2025-06-03"), .init("June 3rd", "2025-06-03"), .init("the 3rd of June", "2025-06-03"),
    .init("3rd of june", "2025-06-03"), .init("Jun 3", "2025-06-03"), .init("june the third", "2025-06-03"),
    .init("on the twenty-first of june", "2025-06-21"), .init("14 march", "2025-03-14"),
    .init("13 march", "2026-03-13"), .init("march 13th", "2026-03-13"), .init("the 3rd", "2025-04-03"),
    .init("the 20th", "2025-03-20"), .init("the 31st", "2025-03-31"), .init("on the 14th", "2025-03-14"),
    .init("29 February", "2028-02-29"), .init("3 June 2027", "2027-06-03"), .init("June 3, 2027", "2027-06-03"),
    .init("by 21.3", "2025-03-21"), .init("until 2.6.2027", "2027-06-02"),
    .init("2025-12-01", "2025-12-01"), .init("dec 25", "2025-12-25"), .init("1st jan", "2026-01-01"),
    .init("25/12", "2025-12-25"), .init("12/25", "2025-12-25"), .init("on 12/12", "2025-12-12"),
    .init("by 31/3/2026", "2026-03-31"), .init("3/31/26", "2026-03-31"),
    .init("the day before the 20th", "2025-03-19"), .init("day before friday", "2025-03-20"),
    .init("the day before 1 April", "2025-03-31"), .init("the night before the 3rd", "2025-04-02T20:00:00+02:00"),
    .init("the evening before monday", "2025-03-16T18:00:00+01:00"),
]

private let withTimes: [SpokenDue] = [
    .init("tomorrow at 5pm", "2025-03-15T17:00:00+01:00"), .init("at 5pm tomorrow", "2025-03-15T17:00:00+01:00"),
    .init("afternoon tomorrow", "2025-03-15T15:00:00+01:00"), .init("by evening monday", "2025-03-17T18:00:00+01:00"),
    .init("friday at 5:30 pm", "2025-03-21T17:30:00+01:00"), .init("monday 17:30", "2025-03-17T17:30:00+01:00"),
    .init("3 June at 5pm", "2025-06-03T17:00:00+02:00"), .init("tonight", "2025-03-14T20:00:00+01:00"),
    .init("tonight at 9", "2025-03-14T21:00:00+01:00"), .init("this evening", "2025-03-14T18:00:00+01:00"),
    .init("tomorrow morning", "2025-03-15T09:00:00+01:00"), .init("tomorrow in the morning", "2025-03-15T09:00:00+01:00"),
    .init("tomorrow night", "2025-03-15T20:00:00+01:00"), .init("at noon", "2025-03-14T12:00:00+01:00"),
    .init("in the morning", "2025-03-15T09:00:00+01:00"), .init("at 9am", "2025-03-15T09:00:00+01:00"),
    .init("at 5", "2025-03-14T17:00:00+01:00"), .init("by 5pm friday", "2025-03-21T17:00:00+01:00"),
    .init("half five tomorrow", "2025-03-15T17:30:00+01:00"), .init("at quarter past ten on saturday", "2025-03-15T10:15:00+01:00"), .init("half five tomorrow morning", "2025-03-15T05:30:00+01:00"),
    .init("quarter to six friday", "2025-03-21T17:45:00+01:00"), .init("tomorrow morning at twenty past seven", "2025-03-15T07:20:00+01:00"),
    .init("5pm on friday", "2025-03-21T17:00:00+01:00"), .init("friday at 5 o'clock", "2025-03-21T17:00:00+01:00"),
    .init("friday evening at 7", "2025-03-21T19:00:00+01:00"), .init("by 9 tonight", "2025-03-14T21:00:00+01:00"),
    .init("before 5 tomorrow", "2025-03-15T17:00:00+01:00"),
    .init("fri 3p", "2025-03-21T15:00:00+01:00"), .init("10a tomorrow", "2025-03-15T10:00:00+01:00"),
    .init("tomorrow at 7:30p", "2025-03-15T19:30:00+01:00"), .init("sat 1530", "2025-03-15T15:30:00+01:00"),
    .init("monday at 14h", "2025-03-17T14:00:00+01:00"), .init("tomorrow 9h30", "2025-03-15T09:30:00+01:00"),
    .init("tonight 7ish", "2025-03-14T19:00:00+01:00"), .init("tomorrow at 0930", "2025-03-15T09:30:00+01:00"),
    .init("tomorrow morning at 8", "2025-03-15T08:00:00+01:00"), .init("at 12pm on the 3rd", "2025-04-03T12:00:00+02:00"),
    .init("in two weeks at 10am", "2025-03-28T10:00:00+01:00"), .init("tomorrow at 7 a.m.", "2025-03-15T07:00:00+01:00"),
    .init("2025-03-20T15:30+02:00", "2025-03-20T15:30:00+02:00"), .init("on 2025-03-20 at 8:05", "2025-03-20T08:05:00+01:00"),
    .init("first thing tomorrow", "2025-03-15T09:00:00+01:00"), .init("today after lunch", "2025-03-14T13:00:00+01:00"),
    .init("friday after work", "2025-03-21T18:00:00+01:00"), .init("before lunch on monday", "2025-03-17T12:00:00+01:00"),
    .init("tomorrow first thing in the morning", "2025-03-15T09:00:00+01:00"), .init("after school", "2025-03-14T15:00:00+01:00"),
    .init("sunday before bed", "2025-03-16T20:00:00+01:00"), .init("at lunch", "2025-03-14T12:00:00+01:00"),
    .init("at midnight", "2025-03-15T00:00:00+01:00"), .init("midnight tonight", "2025-03-15T00:00:00+01:00"),
    .init("by midnight on sunday", "2025-03-17T00:00:00+01:00"), .init("tomorrow at 24:00", "2025-03-16T00:00:00+01:00"),
    .init("by christmas eve", "2025-12-24"), .init("new year's day", "2026-01-01"), .init("on valentine's day", "2026-02-14"),
    .init("before halloween at 6pm", "2025-10-31T18:00:00+01:00"), .init("xmas", "2025-12-25"), .init("boxing day", "2025-12-26"),
    .init("friday at 7.30pm", "2025-03-21T19:30:00+01:00"), .init("tomorrow at 6.15", "2025-03-15T06:15:00+01:00"),
    .init("starting monday", "2025-03-17"), .init("beginning next week", "2025-03-17"),
    .init("on the 3rd at seven o'clock in the evening", "2025-04-03T19:00:00+02:00"), .init("friday at 8 in the morning", "2025-03-21T08:00:00+01:00"),
    .init("tomorrow at five thirty p m", "2025-03-15T17:30:00+01:00"), .init("at ten fifteen on monday", "2025-03-17T10:15:00+01:00"),
    .init("friday at nine oh five a m", "2025-03-21T09:05:00+01:00"), .init("tomorrow at 6 45", "2025-03-15T18:45:00+01:00"),
    .init("saturday at 7 p m", "2025-03-15T19:00:00+01:00"), .init("sunday at eleven forty five", "2025-03-16T11:45:00+01:00"),
]

let spokenDues = relativeDays + weekdays + weeksAndMonths + calendarDates + withTimes

@Suite struct DueGrammarTests {
    @Test(arguments: spokenDues)
    func aPhraseBecomesItsDate(_ row: SpokenDue) throws {
        // Given Friday 14 March 2025, 11:00 in Paris
        let clock = try parisClock()
        // When the phrase is read as a due date
        let due = try Due.parse(row.text, clock: clock)
        // Then it is the date or the local date-time with its offset
        #expect(due.normalized == row.expected)
    }

    @Test(arguments: spokenDues)
    func theWrittenBackPhraseMeansTheSame(_ row: SpokenDue) throws {
        let expression = try #require(DueGrammar.expression(row.text))
        #expect(DueGrammar.expression(expression.phrase) == expression, "\(expression.phrase)")
    }

    @Test func everyRuleReadsSomePhrase() {
        let used = Set(spokenDues.flatMap { DueGrammar.firstPhrase(in: $0.text)?.rules ?? [] })
        #expect(Set(DueRule.allCases).subtracting(used).isEmpty, "unreached: \(Set(DueRule.allCases).subtracting(used))")
    }

    @Test(arguments: [
        ("31 April", "April has 30 days"), ("30 February", "February has 28 days, 29 in a leap year"),
        ("february 29 2027", "February 2027 has 28 days"), ("the day before 31 april", "April has 30 days"), ("june 31st", "June has 30 days"),
        ("2025-02-30", "February 2025 has 28 days"), ("on the 31st of September at 9am", "September has 30 days"),
    ])
    func anImpossibleDateIsRefusedWithItsReason(text: String, reason: String) throws {
        #expect(throws: TaskInputError.impossibleDate(text, reason: reason)) {
            try Due.parse(text, clock: try parisClock())
        }
        #expect(TaskInputError.impossibleDate(text, reason: reason).description.contains(reason))
    }

    @Test(arguments: ["someday", "fri week", "in 3 fortnights", "in zero days", "the 32nd", "june 32",
                      "at 25:00", "13pm", "may", "next", "tomorrow tomorrow", "in a few days", "at",
                      "4/12", "on 12/4", "32/12", "0/5", "25/13"])
    func wordsThatAreNoDateAreRefused(text: String) throws {
        #expect(throws: TaskInputError.invalidDate(text)) {
            try Due.parse(text, clock: try parisClock())
        }
    }

    @Test(arguments: [
        ("call mom on 3 June at 5pm", "call mom"), ("pay rent by the 1st, it's urgent", "pay rent , it's urgent"),
        ("prepare the friday meeting notes on monday", "prepare the friday meeting notes"),
        ("put on sun cream", nil), ("read the 3rd chapter", nil), ("plan the weekend trip", nil),
        ("wrap the presents by christmas eve", "wrap the presents"), ("buy christmas presents", nil), ("plan christmas", nil),
        ("shop for new year's eve", nil), ("submit the essay by midnight friday", "submit the essay"),
        ("book the dentist for next friday please", "book the dentist please"),
        ("first thing tmrw: email the landlord", ": email the landlord"), ("call grandma today after lunch", "call grandma"),
        ("after work drinks with sam", nil), ("fix the leak at 22 mill road friday", "fix the leak at 22 mill road"),
        ("send the letter on or before friday", "send the letter"), ("take the sofa to 2nd hand shop", nil),
        ("move the dentist to 28th", "move the dentist to"),
        ("renew the insurance until day 10", "renew the insurance"), ("read day 2 of the plan", nil), ("plan day 40 by", nil),
        ("biology mock 25/12", "biology mock"),
        ("defrost the freezer the night before the 9th", "defrost the freezer"), ("iron a shirt the day before the interview", nil),
        ("book the first and second class tickets", nil), ("pay the gas bill on the first", "pay the gas bill"), ("ring the 24/7 helpline", nil), ("find a vet open 24/7", nil), ("deliver the parcel to flat 10a", nil), ("split the bill 50/50", nil),
        ("swap my shift from friday to sunday", nil), ("cover the desk from monday till wednesday", nil), ("weigh out 2.5 kg of flour friday", "weigh out 2.5 kg of flour"),
        ("water the lawn daily starting tomorrow", "water the lawn daily"),
    ] as [(String, String?)])
    func aPhraseIsCutOutOfOtherWordsOnlyWhereItIsClearlyADate(text: String, rest: String?) {
        let match = DueGrammar.firstPhrase(in: text)
        let remaining = match.map { (text[..<$0.range.lowerBound] + text[$0.range.upperBound...]).split(separator: " ").joined(separator: " ") }
        #expect(remaining == rest)
    }
}
