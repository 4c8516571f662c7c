import Persistence
import Testing
@testable import ChatTUI

@Suite struct UpdatePickerTests {
    /// The picker open on three conversations, the second one open in the chat.
    private func picking() -> AppState {
        var state = AppState.fixture(conversationID: 4)
        state.send(.key(.ctrl("o")))
        state.answerPicker([conversation(9, "Groceries"), conversation(4, "Bills"), conversation(2, "Dentist")])
        return state
    }

    @Test func enterOpensTheSelectedConversation() {
        var state = picking()
        state.send(.key(.down), .key(.down))
        #expect(update(&state, .key(.enter)) == [.openConversation(2)])
        #expect(state.screen == .chat)
    }

    @Test func enterOnTheOpenConversationJustGoesBack() {
        var state = picking()
        state.send(.key(.character("j")))
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.screen == .chat)
    }

    @Test func aLoadedConversationReplacesThePane() {
        var state = AppState.fixture()
        state.transcript.entries = [.user("old")]
        state.scrollOffset = 4
        let page = ConversationPage(
            conversationID: 4, title: "Bills",
            messages: [
                stored(10, .user, "add pay bills"),
                stored(11, .assistant, "", toolCalls: [StoredToolCall(id: "c1", name: "add_task", arguments: "{}")]),
                stored(12, .tool, #"{"task_id": 5, "status": "created", "title": "Pay bills"}"#, toolCallID: "c1"),
                stored(13, .tool, #"{"error": "task 42 not found"}"#, toolCallID: "c2"),
                stored(14, .assistant, "Added **Pay bills**."),
            ],
            hasOlder: true)
        state.send(.conversationLoaded(page))
        #expect(state.conversationID == 4)
        #expect(state.scrollOffset == 0)
        #expect(state.transcript.oldestMessageID == 10)
        #expect(state.transcript.hasOlder)
        #expect(state.transcript.entries == [
            .user("add pay bills"),
            .tool(ToolActivity(name: "add_task", summary: "#5 Pay bills", status: .succeeded)),
            .tool(ToolActivity(name: "tool", summary: "task 42 not found", status: .failed)),
            .assistant("Added **Pay bills**.", interrupted: false),
        ])
    }

    @Test func escReturnsWithoutOpening() {
        var state = AppState.fixture()
        state.send(.key(.ctrl("o")))
        #expect(update(&state, .key(.escape)) == [])
        #expect(state.screen == .chat)
    }

    @Test func aConversationKeptForItsMessagesSaysSo() {
        var state = picking()
        state.send(.key(.character("/")))
        state.type("plumber")
        state.answerPicker([conversation(4, "Plumber visit"), conversation(9, "Groceries")])
        let shown = rows(view(state))
        #expect(shown.contains { $0.contains("Plumber visit") && !$0.contains("in messages") })
        #expect(shown.contains { $0.contains("Groceries") && $0.contains("· in messages") })
    }

    @Test func typingAFilterReloadsAsEachKeyArrivesAndEscDropsIt() {
        var state = picking()
        state.send(.key(.character("/")))
        let groceries = conversation(9, "Groceries")
        #expect(update(&state, .key(.character("b"))) == [.loadConversationWindow(ConversationWindowRequest(
            title: "b", anchor: .item(groceries), before: 57, after: 57, keepsSelection: true, known: nil))])
        state.type("ills")
        #expect(state.picker?.title == "bills")
        state.answerPicker([conversation(4, "Bills")])
        #expect(rows(view(state))[0].hasPrefix(" Conversations (1) · matching “bills”"))
        #expect(update(&state, .key(.enter)) == [])
        // Letters are commands again once Enter kept the filter.
        #expect(update(&state, .key(.character("d"))) == [])
        #expect(state.picker?.notice == "That is the open conversation: open another one first.")
        state.send(.key(.character("/")))
        let effects = update(&state, .key(.escape))
        #expect(effects == [.loadConversationWindow(ConversationWindowRequest(
            title: nil, anchor: .item(conversation(4, "Bills")), before: 57, after: 57, keepsSelection: true,
            known: nil))])
    }

    @Test func deleteAsksFirstAndUndoBringsItBack() {
        var state = picking()
        state.send(.key(.character("G")), .key(.character("d")))
        #expect(state.picker?.mode == .confirmingDelete(conversation(2, "Dentist")))
        #expect(update(&state, .key(.character("n"))) == [])
        #expect(state.picker?.notice == "Kept #2.")
        state.send(.key(.character("d")))
        #expect(update(&state, .key(.character("y"))) == [.deleteConversation(2)])
        state.send(.conversationChanged(.deleted(conversation(2, "Dentist"))))
        #expect(state.picker?.notice == "Deleted #2 “Dentist”. u brings it back.")
        // Closing and reopening the picker keeps what u can bring back.
        state.send(.key(.character("q")), .key(.ctrl("o")))
        state.answerPicker([conversation(9, "Groceries"), conversation(4, "Bills")])
        #expect(update(&state, .key(.character("u"))) == [.restoreConversation(2)])
        state.send(.conversationChanged(.restored(conversation(2, "Dentist"))))
        #expect(update(&state, .key(.character("u"))) == [])
        #expect(state.picker?.notice == "Nothing deleted this session.")
    }

    @Test func undoTakesTheCursorToTheConversationItBroughtBack() {
        // Given #2 deleted from the bottom of the list and the cursor back at the top
        var state = picking()
        state.send(.key(.character("G")), .key(.character("d")), .key(.character("y")))
        state.send(.conversationChanged(.deleted(conversation(2, "Dentist"))))
        state.answerPicker([conversation(9, "Groceries"), conversation(4, "Bills")])
        state.send(.key(.character("g")))
        // When u brings it back
        #expect(update(&state, .key(.character("u"))) == [.restoreConversation(2)])
        let effects = state.send(.conversationChanged(.restored(conversation(2, "Dentist"))))
        // Then the list is read again around #2 and the cursor lands on it
        #expect(effects == [.loadConversationWindow(ConversationWindowRequest(
            title: nil, anchor: .item(conversation(2, "Dentist")), before: 57, after: 57, keepsSelection: true,
            known: nil))])
        state.answerPicker([conversation(9, "Groceries"), conversation(4, "Bills"), conversation(2, "Dentist")])
        #expect(state.picker?.selected?.id == 2)
        let grid = view(state)
        #expect(rows(grid)[4].hasPrefix("  #2  Dentist"))
        #expect(grid[row: 4, col: 2].style.reverse)
    }

    @Test func undoKeepsTheRestoredConversationVisibleFarDownALongList() throws {
        // Given a list of 500 with the cursor at the top
        var state = picking()
        state.send(.key(.character("u")))
        let restored = conversation(7, "Old chat", daysAgo: 300)
        state.send(.conversationChanged(.restored(restored)))
        // When the store places #7 at row 400
        let around = (340..<460).map { conversation(Int64(10_000 - $0), "Chat \($0)") }
        var window = around
        window[60] = restored
        state.answerPicker(window, offset: 340, total: 500)
        // Then the cursor is on it and the screen shows it
        #expect(state.picker?.selection.index == 400)
        let grid = view(state)
        let row = try #require(rows(grid).firstIndex { $0.hasPrefix("  #7  Old chat") })
        #expect(grid[row: row, col: 2].style.reverse)
    }

    /// Ctrl-O then G at once: G is made on the list once it is in.
    @Test func aMoveTypedBeforeTheListArrivesIsMadeOnceItDoes() {
        var state = AppState.fixture(conversationID: 4)
        state.send(.key(.ctrl("o")), .key(.character("G")))
        state.answerPicker([conversation(9, "Groceries"), conversation(4, "Bills"), conversation(2, "Dentist")])
        #expect(state.picker?.selected?.id == 2)
    }

    @Test func rRenamesAndTheOpenConversationTakesTheNewTitle() {
        var state = picking()
        state.send(.key(.character("j")), .key(.character("r")), .key(.ctrl("u")))
        state.type("Bills 2025")
        #expect(update(&state, .key(.enter)) == [.renameConversation(4, title: "Bills 2025")])
        state.send(.conversationChanged(.renamed(conversation(4, "Bills 2025"))))
        #expect(state.conversationTitle == "Bills 2025")
    }

    @Test func theOpenConversationIsMarked() {
        let screen = rows(view(picking()))
        #expect(screen[3].hasPrefix("▸ #4  Bills"))
        #expect(screen[3].contains("· open"))
        #expect(!screen[2].contains("· open"))
    }

    @Test func bigGReachesTheOldestOfManyThroughTheLastWindow() {
        var state = AppState.fixture()
        state.send(.key(.ctrl("o")))
        state.answerPicker((1...114).map { conversation(Int64(10_001 - $0), "Chat \($0)") }, total: 10_000)
        let effects = update(&state, .key(.character("G")))
        #expect(state.picker?.selection.index == 9_999)
        #expect(effects == [.loadConversationWindow(ConversationWindowRequest(
            title: nil, anchor: .last, before: 114, after: 114, keepsSelection: false,
            known: ListPosition(total: 10_000, anchorIndex: 9_999)))])
        state.send(.key(.pageUp))
        #expect(state.picker?.selection.index == 9_980)
    }
}

