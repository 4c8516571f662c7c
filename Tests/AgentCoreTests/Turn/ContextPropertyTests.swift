import Persistence
import Testing
@testable import AgentCore

/// For many generated histories and every budget, the messages sent obey OpenAI's
/// ordering rules and the budget.
@Suite struct ContextPropertyTests {
    @Test(arguments: 0..<16)
    func everyWindowIsAValidRequestThatFitsItsBudget(batch: UInt64) async throws {
        for seed in batch * 8 ..< batch * 8 + 8 {
            var generator = HistoryGenerator(seed: seed)
            try await checkEveryBudget(generator.generate(), seed: seed)
        }
    }

    private func checkEveryBudget(_ history: HistoryBuilder, seed: UInt64) async throws {
        let stored = history.messages
        let newestUser = try #require(stored.last { $0.role == .user })
        let everything = stored.reduce(0) { $0 + $1.tokenEstimate } + 200
        let pageSize = Int(seed % 7) + 1
        var previousCount = 0
        for tokens in -8...everything {
            let budget = HistoryBuilder.budget(forHistory: tokens)
            let window: [ChatMessage]
            do {
                window = try await history.window(budget: budget, pageSize: pageSize)
            } catch TurnError.messageTooLong(let cost, let allowance) {
                #expect(cost == newestUser.tokenEstimate && cost > allowance, "seed \(seed), budget \(budget)")
                continue
            }
            let context = "seed \(seed), budget \(budget)"
            #expect(Self.orderingErrors(window).isEmpty, "\(context): \(Self.orderingErrors(window))")
            #expect(window.contains(.user(newestUser.content)), "\(context)")
            let cost = window.reduce(0) { $0 + ContextBudget.cost(of: $1) }
            #expect(cost <= tokens || window.first == .user(newestUser.content), "\(context): \(cost) tokens")
            #expect(Self.isInStoredOrder(window, stored), "\(context)")
            #expect(window.count >= previousCount, "\(context): a larger budget sent fewer messages")
            previousCount = window.count
        }
        // With room for everything, every user message and every reply with words is sent,
        // but for an interrupted one after the newest user message (a retry answers it again).
        let full = try await history.window(budget: HistoryBuilder.budget(forHistory: everything))
        #expect(full.filter { $0.role == .user }.count == stored.filter { $0.role == .user }.count, "seed \(seed)")
        let replies = stored.filter {
            $0.role == .assistant && !$0.content.isEmpty && $0.toolCalls.isEmpty
                && !($0.interrupted && $0.id > newestUser.id)
        }
        #expect(full.filter { $0.role == .assistant && $0.toolCalls.isEmpty }.count == replies.count, "seed \(seed)")
    }

    /// The rules the fake server enforces, as OpenAI does: a tool message answers a call of
    /// the nearest assistant message with calls, with only tool messages in between; every
    /// call is answered; the window does not open on a tool message.
    static func orderingErrors(_ messages: [ChatMessage]) -> [String] {
        var errors: [String] = []
        if messages.first?.role == .tool { errors.append("starts with a tool message") }
        var open: [String] = []
        var answerable = false
        for (index, message) in messages.enumerated() {
            if message.role == .tool {
                guard answerable, let id = message.toolCallID, let position = open.firstIndex(of: id) else {
                    errors.append("\(index): tool message answers no open call")
                    continue
                }
                open.remove(at: position)
                continue
            }
            if !open.isEmpty { errors.append("\(index): calls \(open) unanswered") }
            open = message.role == .assistant ? message.toolCalls.map(\.id) : []
            answerable = !open.isEmpty
        }
        if !open.isEmpty { errors.append("calls \(open) never answered") }
        return errors
    }

    /// Every message other than tool results appears in the order it was stored; tool results
    /// are checked by the ordering rules instead, as they are put in call order.
    static func isInStoredOrder(_ window: [ChatMessage], _ stored: [StoredMessage]) -> Bool {
        var position = stored.startIndex
        for message in window where message.role != .tool {
            guard let found = stored[position...].firstIndex(where: { ContextWindow.chatMessage($0) == message })
            else { return false }
            position = found + 1
        }
        return true
    }
}
