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
    /// three minutes pass (the turn is a task on the cooperative pool, queued behind every
    /// test the whole suite started before it); whether it held.
    @discardableResult
    func settle(until condition: (AppState) -> Bool) async throws -> Bool {
        try await eventually(within: .seconds(180)) {
            for message in inbox.drain() { send(message) }
            return condition(state)
        }
    }

    /// Applies the runtime's answers as they come until one of them is `matching`, or a
    /// three minutes pass; whether one was.
    @discardableResult
    func awaitAnswer(_ matching: (Message) -> Bool) async throws -> Bool {
        var answered = false
        return try await eventually(within: .seconds(180)) {
            for message in inbox.drain() {
                answered = answered || matching(message)
                send(message)
            }
            return answered
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
