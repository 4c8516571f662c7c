import Persistence
import Testing
@testable import ChatTUI

@Suite struct UpdateTurnTests {
    @Test func escCancelsTheStreamingTurn() {
        var state = AppState.streaming(turn: 7)
        #expect(update(&state, .key(.escape)) == [.cancelTurn(7)])
        #expect(update(&state, .turn(7, .textDelta("late"))) == [])
        #expect(state.transcript.entries.last == .assistant("Hello", interrupted: true))
        #expect(state.activity == .idle)
    }

    @Test func updatesOfAnotherTurnAreIgnored() {
        var state = AppState.streaming(turn: 7)
        let before = state
        #expect(update(&state, .turn(6, .textDelta("stale"))) == [])
        #expect(update(&state, .turn(6, .finished(usage: nil, interrupted: false))) == [])
        #expect(update(&state, .turn(6, .failed(message: "x"))) == [])
        #expect(state == before)
    }

    @Test func thinkingTurnsIntoStreamingOnTheFirstDelta() {
        var state = AppState.fixture()
        state.type("hi")
        state.send(.key(.enter), .turn(1, .messageStored(conversationID: 9)))
        #expect(state.activity == .thinking(SentTurn(id: 1, text: "hi", messageStored: true)))
        #expect(state.conversationID == 9)
        state.send(.turn(1, .textDelta("Hel")), .turn(1, .textDelta("lo")))
        #expect(state.activity == .streaming(SentTurn(id: 1, text: "hi", messageStored: true)))
        #expect(state.transcript.entries.last == .assistant("Hello", interrupted: false))
    }

    @Test func aWaitShowsInTheStatusBarUntilTheReplyMovesOn() {
        var state = AppState.fixture()
        state.type("hi")
        state.send(.key(.enter), .turn(1, .messageStored(conversationID: 9)))
        let notice = "server busy (HTTP 429), retrying in 30 s (1/3)…"
        state.send(.turn(1, .waiting(notice)))
        #expect(state.flash == notice)
        #expect(state.activity.label == "thinking")
        #expect(view(state).description.contains("retrying in 30 s"))
        state.send(.turn(1, .textDelta("Hi")))
        #expect(state.flash == nil)
    }

    @Test func finishingAddsUsageAndGoesIdle() {
        var state = AppState.streaming(turn: 2)
        state.send(.turn(2, .finished(usage: TokenUsage(promptTokens: 100, completionTokens: 20, totalTokens: 120), interrupted: false)))
        #expect(state.activity == .idle)
        #expect(state.tokensUsed == 120)
    }

    @Test func toolCallsShowRunningThenTheirResult() {
        var state = AppState.streaming(turn: 2)
        state.send(.turn(2, .toolStarted(name: "add_task", argumentsJSON: #"{"title":"Buy groceries"}"#)))
        #expect(state.transcript.entries.last == .tool(ToolActivity(name: "add_task", summary: "", status: .running)))
        let effects = state.send(.turn(2, .toolFinished(name: "add_task", summary: "#5 Buy groceries", isError: false)))
        #expect(effects == [.loadReminders])
        #expect(state.transcript.entries.last == .tool(ToolActivity(name: "add_task", summary: "#5 Buy groceries", status: .succeeded)))
    }

    @Test func twoCallsOfOneToolKeepTheOrderTheModelAskedForThem() {
        // "add pay the gas bill, and renew passport": both adds start, then finish in turn.
        var state = AppState.streaming(turn: 2)
        state.send(
            .turn(2, .toolStarted(name: "add_task", argumentsJSON: #"{"title":"Pay the gas bill"}"#, callID: "a")),
            .turn(2, .toolStarted(name: "add_task", argumentsJSON: #"{"title":"Renew passport"}"#, callID: "b")),
            .turn(2, .toolFinished(name: "add_task", summary: "#1 Pay the gas bill", isError: false, callID: "a")))
        #expect(toolLines(state) == ["#1 Pay the gas bill", ""])

        state.send(.turn(2, .toolFinished(name: "add_task", summary: "#2 Renew passport", isError: false, callID: "b")))
        #expect(toolLines(state) == ["#1 Pay the gas bill", "#2 Renew passport"])
    }

    private func toolLines(_ state: AppState) -> [String] {
        state.transcript.entries.compactMap { entry in
            if case .tool(let activity) = entry { return activity.summary }
            return nil
        }
    }

    @Test func aFailureShowsAnErrorAndCtrlRRetriesTheStoredMessage() {
        var state = AppState.fixture()
        state.type("add milk")
        state.send(.key(.enter), .turn(1, .messageStored(conversationID: 3)))
        state.send(.turn(1, .failed(message: "The server is busy (429).")))
        #expect(state.activity == .failed(SentTurn(id: 1, text: "add milk", messageStored: true)))
        #expect(state.transcript.entries.last == .error("The server is busy (429). Press Ctrl-R to try again."))
        #expect(update(&state, .key(.ctrl("r"))) == [.retryTurn(2, conversationID: 3)])
        #expect(state.activity.runningTurn?.id == 2)
    }

    @Test func aStreamThatDropsMarksWhatArrivedInterruptedAsTheDatabaseDoes() {
        // Given a reply that has begun to stream
        var state = AppState.fixture()
        state.type("Tell me a story")
        state.send(.key(.enter), .turn(1, .messageStored(conversationID: 3)), .turn(1, .textDelta("Once upon")))

        // When the connection drops
        state.send(.turn(1, .failed(message: "The reply was cut off.")))

        // Then the text stays, marked interrupted, above the error; Ctrl-R answers again
        #expect(Array(state.transcript.entries.suffix(2)) == [
            .assistant("Once upon", interrupted: true), .error("The reply was cut off. Press Ctrl-R to try again."),
        ])
        #expect(update(&state, .key(.ctrl("r"))) == [.retryTurn(2, conversationID: 3)])
        state.send(.turn(2, .messageStored(conversationID: 3)), .turn(2, .textDelta("Once")))
        #expect(state.transcript.entries.last == .assistant("Once", interrupted: false))
    }

    @Test func ctrlRResendsATurnThatFailedBeforeItsMessageWasStored() {
        var state = AppState.fixture()
        state.type("add milk")
        state.send(.key(.enter), .turn(1, .failed(message: "Cannot reach the server.")))
        #expect(update(&state, .key(.ctrl("r"))) == [.startTurn(2, conversationID: nil, text: "add milk")])
    }

    @Test func ctrlRWithNothingFailedSaysSo() {
        var state = AppState.fixture()
        #expect(update(&state, .key(.ctrl("r"))) == [])
        #expect(state.flash != nil)
    }

    @Test func anInterruptedFinishMarksTheReply() {
        var state = AppState.streaming(turn: 4)
        state.send(.turn(4, .finished(usage: nil, interrupted: true)))
        #expect(state.transcript.entries.last == .assistant("Hello", interrupted: true))
    }

    @Test func aReplyCutOffByTheLengthLimitSaysSo() {
        // Given a turn whose reply is streaming
        var state = AppState.fixture()
        state.type("Tell me everything")
        state.send(.key(.enter), .turn(1, .textDelta("A long answer")))

        // When the server stops it at its length limit
        state.send(.turn(1, .finished(usage: nil, interrupted: false, cutOff: true)))

        // Then the pane keeps the text and says it was cut off
        #expect(Array(state.transcript.entries.suffix(2)) == [
            .assistant("A long answer", interrupted: false),
            .notice("The reply was cut off at the model's length limit."),
        ])
        #expect(state.activity == .idle)
    }
}
