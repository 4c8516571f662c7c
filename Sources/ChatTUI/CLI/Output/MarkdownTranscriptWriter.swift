import AgentCore
import Foundation
import Persistence

/// `show`: a Markdown transcript a person can read in a terminal or paste into a document.
///
/// Everything from the conversation is sanitised, since it is printed to a terminal.
struct MarkdownTranscriptWriter: TranscriptWriter {
    let conversation: Conversation
    var timeZone: TimeZone = .current

    init(_ conversation: Conversation, timeZone: TimeZone = .current) {
        self.conversation = conversation
        self.timeZone = timeZone
    }

    func header() -> String {
        let count = conversation.messageCount == 1 ? "1 message" : "\(conversation.messageCount) messages"
        return """
            # \(TerminalSanitizer.sanitize(conversation.title, keepNewlines: false))

            Conversation \(conversation.id) · started \(timestamp(conversation.createdAt)) · \(count)


            """
    }

    mutating func entry(for message: StoredMessage) -> String {
        switch message.role {
        case .system:
            return "**System** · \(timestamp(message.createdAt))\n\n\(quoted(message.content))\n\n"
        case .user:
            return "**You** · \(timestamp(message.createdAt))\n\n\(clean(message.content))\n\n"
        case .assistant:
            var text = "**Assistant** · \(timestamp(message.createdAt))"
            if let model = message.model { text += " · \(clean(model))" }
            text += "\n\n"
            if !message.content.isEmpty { text += clean(message.content) + "\n\n" }
            if message.interrupted { text += "_(interrupted)_\n\n" }
            for call in message.toolCalls {
                text += "> → \(codeSpan(call.name)) \(codeSpan(call.arguments))\n"
            }
            if !message.toolCalls.isEmpty { text += "\n" }
            return text
        case .tool:
            return "> ← \(codeSpan(message.content))\n\n"
        }
    }

    func footer() -> String { "" }

    private func clean(_ text: String) -> String {
        TerminalSanitizer.sanitize(text)
    }

    private func quoted(_ text: String) -> String {
        clean(text).split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
            .joined(separator: "\n")
    }

    /// A one-line code span whose fence is longer than any backtick run inside it.
    private func codeSpan(_ text: String) -> String {
        let flat = clean(text).replacingOccurrences(of: "\n", with: " ")
        var longestRun = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + padding + flat + padding + fence
    }

    private func timestamp(_ date: Date) -> String {
        LocalTime.minutes(date, in: timeZone)
    }
}
