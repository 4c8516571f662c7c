import Foundation

/// One message or task that holds the searched text.
public struct SearchMatch: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// A user or assistant message, in a conversation that is not deleted.
        case message(conversationID: Int64, messageID: Int64, role: MessageRole)
        /// A task that is not deleted.
        case task(id: Int64, completed: Bool)
    }

    public var source: Source
    /// When the message was sent or the task created: matches are listed newest first by it.
    public var createdAt: Date
    /// The conversation's title, or the task's.
    public var title: String
    public var snippet: Snippet

    /// Breaks ties of `createdAt`: messages first, then the higher id.
    var sortKey: (Int, Int64) {
        switch source {
        case .message(_, let id, _): (1, id)
        case .task(let id, _): (0, id)
        }
    }

    public init(source: Source, createdAt: Date, title: String, snippet: Snippet) {
        self.source = source
        self.createdAt = createdAt
        self.title = title
        self.snippet = snippet
    }
}

/// The newest matches, and whether older ones were left out.
public struct SearchResults: Hashable, Sendable {
    public var matches: [SearchMatch]
    public var truncated: Bool

    public init(matches: [SearchMatch], truncated: Bool) {
        self.matches = matches
        self.truncated = truncated
    }
}

/// Why a search was refused.
public enum SearchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The trigram index cannot answer text this short, and a scan would match nearly everything.
    case tooShort(String)

    public var description: String {
        switch self {
        case .tooShort(let text):
            "'\(text)' is too short to search for: give at least \(SearchText.indexedLength) characters."
        }
    }
}
