/// Which front end made a task change, kept in the undo journal.
public enum ChangeSource: String, Sendable, CaseIterable {
    case tui, agent, mcp, cli
}
