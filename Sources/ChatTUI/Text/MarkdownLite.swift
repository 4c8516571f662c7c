import AgentCore
import Foundation

/// The little Markdown a chat reply needs: **bold**, `code`, fenced code blocks, `#` headings,
/// and `-`, `*` or `1.` lists whose wrapped lines hang under the item's text.
///
/// Anything else stays literal, and an unclosed `**` or backtick is shown as typed rather
/// than swallowing the rest of the reply. The text is sanitised first, so nothing a model
/// writes can reach the terminal as a control sequence.
enum MarkdownLite {
    static let codeStyle = CellStyle.colored(.cyan)

    static func render(_ text: String) -> [StyledLine] {
        var inFence = false
        return render(sanitized: TerminalSanitizer.sanitize(text), inFence: &inFence)
    }

    /// Renders text already sanitised, line by line. `inFence` says whether a code fence is
    /// open where the text starts and is left as it is where it ends: a line's look depends
    /// on nothing else, which is what lets a growing reply render only its new lines.
    static func render(sanitized text: String, inFence: inout Bool) -> [StyledLine] {
        var lines: [StyledLine] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if line.trimmingLeadingSpaces().hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if inFence {
                lines.append(StyledLine("  " + line, codeStyle, hangingIndent: 2))
            } else {
                lines.append(block(line))
            }
        }
        return lines
    }

    /// One line outside a fence: a heading, a list item, or a paragraph line.
    private static func block(_ line: String) -> StyledLine {
        let body = line.trimmingLeadingSpaces()
        let leading = line.count - body.count
        if let heading = headingText(body) {
            return inline(heading, base: .bold)
        }
        if let (marker, rest) = listItem(body) {
            let prefix = String(repeating: " ", count: leading) + marker
            var styled = StyledLine(prefix, .plain, hangingIndent: CharacterWidth.of(prefix))
            for span in inline(rest, base: .plain).spans { styled.append(span.text, span.style) }
            return styled
        }
        return inline(line, base: .plain)
    }

    private static func headingText(_ body: String) -> String? {
        let hashes = body.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), body.dropFirst(hashes).first == " " else { return nil }
        return String(body.dropFirst(hashes + 1))
    }

    /// "- x" and "* x" become "• x"; "12. x" keeps its number.
    private static func listItem(_ body: String) -> (marker: String, rest: String)? {
        if body.hasPrefix("- ") || body.hasPrefix("* ") {
            return ("• ", String(body.dropFirst(2)))
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let afterDigits = body.dropFirst(digits.count)
        guard afterDigits.hasPrefix(". ") else { return nil }
        return (digits + ". ", String(afterDigits.dropFirst(2)))
    }

    /// Splits a line on `**` and backticks into styled spans. Markers only count when closed.
    static func inline(_ text: String, base: CellStyle) -> StyledLine {
        var line = StyledLine()
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("`"), let close = rest.dropFirst().firstIndex(of: "`") {
                line.append(String(rest[rest.index(after: rest.startIndex)..<close]), codeStyle)
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**"), close.lowerBound > rest.index(rest.startIndex, offsetBy: 2) {
                var bold = base
                bold.bold = true
                let inner = inline(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]), base: bold)
                for span in inner.spans { line.append(span.text, span.style) }
                rest = rest[close.upperBound...]
            } else {
                let next = rest.dropFirst().firstIndex { $0 == "`" || $0 == "*" } ?? rest.endIndex
                line.append(String(rest[..<next]), base)
                rest = rest[next...]
            }
        }
        return line
    }
}

extension String {
    fileprivate func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " })
    }
}
