import Testing
@testable import AgentCore

@Suite struct PhraseGrammarTests {
    static let grammars: [(String, PhraseGrammar)] = [
        ("priority", PriorityPhrase.grammar), ("trailing priority", PriorityPhrase.trailingLevel), ("tags", TagPhrase.grammar),
        ("recurrence", RecurrencePhrase.grammar), ("weekly on a weekday", RecurrencePhrase.weekdayGrammar),
        ("monthly on a day", RecurrencePhrase.monthDayGrammar), ("fortnightly on a weekday", RecurrencePhrase.alternateWeekdayGrammar),
        ("list context", ListParser.contextGrammar),
    ]

    @Test func everyPatternCompiles() throws {
        for (_, grammar) in Self.grammars {
            #expect(try PhraseGrammar(grammar.rules).rules.count == grammar.rules.count)
        }
    }

    @Test func everyRuleReadsItsExampleInsideATitle() {
        for (name, grammar) in Self.grammars {
            for (index, rule) in grammar.rules.enumerated() {
                let found = grammar.match(rule: index, in: "water the plants \(rule.example)")
                #expect(found?.rest == "water the plants", "\(name) rule \(index) on '\(rule.example)'")
            }
        }
    }
}
