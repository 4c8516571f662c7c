import Foundation
import Persistence
import Testing
@testable import ChatTUI

@Suite struct FramePacerTests {
    let start = fixedNow

    /// Applies `message` to `state` as the loop does and tells the pacer.
    func apply(_ message: Message, to state: inout AppState, _ pacer: inout FramePacer) -> [Effect] {
        let (spinner, clock) = (state.spinnerFrame, state.now)
        let effects = update(&state, message)
        pacer.note(message, spinnerBefore: spinner, clockBefore: clock, after: state)
        return effects
    }

    @Test func anIdleTickAsksForNoFrameAndNoEffect() {
        var state = AppState.fixture()
        state.transcript.entries = [.user("hi"), .assistant(String(repeating: "long reply ", count: 3_000), interrupted: false)]
        var pacer = FramePacer()
        pacer.painted(at: start)
        let before = view(state)
        for step in 1...20 {
            let effects = apply(.tick(start.addingTimeInterval(0.25 * Double(step))), to: &state, &pacer)
            #expect(effects.isEmpty)
            #expect(!pacer.owesFrame)
            #expect(pacer.delay(at: start.addingTimeInterval(0.25 * Double(step))) == nil)
        }
        #expect(view(state) == before)
    }

    @Test func aTickThatMovesTheSpinnerOrTheMinuteAsksForAFrame() {
        var state = AppState.streaming(turn: 3)
        var pacer = FramePacer()
        _ = apply(.tick(start.addingTimeInterval(0.25)), to: &state, &pacer)
        #expect(pacer.owesFrame)

        var idle = AppState.fixture()
        var idlePacer = FramePacer()
        _ = apply(.tick(start.addingTimeInterval(60)), to: &idle, &idlePacer)
        #expect(idlePacer.owesFrame)
    }

    @Test func chunksWithinAFrameAreDrawnTogetherOnceItFallsDue() {
        var state = AppState.streaming(turn: 3)
        var pacer = FramePacer()
        pacer.painted(at: start)
        for chunk in 1...16 {
            _ = apply(.turn(3, .textDelta(" more")), to: &state, &pacer)
            #expect(!pacer.isDue(at: start.addingTimeInterval(0.001 * Double(chunk))))
        }
        #expect(pacer.delay(at: start.addingTimeInterval(0.010)).map { abs($0 - (FramePacer.minimumInterval - 0.010)) < 1e-6 } == true)
        #expect(pacer.isDue(at: start.addingTimeInterval(FramePacer.minimumInterval)))
        pacer.painted(at: start.addingTimeInterval(FramePacer.minimumInterval))
        #expect(!pacer.owesFrame)
    }

    /// Thirty frames a second at most while text streams: a chunk 20 ms after a frame waits
    /// for the 33rd millisecond, then is drawn.
    @Test func streamedTextIsDrawnAtMostThirtyTimesASecond() {
        var state = AppState.streaming(turn: 3)
        var pacer = FramePacer()
        pacer.painted(at: start)
        _ = apply(.turn(3, .textDelta(" more")), to: &state, &pacer)
        #expect(!pacer.isDue(at: start.addingTimeInterval(0.020)))
        #expect(!pacer.isDue(at: start.addingTimeInterval(0.033)))
        #expect(pacer.isDue(at: start.addingTimeInterval(1.0 / 30)))
    }

    @Test func theFirstChangeAfterAQuietSpellIsDrawnAtOnce() {
        var state = AppState.fixture()
        var pacer = FramePacer()
        pacer.painted(at: start)
        _ = apply(.key(.character("h")), to: &state, &pacer)
        #expect(pacer.isDue(at: start.addingTimeInterval(1)))
        #expect(pacer.delay(at: start.addingTimeInterval(1)) == 0)
    }

    /// A key in the review paints its frame at once and the window it asked for arrives a
    /// moment later: that frame too is drawn at once, not a frame's time after the first.
    @Test(arguments: [
        Message.key(.character("j")), .resized(Size(rows: 30, cols: 90)),
        .remindersLoaded(ReminderCounts(overdue: 2, dueToday: 1)), .taskChanged(summary: "Completed #4."),
    ])
    func whatAnswersThePersonIsDrawnAtOnceEvenRightAfterAFrame(_ message: Message) {
        var state = AppState.streaming(turn: 3)
        var pacer = FramePacer()
        pacer.painted(at: start)
        _ = apply(.turn(3, .textDelta(" more")), to: &state, &pacer)
        #expect(!pacer.isDue(at: start.addingTimeInterval(0.002)))
        _ = apply(message, to: &state, &pacer)
        #expect(pacer.isDue(at: start.addingTimeInterval(0.002)))
        pacer.painted(at: start.addingTimeInterval(0.002))
        _ = apply(.turn(3, .textDelta(" again")), to: &state, &pacer)
        #expect(!pacer.isDue(at: start.addingTimeInterval(0.004)))
    }
}
