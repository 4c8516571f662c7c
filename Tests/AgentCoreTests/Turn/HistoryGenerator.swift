import TestSupport

/// Random but reproducible conversations with everything the context rules must survive:
/// tool rounds with results stored out of order, missing or doubled, interrupted and
/// empty replies, failed turns, and tool messages that answer nothing.
struct HistoryGenerator {
    /// A seed gives the same history on every machine.
    private var random: SplitMix64
    private var history = HistoryBuilder()
    private var serial = 0

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func generate() -> HistoryBuilder {
        for _ in 0..<Int.random(in: 1...7, using: &random) {
            turn()
        }
        return history
    }

    private mutating func turn() {
        if chance(0.05) { history.tool(unique("orphan")) }
        history.user(text("user"))
        if chance(0.05) { history.tool(unique("stray")) }
        for _ in 0..<[0, 0, 1, 1, 2, 3].randomElement(using: &random, default: 0) {
            round()
        }
        switch Int.random(in: 0..<10, using: &random) {
        case 0: history.assistant("", interrupted: true)
        case 1: history.assistant(text("cut"), interrupted: true)
        case 2: break  // the provider failed: nothing after the last round
        default: history.assistant(text("answer"))
        }
    }

    private mutating func round() {
        let calls = (0..<Int.random(in: 1...3, using: &random)).map { _ in unique("call") }
        history.assistant(chance(0.3) ? text("thinking") : "", calls: calls)
        for call in calls.shuffled(using: &random) {
            if chance(0.1) { continue }
            history.tool(call, text("result"))
            if chance(0.05) { history.tool(call, text("duplicate")) }
        }
        if chance(0.05) { history.tool(unique("unknown")) }
    }

    /// Unique text, so a message in the window can be traced to the one stored.
    private mutating func text(_ kind: String) -> String {
        unique(kind) + " " + String(repeating: "w", count: Int.random(in: 0...160, using: &random))
    }

    private mutating func unique(_ kind: String) -> String {
        serial += 1
        return "\(kind)-\(serial)"
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }
}

extension Array {
    fileprivate func randomElement(using random: inout SplitMix64, default value: Element) -> Element {
        randomElement(using: &random) ?? value
    }
}
