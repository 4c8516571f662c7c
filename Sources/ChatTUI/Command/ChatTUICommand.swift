import ArgumentParser

public struct ChatTUICommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "chattui",
        abstract: "Talk in plain language to an agent that keeps your to-do list.",
        version: "0.1.0")

    public init() {}
}
