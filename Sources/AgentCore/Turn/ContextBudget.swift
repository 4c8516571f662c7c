import Foundation

/// How many tokens one request may use, and the estimate that spends them.
///
/// Tokens are estimated as UTF-8 bytes ÷ 4, rounded up, plus 4 per message: the same
/// estimate stored with every message, cheap enough to recompute and close enough to
/// keep requests inside a model's context without a tokenizer.
public struct ContextBudget: Sendable, Equatable {
    public static let defaultTokens = 8000
    /// Left free in every request for the model's reply.
    public static let replyReserve = 1024

    public var tokens: Int

    public init(tokens: Int = defaultTokens) {
        self.tokens = tokens
    }

    /// `CHATTUI_CONTEXT_TOKENS`, or the default when unset or empty.
    public static func fromEnvironment(_ environment: [String: String]) throws(ContextBudgetError) -> ContextBudget {
        guard let text = environment["CHATTUI_CONTEXT_TOKENS"]?.trimmingCharacters(in: .whitespaces),
              !text.isEmpty
        else { return ContextBudget() }
        guard let tokens = Int(text), tokens > 0 else { throw .invalid(text) }
        return ContextBudget(tokens: tokens)
    }

    /// What is left for the conversation once the reply, the system prompt and the tools are paid for.
    func allowance(systemPrompt: String, tools: [ToolDefinition]) -> Int {
        tokens - Self.replyReserve - Self.cost(of: .system(systemPrompt)) - tools.reduce(0) { $0 + Self.cost(of: $1) }
    }

    static func cost(of message: ChatMessage) -> Int {
        let calls = message.toolCalls.reduce(0) { $0 + $1.name.utf8.count + $1.arguments.utf8.count }
        return tokens(bytes: message.content.utf8.count + calls)
    }

    /// A tool's name, description and schema cost what a message of that text would.
    static func cost(of tool: ToolDefinition) -> Int {
        tokens(bytes: tool.name.utf8.count + tool.description.utf8.count + tool.parametersSchema.utf8.count)
    }

    private static func tokens(bytes: Int) -> Int {
        (bytes + 3) / 4 + 4
    }
}

/// A context budget setting that cannot be used.
public enum ContextBudgetError: Error, Equatable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let text):
            "CHATTUI_CONTEXT_TOKENS='\(text)' is not a number of tokens; use a whole number such as \(ContextBudget.defaultTokens)."
        }
    }
}
