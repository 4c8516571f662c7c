import AgentCore
import Foundation
import Persistence

/// `search` without `--json`: one line per match, where it is, when, and the snippet with
/// the matched text marked.
struct SearchListing {
    /// How a match stands out: bold on a terminal (also under `NO_COLOR`, which removes
    /// colour, as the chat does), brackets where the output is a file or a pipe.
    enum Marks {
        case bold, brackets

        func mark(_ text: String) -> String {
            switch self {
            case .bold: "\u{1B}[1m\(text)\u{1B}[22m"
            case .brackets: "[\(text)]"
            }
        }
    }

    let matches: [SearchMatch]
    let marks: Marks
    let timeZone: TimeZone

    init(_ matches: [SearchMatch], marks: Marks, timeZone: TimeZone) {
        self.matches = matches
        self.marks = marks
        self.timeZone = timeZone
    }

    var text: String {
        let places = matches.map(place)
        let width = places.map(\.count).max() ?? 0
        return zip(places, matches).map { place, match in
            [place.rightPadded(to: width), LocalTime.minutes(match.createdAt, in: timeZone), snippet(match.snippet)]
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func place(_ match: SearchMatch) -> String {
        switch match.source {
        case .message(let conversation, let message, _): "conversation \(conversation), message \(message)"
        case .task(let id, _): "task \(id)"
        }
    }

    /// Each part is sanitised on its own, before any mark is added, so nothing in the text
    /// can reach the terminal as a sequence and the marks are the only escapes written.
    private func snippet(_ snippet: Snippet) -> String {
        snippet.parts.map { part in
            let text = TerminalSanitizer.sanitize(part.text.replacingOccurrences(of: "\n", with: " "), keepNewlines: false)
            return part.isMatch ? marks.mark(text) : text
        }.joined()
    }
}
