import Foundation
import AgentCore

/// A running `Tests/Fixtures/fake_openai/server.py`, one per test, on 127.0.0.1 and a free port;
/// shared by the provider tests and the end-to-end tests of `chattui ask`.
///
/// The server exits when `stop()` or deinit closes its stdin, and also if this process dies.
public final class FakeOpenAIServer: @unchecked Sendable {
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    public let port: Int
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    private let process: Process
    private let input: Pipe
    private let directory: URL
    private let recordFile: URL

    /// Starts the server with `script`, the JSON list of replies described in its README.
    /// `models`, when given, is the list `GET /v1/models` answers; without it that path is a 404.
    public static func start(
        script: String = "[]", requireKey: String? = nil, models: [String]? = nil
    ) async throws -> FakeOpenAIServer {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("fake-openai-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let scriptFile = directory.appendingPathComponent("script.json")
        try Data(script.utf8).write(to: scriptFile)
        let recordFile = directory.appendingPathComponent("requests.jsonl")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["python3", serverPath, "--port", "0",
                         "--script", scriptFile.path, "--record", recordFile.path]
        if let requireKey { arguments += ["--require-key", requireKey] }
        if let models {
            let list = try JSONSerialization.data(withJSONObject: models)
            arguments += ["--models", String(decoding: list, as: UTF8.self)]
        }
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()

        let line = await firstLine(of: output.fileHandleForReading)
        guard line.hasPrefix("PORT="), let port = Int(line.dropFirst("PORT=".count)) else {
            process.terminate()
            throw StartError(description: "fake server did not start; it printed \(line.debugDescription)")
        }
        return FakeOpenAIServer(port: port, process: process, input: input, directory: directory,
                                recordFile: recordFile)
    }

    private init(port: Int, process: Process, input: Pipe, directory: URL, recordFile: URL) {
        self.port = port
        self.process = process
        self.input = input
        self.directory = directory
        self.recordFile = recordFile
    }

    deinit { stop() }

    public func stop() {
        if process.isRunning { process.terminate() }
        try? input.fileHandleForWriting.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Every request the server has received so far, oldest first.
    public func recordedRequests() throws -> [RecordedRequest] {
        guard let data = try? Data(contentsOf: recordFile) else { return [] }
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(RecordedRequest.self, from: Data($0))
        }
    }

    /// Waits, up to a deadline, until `count` requests are recorded.
    public func waitForRequests(_ count: Int, timeout: Duration = .seconds(5)) async throws -> [RecordedRequest] {
        try await eventually(within: timeout) { try recordedRequests() } until: { $0.count >= count }
    }

    private static var serverPath: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/fake_openai/server.py").path
    }

    /// Reads one line on a thread of its own: a blocking read must not hold one of the
    /// cooperative pool's threads.
    private static func firstLine(of handle: FileHandle) async -> String {
        await withCheckedContinuation { continuation in
            Thread {
                var bytes: [UInt8] = []
                var byte: UInt8 = 0
                while read(handle.fileDescriptor, &byte, 1) == 1, byte != UInt8(ascii: "\n") {
                    bytes.append(byte)
                }
                continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
            }.start()
        }
    }
}

/// One line of the server's request log.
public struct RecordedRequest: Decodable, Sendable {
    public var method: String
    public var path: String
    public var headers: [String: String]
    public var body: JSONValue?
    public var valid: Bool
    public var errors: [String]
    public var authorized: Bool

    /// `body[key]`, when the body is an object.
    public subscript(key: String) -> JSONValue? {
        body?[key]
    }
}
