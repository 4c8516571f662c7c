import Persistence

/// Turns a conversation into text one message at a time, so `show` can stream any length.
protocol TranscriptWriter {
    func header() -> String
    mutating func entry(for message: StoredMessage) -> String
    func footer() -> String
}
