import AgentCore
import Foundation
import Testing

/// `chattui mcp` given raw lines on stdin, as a client that writes them all and closes
/// stdin; the answers it wrote, by id.
struct RawSession {
    static let initialize =
        #"{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}"#
    static let initialized = #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#
    static let ping = #"{"jsonrpc":"2.0","id":"after","method":"ping"}"#

    let messages: [JSONValue]
    let status: Int32

    init(_ sandbox: Sandbox, lines: [String]) throws {
        let run = try sandbox.run(["mcp"], stdin: lines.joined(separator: "\n") + "\n")
        status = run.status
        messages = try run.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
    }

    /// The answers whose id is `id` (`.null` for those whose request's id was unreadable).
    func answers(to id: JSONValue) -> [JSONValue] {
        messages.filter { $0["id"] == id }
    }

    /// Whether the server still answered a `ping` sent after everything else.
    var answeredTheLastPing: Bool {
        answers(to: "after").first?["result"] == .object([])
    }
}
