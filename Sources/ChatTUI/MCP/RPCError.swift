import AgentCore

/// A JSON-RPC 2.0 error answer, for what the transport refuses before the SDK sees it.
struct RPCError: Sendable, Equatable {
    /// The codes of JSON-RPC 2.0 §5.1 that `chattui mcp` answers with (docs/mcp.md lists them).
    enum Code: Int64, Sendable {
        /// Not JSON at all.
        case parseError = -32700
        /// JSON, but not a request: wrong `jsonrpc`, no `method`, an `id` that is neither a
        /// string nor an integer, too long, a batch the session does not allow, or a
        /// request other than `initialize` and `ping` before `initialize`.
        case invalidRequest = -32600
        /// `params` that are not an object, or that the method cannot read.
        case invalidParams = -32602
    }

    let code: Code
    let message: String
    /// The request's id; nil when it could not be read, which JSON-RPC answers as `null`.
    let id: JSONValue?

    /// The answer as it goes on the wire.
    var response: JSONValue {
        [
            "jsonrpc": "2.0", "id": id ?? .null,
            "error": ["code": .int(code.rawValue), "message": .string(message)],
        ]
    }
}
