import Dispatch
import Foundation
import Logging

/// stdin and stdout as newline-delimited messages: our replacement for the SDK's
/// `StdioTransport`, whose line splitting is quadratic and unbounded (see `LineSplitter`).
///
/// Reading runs on a thread of its own that waits in `poll`, and writing on a serial
/// queue, so neither holds one of the cooperative pool's two threads, a message is never
/// interleaved with another, and an idle server does not wake up at all. Both streams are
/// made non-blocking, as the SDK did: a read or write that would wait returns to `poll`
/// instead. `TaskToolServer.serveStandardStreams` puts their flags back.
final class StdioLineTransport: Sendable {
    private let input: Int32
    private let output: Int32
    let limit: Int
    private let logger: Logger
    private let writer = DispatchQueue(label: "chattui.mcp.stdout")
    /// The write end of the pipe that stops the reader: closing it wakes its `poll`.
    private let stopper: Int32
    private let stopperReadEnd: Int32

    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, limit: Int = LineSplitter.standardLimit,
         logger: Logger) throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw Self.lastError() }
        self.input = input
        self.output = output
        self.limit = limit
        self.logger = logger
        stopperReadEnd = ends[0]
        stopper = ends[1]
    }

    /// Makes both streams non-blocking and starts reading; the stream ends at the end of
    /// input, on a read error, or after `disconnect()`.
    func connect() throws -> AsyncStream<LineSplitter.Line> {
        for descriptor in [input, output] {
            let flags = fcntl(descriptor, F_GETFL)
            guard flags >= 0, fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) >= 0 else { throw Self.lastError() }
        }
        let (lines, continuation) = AsyncStream<LineSplitter.Line>.makeStream()
        let reader = Thread { [input, stopperReadEnd, limit, logger] in
            Self.read(input, until: stopperReadEnd, limit: limit, logger: logger, into: continuation)
            close(stopperReadEnd)
        }
        reader.name = "chattui.mcp.stdin"
        reader.start()
        return lines
    }

    /// Stops the reader; call once.
    func disconnect() {
        close(stopper)
    }

    /// Writes `message` and a newline, whole, after every message sent before it.
    func send(_ message: Data) async throws {
        var line = message
        line.append(UInt8(ascii: "\n"))
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            writer.async { [output, line] in
                continuation.resume(with: Result { try Self.write(line, to: output) })
            }
        }
    }

    private static func read(
        _ input: Int32, until stop: Int32, limit: Int, logger: Logger,
        into continuation: AsyncStream<LineSplitter.Line>.Continuation
    ) {
        var splitter = LineSplitter(limit: limit)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var watched = [pollfd(fd: input, events: Int16(POLLIN), revents: 0), pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
        while true {
            if poll(&watched, 2, -1) < 0 {
                if errno == EINTR { continue }
                logger.error("cannot wait for input", metadata: ["error": "\(lastError())"])
                break
            }
            if watched[1].revents != 0 { break }
            guard watched[0].revents != 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
            if count > 0 {
                splitter.append(buffer[..<count]).forEach { continuation.yield($0) }
            } else if count == 0 {
                splitter.finish().forEach { continuation.yield($0) }
                break
            } else if errno != EAGAIN && errno != EINTR {
                logger.error("cannot read input", metadata: ["error": "\(lastError())"])
                break
            }
        }
        continuation.finish()
    }

    private static func write(_ line: Data, to output: Int32) throws {
        var offset = 0
        while offset < line.count {
            let written = line.withUnsafeBytes { bytes in
                bytes.baseAddress.map { Glibc.write(output, $0 + offset, bytes.count - offset) } ?? 0
            }
            if written >= 0 {
                offset += written
            } else if errno == EAGAIN || errno == EINTR {
                var ready = pollfd(fd: output, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            } else {
                throw lastError()
            }
        }
    }

    private static func lastError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
