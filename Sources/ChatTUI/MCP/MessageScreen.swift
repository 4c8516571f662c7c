import AgentCore
import Foundation
import MCP

/// Decides, for each line the client sends, whether the SDK may see it, answering what
/// JSON-RPC 2.0 and the MCP lifecycle refuse.
///
/// The SDK 0.12.1 gets these wrong in its receive loop, where no handler can reach: it
/// answers an unreadable id with a random one (or not at all, for an object or fractional
/// id), a missing `jsonrpc` or `method` with -32700, params it cannot decode with -32603,
/// and runs `tools/call` before `initialize`. Everything this lets through is a message
/// the SDK decodes without error, so the SDK answers only what it answers correctly.
struct MessageScreen: Sendable {
    enum Verdict: Sendable, Equatable {
        /// Hand the line to the SDK; `requests` are the ids it will answer.
        case forward(Data, requests: [JSONValue])
        /// Write this answer (an error, or an array of them for a batch) instead.
        case answer(JSONValue)
        /// Neither: an invalid notification, which JSON-RPC never answers.
        case ignore(String)
    }

    /// Where the session is in MCP's lifecycle.
    enum Phase: Sendable, Equatable {
        case awaitingInitialize
        /// `initialize` was handed on and its answer not yet sent.
        case initializing(id: JSONValue)
        case ready(protocolVersion: String)
    }

    private(set) var phase = Phase.awaitingInitialize

    var isInitializing: Bool {
        if case .initializing = phase { true } else { false }
    }
    let limit: Int

    init(limit: Int = LineSplitter.standardLimit) {
        self.limit = limit
    }

    mutating func screen(_ line: LineSplitter.Line) -> Verdict {
        guard case .message(let data) = line else {
            return .answer(
                RPCError(
                    code: .invalidRequest,
                    message: "message longer than the limit of \(limit) bytes; it was skipped", id: nil
                ).response)
        }
        guard let message = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            return .answer(RPCError(code: .parseError, message: "not valid JSON", id: nil).response)
        }
        if case .array(let items) = message { return screen(batch: items, data) }
        switch RequestCheck(message, line: data) {
        case .refused(let error): return .answer(error.response)
        case .ignored(let reason): return .ignore(reason)
        case .response: return .forward(data, requests: [])
        case .notification: return .forward(data, requests: [])
        case .request(let id, let method):
            if let error = lifecycleError(method: method, id: id) { return .answer(error.response) }
            if method == Initialize.name, phase == .awaitingInitialize { phase = .initializing(id: id) }
            return .forward(data, requests: [id])
        }
    }

    /// Follows the SDK's answer to `initialize`: the session is ready once it succeeded,
    /// and waits for another `initialize` if it failed.
    mutating func noteSent(_ message: JSONValue) {
        guard case .initializing(let id) = phase, message["method"] == nil, message["id"] == id else { return }
        if let version = message["result"]?["protocolVersion"]?.stringValue {
            phase = .ready(protocolVersion: version)
        } else {
            phase = .awaitingInitialize
        }
    }

    private func lifecycleError(method: String, id: JSONValue) -> RPCError? {
        guard phase == .awaitingInitialize, method != Initialize.name, method != Ping.name else { return nil }
        return RPCError(
            code: .invalidRequest, message: "server not initialized: send \"initialize\" first", id: id)
    }

    /// JSON-RPC batches exist in MCP 2025-03-26 only: its successor removed them, and
    /// `initialize` may never be in one. A batch with an invalid request is refused whole;
    /// invalid notifications are left out of it.
    private func screen(batch items: [JSONValue], _ data: Data) -> Verdict {
        guard !items.isEmpty else {
            return .answer(RPCError(code: .invalidRequest, message: "an empty batch", id: nil).response)
        }
        guard phase == .ready(protocolVersion: Self.batchingVersion) else {
            let refusal = "batches are not part of this session's protocol (only \(Self.batchingVersion) has them); "
                + "send one message per line"
            return .answer(RPCError(code: .invalidRequest, message: refusal, id: nil).response)
        }
        let checks = items.map { RequestCheck($0) }
        let refusals = checks.compactMap(\.refusal)
        let requests = checks.compactMap(\.requestID)
        guard refusals.isEmpty else {
            let notRun = requests.map {
                RPCError(code: .invalidRequest, message: "not run: another item of this batch is invalid", id: $0)
            }
            return .answer(.array((refusals + notRun).map(\.response)))
        }
        guard checks.contains(where: \.isIgnored) else { return .forward(data, requests: requests) }
        let kept = zip(items, checks).filter { !$0.1.isIgnored }.map(\.0)
        return kept.isEmpty ? .ignore("a batch of invalid notifications") : .forward(Data(JSONValue.array(kept).text.utf8), requests: requests)
    }

    static let batchingVersion = "2025-03-26"
}
