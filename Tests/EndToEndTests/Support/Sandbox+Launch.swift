import Foundation
import TestSupport

extension Sandbox {
    /// Runs `chattui` as ``run(_:stdin:)`` does, but waits on a thread of its own, so an
    /// async test does not hold one of the cooperative pool's two threads meanwhile.
    func launch(_ arguments: [String], stdin: String? = nil) async throws -> CommandLineRun {
        let sandbox = UncheckedSandbox(sandbox: self)
        return try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try sandbox.sandbox.run(arguments, stdin: stdin) }) }.start()
        }
    }

    /// Points `chattui` at `server` the way a user would: base URL and key in the environment.
    func use(_ server: FakeOpenAIServer, key: String = "sk-test-key") {
        environment["OPENAI_BASE_URL"] = server.baseURL
        environment["OPENAI_API_KEY"] = key
    }
}

/// The sandbox is only read while the child runs, and the test awaits the child before
/// touching it again.
private struct UncheckedSandbox: @unchecked Sendable {
    let sandbox: Sandbox
}
