import AgentCore
import Foundation

/// `ask`'s default output: the reply streamed to stdout as it arrives, sanitised; tool
/// activity and the conversation id on stderr, so that stdout holds only the reply.
struct AskTextReporter: AskReporter {
    private var output = StandardOutput()
    private var sanitizer = StreamingSanitizer()
    /// True while the last thing written to stdout was not a newline.
    private var lineOpen = false

    mutating func report(_ event: TurnEvent) {
        switch event {
        case .started:
            break
        case .textDelta(let text):
            write(sanitizer.feed(text))
        case .waiting(let wait):
            endLine()
            Self.note(wait.description)
        case .toolCallStarted:
            endLine()
        case .toolResult(let call, let result, let isError):
            Self.note(ToolActivityLine.text(for: call, result: result, isError: isError))
        case .finished(let summary):
            endLine()
            switch summary.ending {
            case .answered: break
            case .cutOff: Self.note("(the reply was cut off: the model reached its length limit)")
            case .interrupted: Self.note("(interrupted)")
            }
            Self.note("conversation \(summary.conversationID)")
        case .failed:
            endLine()
        }
    }

    private mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        output.write(text)
        lineOpen = !text.hasSuffix("\n")
    }

    /// Ends the reply's line, so that what follows on stderr starts on its own.
    private mutating func endLine() {
        write(sanitizer.flush())
        if lineOpen { write("\n") }
    }

    private static func note(_ line: String) {
        StandardError.writeLine(line)
    }
}
