import Foundation
import Testing
import TestSupport
@testable import AgentCore

/// Replays the streams captured from real servers in `../shared/sse-captures` through the
/// provider over HTTP, when that folder is beside the repository (a clone has none, and
/// the tests in ``OpenAIProviderServerShapesTests`` cover the same shapes with our own files).
@Suite struct CaptureReplayTests {
    static let folder = RepositoryFolder.repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/sse-captures")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".sse") || $0.hasSuffix(".chunks") }.sorted()
    }

    @Test(arguments: names)
    func aCaptureIsHandled(name: String) async throws {
        let capture = try Capture(contentsOf: Self.folder.appendingPathComponent(name))
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("capture-\(UUID().uuidString)")
        try Data(capture.body.utf8).write(to: body)
        defer { try? FileManager.default.removeItem(at: body) }
        let server = try await FakeOpenAIServer.start(script: #"[{"raw_stream": "\#(body.path)"}]"#)
        defer { server.stop() }
        let provider = OpenAIProviderFaultTests.provider(server.baseURL, maxRetries: 0)

        let outcome = await provider.outcome(of: .user("hi", tools: [.addTask]))

        // A capture the harness holds to a rule ("enforce:") is about the follow-up request,
        // which the end-to-end tests check; its stream itself is an answer.
        if capture.exercises.contains("error"), !capture.isEnforced {
            guard case .streamError? = outcome.error else {
                Issue.record("\(name): expected the server's error, got \(outcome)")
                return
            }
            return
        }
        #expect(outcome.error == nil, "\(name): \(String(describing: outcome.error))")
        let calls = outcome.events.flatMap { if case .toolCalls(let calls) = $0 { calls } else { [] } }
        if let expected = capture.expectedCalls { #expect(calls.count == expected, "\(name): \(calls)") }
        if calls.isEmpty { #expect(!outcome.text.isEmpty, "\(name): an empty reply") }
        let reasoning = outcome.events.compactMap { if case .reasoningDelta(let piece) = $0 { piece.text } else { nil } }
        if let first = reasoning.first(where: { $0.count > 8 }) {
            #expect(!outcome.text.contains(first), "\(name): reasoning reached the reply")
        }
    }
}

/// A capture file: header lines (`# key: value`), then the body after the `---8<---` line.
private struct Capture {
    var exercises = ""
    var expectedCalls: Int?
    var isEnforced = false
    var body = ""

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let cut = text.range(of: "---8<---") else { return }
        let header = text[..<cut.lowerBound]
        var payload = String(text[cut.upperBound...].drop { $0 != "\n" }.dropFirst())
        var isChunks = false
        var appendDone = false
        var substitutions: [(String, String)] = []
        for line in header.split(separator: "\n") {
            let field = line.drop { $0 == "#" || $0 == " " }
            guard let colon = field.firstIndex(of: ":") else { continue }
            let key = field[..<colon]
            let value = field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "exercises": exercises = value
            case "enforce": isEnforced = true
            case "format": isChunks = value == "chunks"
            case "done": appendDone = value.hasPrefix("append")
            case "sub":
                let parts = value.components(separatedBy: " => ")
                if parts.count == 2 { substitutions.append((parts[0], parts[1])) }
            case "expect":
                if let match = value.firstMatch(of: /(\d+) calls?/) { expectedCalls = Int(match.1) }
            default: continue
            }
        }
        for (from, to) in substitutions {
            payload = payload.replacingOccurrences(of: "\"\(from)\"", with: "\"\(to)\"")
                .replacingOccurrences(of: "\\\"\(from)\\\"", with: "\\\"\(to)\\\"")
        }
        if isChunks {
            payload = payload.split(separator: "\n").map { "data: \($0)\n\n" }.joined()
            if appendDone { payload += "data: [DONE]\n\n" }
        }
        body = payload
    }
}

/// Where the repository is, from this file's place in it.
private enum RepositoryFolder {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
