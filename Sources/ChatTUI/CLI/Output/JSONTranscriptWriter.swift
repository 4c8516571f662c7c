import AgentCore
import Persistence

/// `show --json`: one object whose `messages` array holds one message per line.
struct JSONTranscriptWriter: TranscriptWriter {
    let conversation: Conversation
    private var wroteEntry = false

    init(_ conversation: Conversation) {
        self.conversation = conversation
    }

    func header() -> String {
        let id = JSONValue.int(conversation.id).text
        let title = JSONValue.string(conversation.title).text
        return "{\"id\":\(id),\"title\":\(title),\"messages\":["
    }

    mutating func entry(for message: StoredMessage) -> String {
        defer { wroteEntry = true }
        return (wroteEntry ? ",\n" : "\n") + ConversationJSON.message(message).text
    }

    func footer() -> String {
        (wroteEntry ? "\n" : "") + "]}\n"
    }
}
