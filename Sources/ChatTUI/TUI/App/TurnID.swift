/// Tags one turn so updates of a turn the user has since cancelled can be recognised and
/// dropped: after Esc, a late chunk still carries the old id.
struct TurnID: Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    var rawValue: Int

    init(_ rawValue: Int) { self.rawValue = rawValue }
    init(integerLiteral value: Int) { rawValue = value }

    var description: String { "turn \(rawValue)" }
}
