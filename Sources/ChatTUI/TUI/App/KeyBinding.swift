/// One row of a screen's key table: the keys, what they do, and how help names them.
///
/// `update` finds a key's action in the table and the help screen prints the same rows, so
/// a key and its description cannot drift apart.
struct KeyBinding<Action: Hashable & Sendable>: Hashable, Sendable {
    var keys: [Key]
    /// How help writes the keys: "Ctrl-K, Ctrl-U, Ctrl-W".
    var label: String
    var hint: String
    var action: Action

    init(_ keys: [Key], _ label: String, _ hint: String, _ action: Action) {
        self.keys = keys
        self.label = label
        self.hint = hint
        self.action = action
    }
}
