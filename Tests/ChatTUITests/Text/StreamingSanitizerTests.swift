import AgentCore
import Testing
@testable import ChatTUI

@Suite struct StreamingSanitizerTests {
    static let hostile = "Safe \u{1B}[2J\u{1B}]0;owned\u{07}text \u{1B}[31mred\u{1B}[0m. \u{9B}1mend"

    @Test(arguments: [1, 2, 3, 5, 8, 1000])
    func anyPieceSizeGivesWhatTheWholeWouldGive(size: Int) {
        var sanitizer = StreamingSanitizer()
        var output = ""
        var rest = Substring(Self.hostile)
        while !rest.isEmpty {
            output += sanitizer.feed(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        output += sanitizer.flush()

        #expect(output == TerminalSanitizer.sanitize(Self.hostile))
        #expect(output == "Safe text red. end")
    }

    @Test func plainTextIsPassedOnAtOnce() {
        var sanitizer = StreamingSanitizer()
        #expect(sanitizer.feed("Hello, ") == "Hello, ")
        #expect(sanitizer.feed("world\n") == "world\n")
        #expect(sanitizer.flush() == "")
    }

    @Test func aLoneEscapeAtTheEndIsNeverPrinted() {
        var sanitizer = StreamingSanitizer()
        #expect(sanitizer.feed("cut \u{1B}") == "cut ")
        #expect(sanitizer.flush() == "")
    }
}
