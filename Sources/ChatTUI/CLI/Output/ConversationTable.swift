import AgentCore
import Foundation
import Persistence

/// `conversations` without `--json`: an aligned table, newest first.
struct ConversationTable {
    let conversations: [Conversation]
    var timeZone: TimeZone = .current

    init(_ conversations: [Conversation], timeZone: TimeZone = .current) {
        self.conversations = conversations
        self.timeZone = timeZone
    }

    var text: String {
        let rows = conversations.map { conversation in
            [
                String(conversation.id), updated(conversation.updatedAt), String(conversation.messageCount),
                TerminalSanitizer.sanitize(conversation.title, keepNewlines: false),
            ]
        }
        let header = ["ID", "UPDATED", "MESSAGES", "TITLE"]
        let idWidth = ([header] + rows).map { $0[0].count }.max() ?? 2
        let countWidth = ([header] + rows).map { $0[2].count }.max() ?? 8
        return ([header] + rows).map { row in
            [
                row[0].leftPadded(to: idWidth), row[1].rightPadded(to: 16),
                row[2].leftPadded(to: countWidth), row[3],
            ].joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func updated(_ date: Date) -> String {
        LocalTime.minutes(date, in: timeZone)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }

    func rightPadded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
