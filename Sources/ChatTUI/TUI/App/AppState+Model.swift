import AgentCore

/// The model of the conversation: `/model`, and the model a conversation opened with.
extension AppState {
    /// Shown while the server is asked, and cleared by its answer.
    static let askingForModels = "Asking the server for its models…"

    /// The model the next turn asks for, as the status bar names it.
    var currentModel: String { modelOverride ?? session.model }

    /// `/model NAME` switches from the next turn; `/model` alone asks the server for its list.
    mutating func chooseModel(_ name: String?) -> [Effect] {
        guard !session.isOffline else {
            flash = "The offline engine has no models: start chattui with --base-url or OPENAI_BASE_URL to use a server's."
            return []
        }
        guard let name else {
            flash = Self.askingForModels
            return [.listModels]
        }
        modelOverride = name == session.model ? nil : name
        let shown = TerminalSanitizer.sanitize(name, keepNewlines: false)
        keepingView { $0.entries.append(.notice("Model: \(shown), from the next turn of this conversation.")) }
        return []
    }

    mutating func modelsListed(_ listing: ModelListing) -> [Effect] {
        if flash == Self.askingForModels { flash = nil }
        let text: String
        switch listing {
        case .unavailable(let reason):
            text = reason
        case .models(let names) where names.isEmpty:
            text = "The server lists no models. /model NAME still switches to a model it knows."
        case .models(let names):
            let marked = names.map { $0 == currentModel ? "\($0) (current)" : $0 }
            text = "Models on \(session.provider): \(marked.joined(separator: ", ")). /model NAME switches."
        }
        keepingView { $0.entries.append(.notice(TerminalSanitizer.sanitize(text, keepNewlines: false))) }
        return []
    }

    /// A conversation opened uses its own model (``SessionInfo/override(forConversationModel:)``).
    mutating func adoptModel(of page: ConversationPage) {
        modelOverride = session.override(forConversationModel: page.model)
    }
}
