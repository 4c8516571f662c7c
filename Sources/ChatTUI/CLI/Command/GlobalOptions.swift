import ArgumentParser
import Persistence

/// `--db`: the one option every command that touches data accepts.
public struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The database file or postgres:// URL (default: $CHATTUI_DB, else $XDG_DATA_HOME/chattui/chattui.db).",
        valueName: "path"))
    public var path: String?

    public init() {}
}

/// Options that choose the model; they apply only to commands that talk to one.
public struct ProviderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The model to ask (default: $CHATTUI_MODEL).", valueName: "name"))
    public var model: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "An OpenAI-compatible endpoint (default: $OPENAI_BASE_URL).", valueName: "url"))
    public var baseURL: String?

    @Flag(help: "Use the built-in offline engine even when a server is configured.")
    public var offline = false

    public init() {}

    /// The flags a person gave, spelled as typed, for a "does not apply" message.
    var givenFlags: [String] {
        [model.map { _ in "--model" }, baseURL.map { _ in "--base-url" }, offline ? "--offline" : nil]
            .compactMap { $0 }
    }
}

/// The options shared by the root command and `ask`; declared once, so they parse
/// before or after the subcommand name alike.
public struct GlobalOptions: ParsableArguments {
    @OptionGroup public var database: DatabaseOptions
    @OptionGroup public var provider: ProviderOptions

    public init() {}
}

/// `-r/--resume ID` and `-c/--continue`, on the root command and on `ask`.
public struct ConversationOptions: ParsableArguments {
    /// `.unconditional`, so `-r -1` reaches `validate()` instead of reading as an option.
    @Option(name: [.customShort("r"), .customLong("resume")], parsing: .unconditional, help: ArgumentHelp(
        "Continue the conversation with this id.", valueName: "id"))
    public var resume: Int64?

    @Flag(name: [.customShort("c"), .customLong("continue")], help: "Continue the most recent conversation.")
    public var continueLatest = false

    public init() {}

    var givenFlags: [String] {
        [resume.map { _ in "--resume" }, continueLatest ? "--continue" : nil].compactMap { $0 }
    }

    public func validate() throws {
        if resume != nil && continueLatest {
            throw ValidationError("Use either --resume ID or --continue, not both.")
        }
        if let resume, resume < 1 { throw ValidationError(ShowCommand.positiveIDMessage("\(resume)")) }
    }

    /// `-r ID`, the newest conversation for `-c` (a new one when there is none), else new.
    func target(in conversations: ConversationService) async throws -> Int64? {
        if let resume { return resume }
        guard continueLatest else { return nil }
        return try await conversations.mostRecent()?.id
    }
}
