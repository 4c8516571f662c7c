import AgentCore
import Foundation
import MCP

extension Value {
    /// The SDK's form of a JSON value; object members lose their order, which JSON
    /// does not give a meaning to anyway.
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = Int(exactly: number).map(Value.int) ?? .double(Double(number))
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let values): self = .array(values.map(Value.init))
        case .object(let members):
            self = .object(Dictionary(members.map { ($0.0, Value($0.1)) }, uniquingKeysWith: { _, last in last }))
        }
    }
}

extension JSONValue {
    /// A value the SDK decoded, back in our form, members sorted by key so that the text
    /// is the same on every run.
    ///
    /// The SDK decodes any string shaped like a `data:` URL into bytes; it becomes the
    /// SDK's own base64 data URL again, the nearest text to what was sent.
    init(_ value: MCP.Value) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(Int64(number))
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .data(let mimeType, let bytes): self = .string(bytes.dataURLEncoded(mimeType: mimeType))
        case .array(let values): self = .array(values.map { JSONValue($0) })
        case .object(let members):
            self = .object(members.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) })
        }
    }
}
