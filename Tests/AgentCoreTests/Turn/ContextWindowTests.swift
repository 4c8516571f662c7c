import Persistence
import Testing
@testable import AgentCore

/// The context rules one at a time, on small hand-built histories.
@Suite struct ContextWindowTests {
    static let plenty = 100_000

    @Test func toolResultsFollowTheirCallInCallOrder() async throws {
        var history = HistoryBuilder()
        history.user("u")
        history.assistant("", calls: ["a", "b"])
        history.tool("b")
        history.tool("a")

        let window = try await history.window(budget: Self.plenty)

        #expect(window.map(\.role) == [.user, .assistant, .tool, .tool])
        #expect(window.compactMap(\.toolCallID) == ["a", "b"])
    }

    @Test func anUnansweredCallIsAnsweredInterrupted() async throws {
        var history = HistoryBuilder()
        history.user("u")
        history.assistant("", calls: ["a", "b"])
        history.tool("a")
        history.user("next")

        let window = try await history.window(budget: Self.plenty)

        #expect(window.map(\.role) == [.user, .assistant, .tool, .tool, .user])
        #expect(window[3] == .tool(callID: "b", result: #"{"error": "interrupted"}"#))
    }

    @Test func anEmptyInterruptedReplyIsSkippedAndAWordyOneKept() async throws {
        var history = HistoryBuilder()
        history.user("one")
        history.assistant("", interrupted: true)
        history.user("two")
        history.assistant("Half a", interrupted: true)
        history.user("three")

        let window = try await history.window(budget: Self.plenty)

        #expect(window == [.user("one"), .user("two"), .assistant("Half a"), .user("three")])
    }

    @Test func orphanToolMessagesAreDropped() async throws {
        var history = HistoryBuilder()
        history.tool("before-anything")
        history.user("u")
        history.tool("after-a-user")
        history.assistant("", calls: ["a"])
        history.tool("a")
        history.tool("unknown")
        history.assistant("done")
        history.tool("after-a-reply")
        history.user("next")

        let window = try await history.window(budget: Self.plenty)

        #expect(window.map(\.role) == [.user, .assistant, .tool, .assistant, .user])
        #expect(window.compactMap(\.toolCallID) == ["a"])
    }

    @Test func aDuplicateResultIsDropped() async throws {
        var history = HistoryBuilder()
        history.user("u")
        history.assistant("", calls: ["a"])
        history.tool("a", "first")
        history.tool("a", "second")

        let window = try await history.window(budget: Self.plenty)

        #expect(window.last == .tool(callID: "a", result: "first"))
        #expect(window.count == 3)
    }

    @Test func aCutNeverFallsInsideAToolRound() async throws {
        var history = HistoryBuilder()
        history.user("old question")
        history.assistant("", calls: ["a"])
        history.tool("a", String(repeating: "x", count: 400))
        history.assistant("old answer")
        history.user("new question")
        let newest = [ChatMessage.assistant("old answer"), .user("new question")]
        let round = history.messages[1...2].reduce(0) { $0 + $1.tokenEstimate }

        // Room for the newest two and part of the round: the round is left out whole
        let tight = HistoryBuilder.budget(forHistory: newest.reduce(0) { $0 + ContextBudget.cost(of: $1) } + round - 1)
        #expect(try await history.window(budget: tight) == newest)
    }

    @Test func theNewestUserMessageAndTheTurnAfterItAreKeptBeyondTheBudget() async throws {
        var history = HistoryBuilder()
        history.user("earlier")
        history.assistant("earlier answer")
        history.user("now")
        history.assistant("", calls: ["a"])
        history.tool("a", String(repeating: "y", count: 2000))

        let budget = HistoryBuilder.budget(forHistory: ContextBudget.cost(of: .user("now")))
        let window = try await history.window(budget: budget)

        #expect(window.map(\.role) == [.user, .assistant, .tool])
        #expect(window.first == .user("now"))
    }

    @Test func aNewestUserMessageThatCannotFitAloneIsRefused() async throws {
        var history = HistoryBuilder()
        history.user(String(repeating: "z", count: 400))
        let cost = ContextBudget.cost(of: .user(String(repeating: "z", count: 400)))

        await #expect(throws: TurnError.messageTooLong(tokens: cost, allowance: cost - 1)) {
            try await history.window(budget: HistoryBuilder.budget(forHistory: cost - 1))
        }
        #expect(try await history.window(budget: HistoryBuilder.budget(forHistory: cost)).count == 1)
    }

    @Test func theSystemPromptAndToolsAreCountedAgainstTheBudget() {
        let budget = ContextBudget(tokens: 8000)
        let prompt = String(repeating: "p", count: 400)

        let allowance = budget.allowance(systemPrompt: prompt, tools: TaskTool.definitions)

        let tools = TaskTool.definitions.reduce(0) { $0 + ContextBudget.cost(of: $1) }
        #expect(allowance == 8000 - 1024 - (100 + 4) - tools)
        #expect(tools > 100)
    }

    @Test func onlyThePagesTheWindowNeedsAreRead() async throws {
        var history = HistoryBuilder()
        for index in 1...20_000 {
            history.user("question \(index)")
            history.assistant("answer \(index)")
        }
        let pages = LockedValue(0)
        let builder = ContextBuilder(
            systemPrompt: "sys", tools: [], budget: ContextBudget(tokens: 2000), pageSize: 64)

        let window = try await builder.messages(loadingPagesWith: history.loader(counting: pages))

        #expect(window.last == .assistant("answer 20000"))
        #expect(pages.value <= 4)
    }

    @Test func theBudgetComesFromTheEnvironment() throws {
        #expect(try ContextBudget.fromEnvironment([:]).tokens == 8000)
        #expect(try ContextBudget.fromEnvironment(["CHATTUI_CONTEXT_TOKENS": " 32000 "]).tokens == 32000)
        for bad in ["lots", "0", "-5", "1.5"] {
            #expect(throws: ContextBudgetError.invalid(bad)) {
                try ContextBudget.fromEnvironment(["CHATTUI_CONTEXT_TOKENS": bad])
            }
        }
    }
}
