/// The chat screen's keys: the one table `update` reads and the help screen prints.
enum ChatKeymap {
    static let bindings: [KeyBinding<ChatAction>] = [
        KeyBinding([.enter], "Enter", "send; a line starting with / is a command", .send),
        KeyBinding([.altEnter, .ctrl("j")], "Alt-Enter, Ctrl-J", "a new line in the message", .newline),
        KeyBinding([.left, .right], "←, →", "move in the input", .edit),
        KeyBinding(
            [.ctrlLeft, .ctrlRight, .altLeft, .altRight, .alt("b"), .alt("f")], "Ctrl-←/→, Alt-B/F",
            "move by words", .edit),
        KeyBinding([.home], "Home", "start of the line; on an empty input, the top of the conversation", .homeOrTop),
        KeyBinding([.end], "End", "end of the line; on an empty input, back to following new text", .endOrFollow),
        KeyBinding([.ctrl("a"), .ctrl("e")], "Ctrl-A, Ctrl-E", "start or end of the line", .edit),
        KeyBinding([.backspace, .ctrl("h"), .delete], "Backspace, Delete", "delete a character", .edit),
        KeyBinding(
            [.ctrl("k"), .ctrl("u"), .ctrl("w")], "Ctrl-K, Ctrl-U, Ctrl-W",
            "cut to the end of the line, to its start, the word before", .edit),
        KeyBinding([.ctrl("y")], "Ctrl-Y", "put back what was cut last", .edit),
        KeyBinding([.ctrl("d")], "Ctrl-D", "delete the character under the cursor; on an empty input, quit", .deleteOrQuit),
        KeyBinding([.up], "↑", "the line above, then the messages sent before", .lineUpOrHistory),
        KeyBinding([.down], "↓", "the line below, then back to the draft", .lineDownOrHistory),
        KeyBinding([.pageUp], "PgUp", "scroll up a page; older messages load at the top", .pageUp),
        KeyBinding([.pageDown], "PgDn", "scroll down a page", .pageDown),
        KeyBinding([.wheelUp, .wheelDown], "mouse wheel", "scroll; hold Shift to select text", .wheel),
        KeyBinding([.ctrlHome], "Ctrl-Home", "the top of the conversation", .top),
        KeyBinding([.ctrlEnd], "Ctrl-End", "back to following new text", .follow),
        KeyBinding([.escape], "Esc", "stop the reply; what arrived is kept, marked interrupted", .stopReply),
        KeyBinding([.ctrl("c")], "Ctrl-C", "stop the reply, else clear the draft, else quit", .interrupt),
        KeyBinding([.ctrl("r")], "Ctrl-R", "answer a failed or unanswered message again", .retry),
        KeyBinding([.function(2), .ctrl("t")], "F2, Ctrl-T", "the task review", .tasks),
        KeyBinding(
            [.function(3)], "F3", "the task panel beside the chat, on a terminal 120 columns wide (/panel too)",
            .panel),
        KeyBinding([.ctrl("o")], "Ctrl-O", "the conversation picker", .conversations),
        KeyBinding([.ctrl("f")], "Ctrl-F", "search every conversation and task (/search TEXT too)", .search),
        KeyBinding([.function(1)], "F1", "this help (/help too)", .help),
        KeyBinding([.ctrl("z")], "Ctrl-Z", "suspend to the shell; fg brings the screen back", .suspend),
    ]

    /// The status bar's hint, "F2 tasks · Ctrl-O chats · F1 help": the other screens, and
    /// where the rest of this table is.
    static var hintLine: String {
        hintLine(withPanel: false)
    }

    /// With "F3 panel" after "F2 tasks" where the terminal is wide enough for the panel.
    static func hintLine(withPanel: Bool) -> String {
        let words: [ChatAction: String] = [.tasks: "tasks", .panel: "panel", .conversations: "chats", .help: "help"]
        let named: [ChatAction] = withPanel ? [.tasks, .panel, .conversations, .help] : [.tasks, .conversations, .help]
        return HintLine.of(bindings, naming: named, tie: " ", separator: " · ") { words[$0] ?? "" }
    }

    private static let actions: [Key: ChatAction] = bindings.reduce(into: [:]) { table, binding in
        for key in binding.keys { table[key] = binding.action }
    }

    /// What `key` does; nil for a key with no binding, which a typed character or a paste is.
    static func action(for key: Key) -> ChatAction? {
        actions[key]
    }
}