/// The picker's `?` overlay and hint line, read from its key table.
@Suite struct UpdatePickerHelpTests {
    @Test func questionMarkShowsEveryKeyAndAnyOtherKeyCloses() {
        var state = AppState.fixture(size: Size(rows: 40, cols: 80))
        state.send(.key(.ctrl("o")))
        state.answerPicker([conversation(9, "Groceries")])
        state.send(.key(.character("?")))
        #expect(state.picker?.mode == .help(offset: 0))
        let screen = rows(view(state)).joined(separator: "\n")
        for binding in PickerKeymap.bindings {
            #expect(screen.contains(binding.label + " "), "\(binding.label)")
            #expect(screen.contains(binding.hint), "\(binding.hint)")
        }
        #expect(update(&state, .key(.character("x"))) == [])
        #expect(state.picker?.mode == .browsing)
    }

    @Test func theHelpScrollsOnAShortScreen() {
        var state = AppState.fixture(size: Size(rows: 10, cols: 40))
        state.send(.key(.ctrl("o")))
        state.answerPicker([conversation(9, "Groceries")])
        state.send(.key(.character("?")), .key(.end))
        let last = PickerHelpLayout.lines(width: 39).count - TaskReviewLayout.listHeight(state.size)
        #expect(state.picker?.mode == .help(offset: last))
        #expect(rows(view(state)).joined().contains("keep it"))
    }

    @Test func everyHintedActionHasAKeyAndNoKeyHasTwoActions() {
        let keys = PickerKeymap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        let actions = Set(PickerKeymap.bindings.map(\.action))
        #expect(PickerKeymap.hinted.allSatisfy(actions.contains))
        #expect(PickerKeymap.hintLine.hasPrefix("?\u{A0}help  Enter\u{A0}open  /\u{A0}filter"))
    }
}
