import Persistence
import Testing
@testable import AgentCore

/// The task review's `a` and the chat read a new task's words with one rule, so a priority
/// typed either way means the same.
@Suite struct TaskPhraseTests {
    @Test(arguments: [
        ("call mom tomorrow #family high", "Call mom", Priority.high),
        ("pay rent low", "Pay rent", .low),
        ("call mum, medium", "Call mum", .medium),
        ("sign the forms, not high priority", "Sign the forms", .low),
        ("call the bank sometime", "Call the bank", .low),
    ])
    func aTrailingOrNegatedPriorityIsRead(_ text: String, _ title: String, _ priority: Priority) {
        let phrase = TaskPhrase(reading: text)
        #expect(phrase.title == title)
        #expect(phrase.priority == priority)
    }

    @Test func aOneWordLineIsATitle() {
        #expect(TaskPhrase(reading: "high").title == "High")
        #expect(TaskPhrase(reading: "high").priority == nil)
    }

    @Test func theChatReadsACommaSetLevelAsTheReviewDoes() async throws {
        let said = try await HeldOutWorld().converse(["add call mum, high"])
        #expect(said.exchanges.first?.arguments["priority"]?.stringValue == TaskPhrase(reading: "call mum high").priority?.rawValue)
        #expect(said.exchanges.first?.arguments["title"]?.stringValue == "Call mum")
    }
}
