import AgentCore
import Logging

/// A log handler for stderr that makes every message and metadata value inert first.
///
/// `chattui mcp` logs what a client asked for (a tool's name, why a call was refused), and
/// a client is outside text like any other: the person watching the server's stderr in a
/// terminal must not get its escape sequences. Same ``TerminalSanitizer`` as everywhere.
struct SanitizingLogHandler: LogHandler {
    private var stream: StreamLogHandler

    init(label: String) {
        stream = StreamLogHandler.standardError(label: label)
    }

    var logLevel: Logger.Level {
        get { stream.logLevel }
        set { stream.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { stream.metadata }
        set { stream.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { stream[metadataKey: key] }
        set { stream[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = "\(Self.inert(event.message.description))"
        event.metadata = event.metadata?.mapValues(Self.inert)
        stream.log(event: event)
    }

    private static func inert(_ text: String) -> String {
        TerminalSanitizer.sanitize(text, keepNewlines: false)
    }

    private static func inert(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(inert(text))
        case .stringConvertible(let item): .string(inert(item.description))
        case .array(let items): .array(items.map(inert))
        case .dictionary(let members): .dictionary(members.mapValues(inert))
        }
    }
}
