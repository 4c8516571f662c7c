/// A short excerpt of a matched text, split into the parts that match and the parts around
/// them, so each front end marks matches its own way (bold on a terminal, brackets in a
/// pipe, offsets in JSON) without parsing markers.
public struct Snippet: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public var text: String
        public var isMatch: Bool

        public init(_ text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The excerpt without marks.
    public var text: String { parts.map(\.text).joined() }

    /// The markers SQLite's `snippet()` is asked to put around each match: STX and ETX,
    /// control characters that chat text almost never holds. One that does only moves a mark;
    /// the parts are sanitised before they are drawn either way.
    static let open: Character = "\u{2}"
    static let close: Character = "\u{3}"

    /// Splits `snippet()`'s output at the markers.
    init(marked: String) {
        var parts: [Part] = []
        var current = ""
        var inMatch = false
        for character in marked {
            guard character == Self.open || character == Self.close else {
                current.append(character)
                continue
            }
            if !current.isEmpty { parts.append(Part(current, isMatch: inMatch)) }
            current = ""
            inMatch = character == Self.open
        }
        if !current.isEmpty { parts.append(Part(current, isMatch: inMatch)) }
        self.parts = parts
    }
}
