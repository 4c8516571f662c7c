import Foundation

/// When the loop paints: a streamed reply at most once every 1/30 s however fast it comes,
/// anything else (a key, a resize, the window a key asked for) at once, and nothing for a
/// tick that changed nothing on screen.
///
/// A reply at 1,000 tokens a second is 1,000 messages a second; painting after each would
/// cost a view and a screen diff per token. Coalesced, the chunks that arrive within one
/// frame's time are applied to the state and drawn together when the frame falls due, which
/// the loop waits for no longer than needed. Thirty frames a second keep the largest gap
/// between a reply's frames near 33 ms, under the 50 ms at which text stops reading as a
/// flow, and cost half of what sixty did: at 1,000 tokens a second the view and the screen
/// diff were most of the chat's CPU (docs/performance.md). What answers the person is never
/// held back: a key paints its frame, and the rows it asked for arrive a millisecond or two
/// later, which waiting out the rest of a frame would have turned into 33 ms.
struct FramePacer {
    static let minimumInterval: TimeInterval = 1.0 / 30

    private var lastPaint: Date?
    /// Something on screen changed since the last paint.
    private(set) var owesFrame = false
    /// Something other than the stream or the clock changed: the frame is due now.
    private var owesPromptFrame = false

    /// Notes what `message` did to the state. A tick only moves the clock and, while a turn
    /// runs, the spinner; the screen shows the clock nowhere finer than the minute (overdue
    /// marks), so a tick that moved neither is no change.
    mutating func note(_ message: Message, spinnerBefore: Int, clockBefore: Date, after state: AppState) {
        if case .tick = message {
            let minuteMoved = Self.minute(of: clockBefore) != Self.minute(of: state.now)
            guard minuteMoved || spinnerBefore != state.spinnerFrame else { return }
        }
        owesFrame = true
        if !Self.isPaced(message) { owesPromptFrame = true }
    }

    /// How long until the frame owed falls due (zero when it is due now); nil when none is owed.
    func delay(at now: Date) -> TimeInterval? {
        guard owesFrame else { return nil }
        guard let lastPaint, !owesPromptFrame else { return 0 }
        return max(0, lastPaint.addingTimeInterval(Self.minimumInterval).timeIntervalSince(now))
    }

    /// Whether to paint now.
    func isDue(at now: Date) -> Bool {
        delay(at: now) == 0
    }

    mutating func painted(at now: Date) {
        lastPaint = now
        owesFrame = false
        owesPromptFrame = false
    }

    /// Stream updates and ticks come by the hundred or thousand a second and can wait for the
    /// next frame; everything else comes from the person or answers them.
    private static func isPaced(_ message: Message) -> Bool {
        switch message {
        case .turn, .tick: true
        default: false
        }
    }

    private static func minute(of date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 60).rounded(.down))
    }
}
