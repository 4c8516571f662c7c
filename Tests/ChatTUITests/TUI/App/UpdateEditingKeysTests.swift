import Testing
@testable import ChatTUI

/// Word movement and the cut buffer, through `update` as the keys arrive.
@Suite struct UpdateEditingKeysTests {
    @Test(arguments: [(Key.ctrlLeft, Key.ctrlRight), (.alt("b"), .alt("f")), (.altLeft, .altRight)])
    func wordKeysMoveByWords(back: Key, forward: Key) {
        var state = AppState.fixture()
        state.type("buy  some milk")
        state.send(.key(back))
        #expect(state.input.cursorOffset == 10)
        state.send(.key(back), .key(back))
        #expect(state.input.cursorOffset == 0)
        state.send(.key(forward))
        #expect(state.input.cursorOffset == 3)
        state.send(.key(forward), .key(forward), .key(forward))
        #expect(state.input.cursorOffset == 14)
    }

    @Test func ctrlYPutsBackWhatCtrlWCut() {
        var state = AppState.fixture()
        state.type("buy some milk")
        state.send(.key(.ctrl("w")))
        #expect(state.input.text == "buy some ")
        state.send(.key(.ctrl("a")), .key(.ctrl("y")))
        #expect(state.input.text == "milkbuy some ")
    }

    @Test func ctrlYPutsBackWhatCtrlKAndCtrlUCut() {
        var state = AppState.fixture()
        state.type("first second")
        state.send(.key(.ctrlLeft), .key(.ctrl("k")))
        #expect(state.input.text == "first ")
        state.send(.key(.ctrl("u")), .key(.ctrl("y")), .key(.ctrl("y")))
        #expect(state.input.text == "first first ")
        state.send(.key(.ctrl("a")), .key(.ctrl("k")), .key(.ctrl("k")))
        #expect(state.input.isEmpty)
        state.send(.key(.ctrl("y")))
        #expect(state.input.text == "first first ")
    }

    @Test func unboundAltKeysTypeNothing() {
        var state = AppState.fixture()
        state.send(.key(.alt("x")), .key(.modified(.delete, .ctrl)))
        #expect(state.input.isEmpty)
    }
}
