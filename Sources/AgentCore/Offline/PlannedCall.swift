import Foundation

/// A tool call the engine decided on, before it is given an id.
struct PlannedCall: Equatable, Sendable {
    /// One argument value; absent arguments are left out of the object, and `null` is sent
    /// only to clear a field (the tool contract's way to empty one).
    enum Value: Equatable, Sendable, Encodable {
        case text(String)
        case number(Int)
        case flag(Bool)
        case list([String])
        case null

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .flag(let flag): try container.encode(flag)
            case .list(let list): try container.encode(list)
            case .null: try container.encodeNil()
            }
        }
    }

    var name: String
    var arguments: [String: Value]

    /// The arguments as JSON text with sorted keys, so the same request always reads the same.
    var argumentsJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(arguments) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
