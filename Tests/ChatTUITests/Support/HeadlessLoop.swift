import AgentCore
import Foundation
import Persistence
import TestSupport
import Testing
@testable import ChatTUI

/// The terminal loop without a terminal: the real `Runtime` on a ``TestStore``'s file with
/// the offline engine, each effect it is handed run, each answer applied with `update`, and
/// the screen read from `view`. For what only the store and the runtime together show.
final class HeadlessLoop {
    let fixture: TestStore
    let inbox: MessageInbox
    let runtime: Runtime
    private(set) var state: AppState
    private let poller = SerialQueueExecutor(label: "headless.loop")

    init(_ fixture: TestStore, state: AppState = .fixture()) throws {
        self.fixture = fixture
        self.state = state
        inbox = try MessageInbox()
        let agent = Agent(
            conversations: fixture.store.conversations, provider: OfflineEngine(),
            settings: AgentSettings(model: "engine"))
        runtime = Runtime(agent: agent, store: fixture.store, database: fixture.database, inbox: inbox)
    }

    /// The screen's rows as text.
    var screen: [String] { rows(view(state)) }

    /// Applies `message` and runs what it asks for, as the loop does (`.quit` and the
    /// clipboard are the terminal's and are only returned).
    @discardableResult
    func send(_ message: Message) -> [Effect] {
        let effects = update(&state, message)
        for effect in effects where effect != .quit {
            if case .copyToClipboard = effect { continue }
            runtime.perform(effect)
        }
        return effects
    }

    /// Types `text` and presses Enter.
    func enter(_ text: String) {
        for character in text { send(.key(.character(character))) }
        send(.key(.enter))
    }

    /// Applies the runtime's answers as they come until `condition` holds of the state, or
    /// a minute passes; whether it held.
    @discardableResult
    func settle(until condition: (AppState) -> Bool) async throws -> Bool {
        try await polling {
            for message in inbox.drain() { send(message) }
            return condition(state)
        }
    }

    /// Applies the runtime's answers as they come until one of them is `matching`, or a
    /// minute passes; whether one was.
    @discardableResult
    func awaitAnswer(_ matching: (Message) -> Bool) async throws -> Bool {
        var answered = false
        return try await polling {
            for message in inbox.drain() {
                answered = answered || matching(message)
                send(message)
            }
            return answered
        }
    }

    /// Polls `condition` from a thread of the loop's own, as the terminal loop runs on the
    /// main thread: on the cooperative pool each poll would wait behind every test the run
    /// started before it, a minute or more when the whole suite runs on two cores.
    private func polling(_ condition: () async throws -> Bool) async throws -> Bool {
        try await withTaskExecutorPreference(poller) {
            try await eventually(within: .seconds(60), condition)
        }
    }

    /// Settles until the screen shows `text`; records an issue with the screen if it never does.
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let shown = try await settle { state in rows(view(state)).contains { $0.contains(text) } }
        if !shown {
            Issue.record("never showed “\(text)”:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        }
    }
}
