import Foundation
import Testing

/// Terminals that cannot, or people who would rather not, show everything.
extension TUITests {
    /// The SGR parameters on the screen that set a colour (30–38, 40–48, 90–107); 39 and 49,
    /// back to the default colours, are not one.
    private static func colours(in styled: String) -> [Int] {
        styled.matches(of: /\u{1B}\[([0-9;]*)m/).flatMap { match in
            match.output.1.split(separator: ";").compactMap { Int($0) }
        }.filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
    }

    @Test func noColorLeavesOnlyBoldAndReverse() async throws {
        // `swift test` itself may run with NO_COLOR set.
        let coloured = try await TmuxScreen(try Sandbox(), running: "unset NO_COLOR; chattui")
        try await coloured.waitFor(Self.freshStatus)
        let colouredText = try await coloured.styledScreen()
        #expect(!Self.colours(in: colouredText).isEmpty, "the prompt is cyan by default: \(colouredText.debugDescription)")

        let plain = try await TmuxScreen(try Sandbox(), running: "NO_COLOR=1 chattui; echo EXITED $?; exec cat")
        try await plain.waitFor(Self.freshStatus)
        try await plain.type("/nope")
        try await plain.press("Enter")
        try await plain.waitFor("/nope")
        let styled = try await plain.styledScreen()
        #expect(Self.colours(in: styled) == [], "\(styled)")
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "the status bar is still reversed")
    }

    @Test func termDumbIsRefusedWithOneLine() async throws {
        let screen = try await TmuxScreen(
            try Sandbox(), running: "TERM=dumb chattui 2> error; echo EXITED $?; cat error; exec cat", cols: 200)
        // `cat error` prints after the status line: wait for both, not just the first.
        let text = try await screen.waitFor("the status and the error") {
            $0.contains("EXITED 1") && $0.contains("or use 'chattui ask TEXT'.")
        }
        #expect(text.contains("""
            Error: The terminal type 'dumb' cannot move the cursor, which the chat needs: \
            set TERM to your terminal's type, such as xterm-256color, or use 'chattui ask TEXT'.
            """), "\(text)")
        #expect(!text.contains("idle"))
    }
}
