import Foundation

/// Where and how to reach an OpenAI-compatible server.
///
/// The description hides the API key, so printing a configuration cannot leak it.
public struct OpenAIConfiguration: Sendable, Equatable, CustomStringConvertible {
    public static let defaultBaseURL = "https://api.openai.com/v1"
    public static let defaultModel = "gpt-4o-mini"

    /// The API root, such as `http://127.0.0.1:11434/v1`; requests go to `{baseURL}/chat/completions`.
    public var baseURL: String
    public var apiKey: String?
    /// Used when a ``ChatRequest`` names no model.
    public var model: String
    /// How long connecting may take (`CHATTUI_CONNECT_TIMEOUT`, seconds).
    public var connectTimeout: Duration
    /// How long the server may stay silent before the first byte or between chunks
    /// (`CHATTUI_IDLE_TIMEOUT`, seconds).
    public var idleTimeout: Duration
    /// How long a silence lasts before the provider says it is waiting.
    public var silenceNotice: Duration
    /// Retries after HTTP 429, 5xx or a connection lost before the reply began.
    public var maxRetries: Int
    /// The longest wait before a retry, whatever `Retry-After` asks for.
    public var maxRetryDelay: Duration
    /// Whether to ask for token usage with `stream_options`.
    public var includeUsage: Bool

    public init(baseURL: String = defaultBaseURL, apiKey: String? = nil, model: String = defaultModel,
                connectTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(120),
                silenceNotice: Duration = .seconds(10),
                maxRetries: Int = 3, maxRetryDelay: Duration = .seconds(30), includeUsage: Bool = true) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.silenceNotice = silenceNotice
        self.maxRetries = maxRetries
        self.maxRetryDelay = maxRetryDelay
        self.includeUsage = includeUsage
    }

    /// Reads `OPENAI_BASE_URL`, `OPENAI_API_KEY`, `CHATTUI_MODEL` and the two timeouts; the
    /// explicit `model` and `baseURL` (from `--model`, `--base-url`) win over them. Empty values
    /// count as unset, as `export OPENAI_API_KEY=` means "none"; a timeout that is not a
    /// positive number of seconds keeps its default.
    public static func fromEnvironment(_ environment: [String: String], model: String? = nil,
                                       baseURL: String? = nil) -> OpenAIConfiguration {
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                return nil
            }
            return text
        }
        func seconds(_ name: String) -> Duration? {
            guard let text = value(name), let seconds = Double(text), seconds.isFinite, seconds > 0 else { return nil }
            return .milliseconds(Int64(min(seconds, 86_400) * 1000))
        }
        var configuration = OpenAIConfiguration(
            baseURL: nonEmpty(baseURL) ?? value("OPENAI_BASE_URL") ?? defaultBaseURL,
            apiKey: value("OPENAI_API_KEY"),
            model: nonEmpty(model) ?? value("CHATTUI_MODEL") ?? defaultModel)
        if let connect = seconds("CHATTUI_CONNECT_TIMEOUT") { configuration.connectTimeout = connect }
        if let idle = seconds("CHATTUI_IDLE_TIMEOUT") { configuration.idleTimeout = idle }
        return configuration
    }

    /// `{baseURL}/chat/completions`, whether or not the base URL ends in a slash.
    var completionsURL: String {
        endpoint("chat/completions")
    }

    /// `{baseURL}/models`, the list `/model` shows.
    var modelsURL: String {
        endpoint("models")
    }

    private func endpoint(_ path: String) -> String {
        var base = Substring(baseURL)
        while base.hasSuffix("/") { base = base.dropLast() }
        return base + "/" + path
    }

    public var description: String {
        "OpenAIConfiguration(baseURL: \(baseURL), apiKey: \(apiKey == nil ? "none" : "set"), model: \(model))"
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
