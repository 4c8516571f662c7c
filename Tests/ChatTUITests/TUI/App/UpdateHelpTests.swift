import Testing
@testable import ChatTUI

/// The help screen and the key table it prints.
@Suite struct UpdateHelpTests {
    @Test func f1OpensTheHelpAndAnyOtherKeyClosesIt() {
        var state = AppState.fixture()
        state.type("draft")
        state.send(.key(.function(1)))
        #expect(state.screen == .help(HelpScreen()))
        state.send(.key(.pageDown))
        #expect(state.screen != .help(HelpScreen()))
        state.send(.key(.escape))
        #expect(state.screen == .chat)
        #expect(state.input.text == "draft")
    }

    @Test func theHelpScrollsNoFurtherThanItsEnd() {
        var state = AppState.fixture(size: Size(rows: 10, cols: 40))
        state.send(.key(.function(1)))
        for _ in 0..<200 { state.send(.key(.down)) }
        let end = state.screen
        state.send(.key(.end))
        #expect(state.screen == end)
        state.send(.key(.home))
        #expect(state.screen == .help(HelpScreen()))
    }

    /// Every key in the table is listed on the help screen, with its action reachable.
    @Test func everyBindingIsInTheHelp() {
        let text = HelpLayout.lines(width: 200).map(\.text).joined(separator: "\n")
        for binding in ChatKeymap.bindings {
            #expect(text.contains(binding.label + " "), "\(binding.label)")
            #expect(text.contains(binding.hint), "\(binding.hint)")
            for key in binding.keys { #expect(ChatKeymap.action(for: key) == binding.action) }
        }
        for (command, _) in SlashCommand.usage { #expect(text.contains(command)) }
    }

    @Test func noKeyIsBoundTwice() {
        let keys = ChatKeymap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    /// The status bar names the keys of the table, F1 for the help among them.
    @Test func theStatusHintNamesBoundKeys() {
        #expect(ChatKeymap.hintLine == "F2 tasks · Ctrl-O chats · F1 help")
        #expect(ChatKeymap.action(for: .function(2)) == .tasks)
        #expect(ChatKeymap.action(for: .ctrl("o")) == .conversations)
        #expect(ChatKeymap.action(for: .function(1)) == .help)
        #expect(rows(view(AppState.fixture())).last?.hasSuffix("F1 help ") == true)
    }
}
