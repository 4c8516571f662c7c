import Dispatch
import Foundation
import MCP

extension TaskToolServer {
    /// Serves on stdin and stdout until stdin ends, then answers what is still pending
    /// and returns; stdin's and stdout's flags are put back however it ends.
    ///
    /// Blocks the calling thread, which must not be one of the cooperative pool's: the
    /// command line calls it from the main thread while the server runs on the pool.
    func serveStandardStreams() throws {
        let input = DescriptorFlags(saving: STDIN_FILENO)
        let output = DescriptorFlags(saving: STDOUT_FILENO)
        SignalRestore.remember(input: input, output: output)
        SignalRestore.installHandlers()
        // A client that goes away mid-answer is a failed write to log, not a silent death
        // that would skip the restore below.
        signal(SIGPIPE, SIG_IGN)
        defer {
            input?.restore()
            output?.restore()
        }
        let transport = DrainingTransport(try StdioLineTransport(logger: logger), logger: logger)
        nonisolated(unsafe) var failure: (any Error)?
        let finished = DispatchSemaphore(value: 0)
        Task {
            do {
                try await serve(over: transport)
            } catch {
                failure = error
            }
            finished.signal()
        }
        finished.wait()
        if let failure { throw failure }
    }

    /// Runs until the client's input ends.
    func serve(over transport: DrainingTransport) async throws {
        let server = await makeServer()
        try await server.start(transport: transport)
        logger.info(
            "serving the task tools",
            metadata: ["user": "\(tasks.user)", "database": "\(tasks.database.path)"])
        await server.waitUntilCompleted()
        await transport.waitUntilAnswered(within: .seconds(5))
        await server.stop()
        logger.info("input ended; stopped")
    }
}
