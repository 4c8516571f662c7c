import AgentCore
import Dispatch
import Logging
import MCP
import Persistence

/// The five task tools as an MCP server, for one user on one database.
///
/// Each call is one write transaction opened when the call arrives, so it sees every
/// change other processes committed before it, and its own change is visible to them
/// as soon as it answers. Nothing about tasks is cached between calls.
struct TaskToolServer: Sendable {
    let tasks: TaskService
    let logger: Logger
    /// Calls run here, one at a time: a write can wait up to the database's busy timeout
    /// for another process, and must not hold one of the two cooperative threads meanwhile.
    private let queue = DispatchQueue(label: "chattui.mcp.tools")

    init(tasks: TaskService, logger: Logger) {
        self.tasks = tasks
        self.logger = logger
    }

    /// An SDK server answering `tools/list` and `tools/call`; the SDK answers the rest
    /// (`initialize`, `ping`, and "method not found" for anything else).
    func makeServer() async -> Server {
        let server = Server(
            name: "chattui", version: ChatTUIVersion.current, title: "chattui tasks",
            instructions: "The user's to-do list, shared with the chattui terminal app.",
            capabilities: Server.Capabilities(tools: Server.Capabilities.Tools(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: Self.tools) }
        await server.withMethodHandler(CallTool.self) { parameters in await call(parameters) }
        return server
    }

    static let tools = TaskTool.allCases.map(\.mcpTool)

    /// Runs one call; every failure, from bad arguments to a database that cannot be
    /// written, becomes a result flagged `isError` whose text a person can act on.
    func call(_ parameters: CallTool.Parameters) async -> CallTool.Result {
        let name = parameters.name
        let arguments = JSONValue(Value.object(parameters.arguments ?? [:])).text
        let outcome = await onToolQueue { [tasks] () -> Result<JSONValue, any Error> in
            Result { try tasks.transaction { TaskTool.run(name: name, arguments: arguments, editor: $0) } }
        }
        switch outcome {
        case .success(let result):
            if TaskTool.isError(result) {
                let message = result["error"]?.stringValue ?? result.text
                logger.info("tool call refused", metadata: ["tool": "\(name)", "error": "\(message)"])
                return Self.failure(message)
            }
            let structured: Value? = Value(result)
            return CallTool.Result(
                content: [.text(text: result.text, annotations: nil, _meta: nil)], structuredContent: structured)
        case .failure(let error):
            logger.error("tool call failed in the database", metadata: ["tool": "\(name)", "error": "\(error)"])
            return Self.failure(
                "the task database could not be used (\(tasks.database.path)); try again, "
                    + "and see chattui's log on stderr if it keeps failing")
        }
    }

    private static func failure(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }

    private func onToolQueue<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
