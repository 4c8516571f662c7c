import Testing
@testable import Persistence

/// Spans read by the due grammar, and dates moved by them.
@Suite struct DueSpanTests {
    @Test(arguments: [
        ("a week", 7, 0), ("two days", 2, 0), ("3 days", 3, 0), ("a fortnight", 14, 0), ("a couple of weeks", 14, 0),
        ("a day", 1, 0), ("twenty-one days", 21, 0), ("a month", 0, 1), ("2 years", 0, 24), ("A WEEK", 7, 0),
    ])
    func aSpokenSpanIsReadAsDaysAndMonths(text: String, days: Int, months: Int) throws {
        let span = try #require(DueSpan(text))
        #expect(span.days == days && span.months == months)
    }

    @Test(arguments: ["friday", "tomorrow", "next week", "a week at 5pm", "the dentist", "", "0 days", "-2 days"])
    func aPhraseThatIsNoSpanIsRefused(text: String) {
        #expect(DueSpan(text) == nil)
    }

    @Test func aSpanMovesADateLaterOrEarlier() throws {
        let rent = try #require(LocalDate("2026-01-31"))
        #expect(try #require(DueSpan("a week")).moving(rent).description == "2026-02-07")
        #expect(try #require(DueSpan("a week")).moving(rent, earlier: true).description == "2026-01-24")
        #expect(try #require(DueSpan("a month")).moving(rent).description == "2026-02-28")
        #expect(try #require(DueSpan("a year")).moving(rent, earlier: true).description == "2025-01-31")
    }
}
