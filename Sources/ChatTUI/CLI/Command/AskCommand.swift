import AgentCore
import ArgumentParser
import Foundation
import Persistence

/// `chattui ask TEXT…`: one turn without the chat screen.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Send one message and print the reply as it streams.",
        discussion: """
            The reply goes to stdout; tool activity and the conversation id go to stderr. \
            Ctrl-C stops the reply and saves what had arrived, marked interrupted (exit status 130); \
            SIGTERM and SIGHUP do the same (exit status 143 and 129). \
            TEXT '-', or no TEXT with stdin not a terminal, reads the message from stdin. \
            Put TEXT after '--' when it starts with a dash: chattui ask -- remove task -1. \
            After a failure or an interruption, --retry with -r ID (or -c) answers the saved message \
            again, as Ctrl-R does in the chat, without saving it twice.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var conversation: ConversationOptions
    @Flag(help: "Print one JSON object when the turn is over instead of streaming text.") var json = false
    @Option(help: ArgumentHelp("Use this system prompt instead of the built-in one.", valueName: "text"))
    var system: String?
    @Flag(name: .customLong("no-tools"), help: "Offer the model no tools (for models without tool support).")
    var noTools = false
    @Flag(help: "Answer the conversation's last message again instead of sending one (with -r ID or -c).")
    var retry = false
    @Argument(help: ArgumentHelp("The message; '-' reads it from stdin.", valueName: "text"))
    var words: [String] = []

    func validate() throws {
        guard retry else { return }
        if !words.isEmpty { throw ValidationError("--retry answers the message already saved; give no TEXT.") }
        if conversation.resume == nil && !conversation.continueLatest {
            throw ValidationError("--retry needs the conversation: add -r ID, or -c for the most recent one.")
        }
    }

    func run() async throws {
        let text = retry ? "" : try await message()
        let environment = ProcessInfo.processInfo.environment
        let context = try AppContext.open(global.database, environment: environment)
        let wiring = try AgentWiring(
            context: context, options: global.provider, environment: environment, systemPrompt: system,
            toolsEnabled: !noTools)
        let agent = wiring.agent

        var reporter: any AskReporter = json ? AskJSONReporter() : AskTextReporter()
        var conversationID: Int64?
        var failure: TurnError?
        var interrupted = false
        let target = try await conversation.target(in: context.conversations)
        // A resumed conversation keeps its own model unless --model says otherwise.
        let model = try target.flatMap { wiring.session.override(forConversationModel: try context.conversations.model(of: $0)) }
        let turn: TurnHandle
        if retry {
            guard let target else { throw AskRetryError() }
            turn = agent.retry(conversationID: target, model: model)
        } else {
            turn = agent.send(text, to: target, model: model)
        }
        // Ctrl-C, SIGTERM and SIGHUP stop the reply but let the turn save what had streamed,
        // marked interrupted.
        let interrupt = InterruptSignal { turn.cancel() }
        defer { interrupt.stop() }
        for await event in turn {
            switch event {
            case .started(let id): conversationID = id
            case .failed(let error): failure = error
            case .finished(let summary): interrupted = summary.interrupted
            default: break
            }
            reporter.report(event)
        }
        if let failure { throw AskFailure(error: failure, conversationID: conversationID) }
        if interrupted { throw ExitCode(interrupt.exitStatus ?? 130) }
    }

    /// The words, or stdin for `-` (or for no words when stdin is a pipe or file).
    private func message() async throws -> String {
        let fromStdin = words == ["-"] || (words.isEmpty && !StandardInput.isTerminal)
        let text = fromStdin ? await StandardInput.readAll() : words.joined(separator: " ")
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw Self.usageError("The message is empty: give it as TEXT, or on stdin with '-'.")
        }
        return text
    }

    /// A usage error with `ask`'s own usage line: thrown from `run`, a ValidationError
    /// would be shown with the root command's.
    private static func usageError(_ message: String) -> ExitCode {
        let text = """
            Error: \(message)
            Usage: \(ChatTUICommand.usageString(for: AskCommand.self))
              See 'chattui ask --help' for more information.

            """
        StandardError.writeLine(String(text.dropLast()))
        return ExitCode.validationFailure
    }
}

/// A turn that failed, naming the conversation that keeps the user's message and, when
/// the server was at fault, the command that answers it again.
struct AskFailure: Error, CustomStringConvertible {
    var error: TurnError
    var conversationID: Int64?

    var description: String {
        guard let conversationID else { return error.description }
        guard case .provider = error else { return "\(error.description) (conversation \(conversationID))" }
        return "\(error.description) (conversation \(conversationID); to try again: chattui ask --retry -r \(conversationID))"
    }
}
