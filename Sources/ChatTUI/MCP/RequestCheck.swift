import AgentCore
import Foundation
import MCP

/// What one JSON-RPC message is, by the rules of JSON-RPC 2.0 and MCP: checked on the
/// parsed value, then for the methods this server serves, by decoding it as the SDK's
/// handler will, so params the handler could not read are refused here with -32602.
enum RequestCheck: Sendable, Equatable {
    case request(id: JSONValue, method: String)
    case notification
    /// An answer to a request the server sent; the SDK matches it.
    case response
    case refused(RPCError)
    /// A notification with unusable params: JSON-RPC answers no notification.
    case ignored(String)

    /// `line` is the message's own text when there is one (not for an item of a batch):
    /// decoding it again is cheaper than writing the message out anew.
    init(_ message: JSONValue, line: Data? = nil) {
        guard case .object = message else {
            self = .refused(RPCError(code: .invalidRequest, message: "a message must be a JSON object", id: nil))
            return
        }
        let id = message["id"].flatMap(Self.validID)
        guard message["jsonrpc"] == "2.0" else {
            self = .refused(RPCError(code: .invalidRequest, message: "\"jsonrpc\" must be \"2.0\"", id: id))
            return
        }
        guard let method = message["method"] else {
            let answers = id != nil || message["id"] == .null
            let isResponse = answers && (message["result"] == nil) != (message["error"] == nil)
            self = isResponse ? .response : .refused(RPCError(code: .invalidRequest, message: "no \"method\"", id: id))
            return
        }
        guard case .string(let name) = method else {
            self = .refused(RPCError(code: .invalidRequest, message: "\"method\" must be a string", id: id))
            return
        }
        if let given = message["id"], id == nil {
            let refusal = "\"id\" must be a string or an integer, not \(Self.kind(of: given))"
            self = .refused(RPCError(code: .invalidRequest, message: refusal, id: nil))
            return
        }
        if let problem = Self.paramsProblem(message, line: line, method: name) {
            self = id.map { .refused(RPCError(code: .invalidParams, message: problem, id: $0)) } ?? .ignored(problem)
            return
        }
        self = id.map { .request(id: $0, method: name) } ?? .notification
    }

    var refusal: RPCError? {
        if case .refused(let error) = self { error } else { nil }
    }

    var requestID: JSONValue? {
        if case .request(let id, _) = self { id } else { nil }
    }

    var isIgnored: Bool {
        if case .ignored = self { true } else { false }
    }

    /// MCP: "a string or integer", never null. A number whose value is a 64-bit integer
    /// counts, however it is written (`2.0`, `1e3`), as the SDK reads it so too.
    private static func validID(_ id: JSONValue) -> JSONValue? {
        switch id {
        case .string, .int: id
        default: nil
        }
    }

    private static func paramsProblem(_ message: JSONValue, line: Data?, method: String) -> String? {
        if let params = message["params"] {
            switch params {
            case .object, .array: break
            default: return "\"params\" must be an object, not \(kind(of: params))"
            }
        }
        guard let decode = parameterDecoders[method] else { return nil }
        guard message["params"] != nil else {
            return (try? decode(nil)) == true ? nil : "\(method) needs \"params\""
        }
        do {
            _ = try decode(line ?? Data(message.text.utf8))
            return nil
        } catch let error as DecodingError {
            return "invalid params for \(method): \(describe(error))"
        } catch {
            return "invalid params for \(method)"
        }
    }

    /// The methods this server serves, with their params decoded as the SDK's
    /// `Request.init(from:)` does, but without its `try?`, which hides what was wrong.
    /// Given a whole message, a decoder reads its params; given none, it says whether
    /// the method can do without.
    private static let parameterDecoders: [String: @Sendable (Data?) throws -> Bool] = [
        Initialize.name: decoder(for: Initialize.self), Ping.name: decoder(for: Ping.self),
        ListTools.name: decoder(for: ListTools.self), CallTool.name: decoder(for: CallTool.self),
    ]

    private static func decoder<M: MCP.Method>(for _: M.Type) -> @Sendable (Data?) throws -> Bool {
        { message in
            guard let message else { return M.Parameters.self is any NotRequired.Type }
            _ = try JSONDecoder().decode(ParamsOf<M.Parameters>.self, from: message)
            return true
        }
    }

    /// A message read for its params alone.
    private struct ParamsOf<Parameters: Decodable>: Decodable {
        let params: Parameters
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context, _ last: CodingKey? = nil) -> String {
            (context.codingPath + [last].compactMap { $0 }).map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context, key)) is missing"
        case .valueNotFound(_, let context): return "\(path(context)) must not be null"
        case .typeMismatch(let type, let context): return "\(path(context)) must be \(expected(type))"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is any BinaryInteger.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }

    private static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .double: "a number that is not a 64-bit integer"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
