/// Turns raw input into keys: control bytes, Alt with a key, bracketed paste, and the
/// escape sequences curses leaves undecoded (``EscapeSequence``).
///
/// ncurses does not know bracketed paste, so `ESC [ 200 ~ … ESC [ 201 ~` arrives as plain
/// characters; everything between the markers becomes one `.paste`, which the chat inserts
/// and never sends. A lone Esc is only known to be one when nothing follows it in time, so
/// the loop calls `flush()` after the escape delay.
struct InputDecoder: Sendable {
    private enum State: Sendable {
        case normal
        /// After ESC; what followed so far.
        case escape([Unicode.Scalar])
        /// Between the paste markers; the text gathers in `pasted`.
        case paste
    }

    private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    private var state = State.normal
    /// Kept outside `state` so appending never copies what was pasted so far.
    private var pasted = String.UnicodeScalarView()

    /// True while an ESC waits to learn whether a sequence follows.
    var isAwaitingEscape: Bool {
        if case .escape = state { return true }
        return false
    }

    mutating func feed(_ input: RawInput) -> Key? {
        switch (state, input) {
        case (.paste, .scalar(let scalar)):
            pasted.append(scalar)
            guard scalar == "~", pasted.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd) else { return nil }
            pasted.removeLast(Self.pasteEnd.count)
            defer { pasted = String.UnicodeScalarView() }
            state = .normal
            return .paste(String(pasted))
        case (_, .resize):
            // The loop handles resizes before they reach here.
            return nil
        case (.paste, .key):
            // Inside a paste only characters count; curses may have read part of the text
            // as a key sequence, and a paste must never act as keys.
            return nil
        case (.escape(let sequence), .scalar(let scalar)):
            return continueEscape(sequence, scalar)
        case (.escape, .key(let key)):
            state = .normal
            return key
        case (.normal, .key(let key)):
            return key
        case (.normal, .scalar(let scalar)):
            return Self.key(for: scalar, state: &state)
        }
    }

    /// Nothing more arrived: a pending ESC was the Esc key, `ESC O` was Alt-O; a half
    /// sequence is dropped.
    mutating func flush() -> Key? {
        guard case .escape(let sequence) = state else { return nil }
        state = .normal
        switch sequence {
        case []: return .escape
        case ["O"]: return .alt("O")
        default: return nil
        }
    }

    private static func key(for scalar: Unicode.Scalar, state: inout State) -> Key? {
        switch scalar.value {
        case 0x1B:
            state = .escape([])
            return nil
        case 0x0D: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A:
            // Ctrl-J (0x0A) stays itself: with `nonl`, Enter is 0x0D.
            return .ctrl(Character(Unicode.Scalar(UInt8(scalar.value) + 0x60)))
        case 0x00...0x1F, 0x80...0x9F:
            return nil
        default:
            return .character(Character(scalar))
        }
    }

    private mutating func continueEscape(_ sequence: [Unicode.Scalar], _ scalar: Unicode.Scalar) -> Key? {
        if sequence.isEmpty {
            switch scalar {
            case "[":
                state = .escape(["["])
                return nil
            case "\r":
                state = .normal
                return .altEnter
            case "\u{1B}":
                // Esc pressed twice: the first one stands on its own.
                state = .escape([])
                return .escape
            case "O":
                // SS3, or Alt-O: the escape delay tells them apart (see `flush`).
                state = .escape(["O"])
                return nil
            default:
                // Alt with a character; Alt with a control key is that key.
                state = .normal
                let key = Self.key(for: scalar, state: &state)
                if case .character(let character)? = key { return .alt(character) }
                return key
            }
        }
        let full = sequence + [scalar]
        if full.starts(with: ["[", "M"]) {
            // An X10 mouse report: three bytes follow, whatever they are.
            guard full.count == 5 else {
                state = .escape(full)
                return nil
            }
            state = .normal
            return MouseReport.key(x10Button: full[2])
        }
        let isFinal = sequence == ["O"] || (0x40...0x7E).contains(scalar.value)
        guard isFinal || full.count > 16 else {
            state = .escape(full)
            return nil
        }
        state = .normal
        let body = String(String.UnicodeScalarView(full))
        if body == "[200~" {
            state = .paste
            return nil
        }
        return EscapeSequence.key(for: body)
    }
}
