import AgentCore

/// How each kind of entry looks in the pane, wrapped to the pane's width.
extension TranscriptEntry {
    static let userStyle = CellStyle(bold: true, color: .cyan)
    private static let interruptedLine = StyledLine("(interrupted)", .dim)

    func rows(width: Int) -> [StyledLine] {
        logicalLines.flatMap { TextWrapper.wrap($0, width: width) }
    }

    /// What follows a reply's own rows: a note that it was cut short, or nothing.
    static func interruptedRows(_ interrupted: Bool, width: Int) -> [StyledLine] {
        interrupted ? TextWrapper.wrap(interruptedLine, width: width) : []
    }

    /// Lines before wrapping. All text is sanitised here, at the one place it meets the screen.
    private var logicalLines: [StyledLine] {
        switch self {
        case .user(let text):
            return prefixed(TerminalSanitizer.sanitize(text), marker: "› ", markerStyle: Self.userStyle, style: .bold)
        case .assistant(let text, let interrupted):
            return MarkdownLite.render(text) + (interrupted ? [Self.interruptedLine] : [])
        case .tool(let activity):
            return [Self.line(for: activity)]
        case .error(let text):
            return prefixed(
                TerminalSanitizer.sanitize(text), marker: "⚠ ", markerStyle: .colored(.red), style: .colored(.red))
        case .notice(let text):
            return TerminalSanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false)
                .map { StyledLine(String($0), .dim) }
        }
    }

    /// `✓ add_task  #5 Buy groceries`, wrapping under the summary.
    private static func line(for activity: ToolActivity) -> StyledLine {
        let name = TerminalSanitizer.sanitize(activity.name, keepNewlines: false)
        let summary = TerminalSanitizer.sanitize(activity.summary, keepNewlines: false)
        let (mark, markStyle): (String, CellStyle) =
            switch activity.status {
            case .running: ("…", .dim)
            case .succeeded: ("✓", .colored(.green))
            case .failed: ("✗", .colored(.red))
            }
        var line = StyledLine([Span(mark, markStyle), Span(" "), Span(name, .bold)])
        if !summary.isEmpty {
            line.append("  ", .plain)
            line.append(summary, activity.status == .failed ? .colored(.red) : .plain)
        }
        line.hangingIndent = 2
        return line
    }

    /// A marker on the first line, the text's later lines indented to match.
    private func prefixed(_ text: String, marker: String, markerStyle: CellStyle, style: CellStyle) -> [StyledLine] {
        let indent = CharacterWidth.of(marker)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line in
            let lead = number == 0 ? Span(marker, markerStyle) : Span(String(repeating: " ", count: indent))
            return StyledLine([lead, Span(String(line), style)], hangingIndent: indent)
        }
    }
}
