/// A tool call as the pane shows it: `✓ add_task  #5 Buy groceries`.
struct ToolActivity: Hashable, Sendable {
    enum Status: Hashable, Sendable { case running, succeeded, failed }

    var name: String
    var summary: String
    var status: Status
    /// The model's id for the call, while it runs: how its result finds its line.
    var callID: String? = nil
}
