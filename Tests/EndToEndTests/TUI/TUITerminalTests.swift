import Foundation
import Testing
import TestSupport

/// What the terminal itself sees: quitting, resizing, wide characters.
extension TUITests {
    @Test func quitExitsWithZeroAndLeavesTheTerminalAsItWas() async throws {
        let screen = try await TmuxScreen(
            try Sandbox(),
            running: "stty -g > before; chattui; echo EXITED $?; stty -g > after; cmp before after && echo SAME; exec cat")
        try await screen.waitFor(Self.freshStatus)

        try await screen.type("/quit")
        try await screen.press("Enter")

        let text = try await screen.waitFor("SAME")
        #expect(text.contains("EXITED 0"))
        #expect(!text.contains("idle"))
        // The line discipline echoes what is typed, and hands it over at Enter.
        try await screen.type("still here")
        try await screen.press("Enter")
        try await screen.waitFor("cat's echo") { $0.components(separatedBy: "still here").count == 3 }
    }

    @Test func ctrlCQuitsWhenNothingIsRunning() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.press("C-c")
        try await screen.waitFor("EXITED 0")
    }

    @Test func ctrlDQuitsOnAnEmptyInputAndCtrlCClearsADraftFirst() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.type("a draft")
        try await screen.press("C-c")
        try await screen.waitFor("Draft cleared")
        try await screen.press("C-d")
        try await screen.waitFor("EXITED 0")
    }

    @Test func resizingRedrawsAndTooSmallShowsANotice() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.type("add a task to water the plants")
        try await screen.press("Enter")
        try await screen.waitFor("idle · #1")

        try await screen.resize(cols: 40, rows: 10)
        let small = try await screen.waitFor("a 40×10 status bar") { text in
            let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 10 && rows[9].hasPrefix(" idle · #1") && rows[7] == Substring(String(repeating: "─", count: 40))
        }
        #expect(small.contains("Added #1 Water the"))

        try await screen.resize(cols: 39, rows: 9)
        try await screen.waitFor("Terminal too small")

        try await screen.resize(cols: 80, rows: 24)
        let large = try await screen.waitFor(Self.freshStatus.replacingOccurrences(of: "new", with: "#1"))
        #expect(!large.contains("Terminal too small"))
    }

    @Test func wideCharactersKeepTheirRowsIntact() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.type("add a task to 买菜和水果 🎉 for the party")
        try await screen.press("Enter")

        let text = try await screen.waitFor(Self.freshStatus.replacingOccurrences(of: "new", with: "#1"))
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The emoji is shown where it was typed; the engine leaves it out of the title.
        #expect(rows.contains("› add a task to 买菜和水果 🎉 for the party"))
        #expect(rows.contains("✓ add_task  #1 买菜和水果 for the party"))
        #expect(rows.contains(Substring(String(repeating: "─", count: 80))))
        #expect(rows.contains { $0.hasPrefix(" idle · #1 · offline/engine") && $0.hasSuffix("F2 tasks · Ctrl-O chats · F1 help") })
    }

    @Test func joinedEmojiAtTheEndOfARowNeverSpillOntoTheNext() async throws {
        // A family (four people joined by ZWJs) and a skin-toned thumb in the last two columns
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
        let thumb = "\u{1F44D}\u{1F3FD}"
        let reply = String(repeating: "z", count: 78) + family + "|" + String(repeating: "y", count: 77) + thumb + "|"
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "\#(reply)", "chunk_size": 50}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor("idle · new · 127.0.0.1")

        try await screen.type("Draw the family")
        try await screen.press("Enter")

        let text = try await screen.waitFor("idle · #1 · 127.0.0.1")
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Each cluster is drawn by its first member in its own two columns; the "|" that
        // follows wraps to the next row and nothing else lands there.
        #expect(rows.contains(String(repeating: "z", count: 78) + "\u{1F468}"), "\(text)")
        #expect(rows.contains("|" + String(repeating: "y", count: 77) + "\u{1F44D}"), "\(text)")
        #expect(rows.contains("|"), "\(text)")
        #expect(!text.contains("\u{1F466}") && !text.contains("\u{1F3FD}"), "\(text)")
    }

    @Test func aPasteIsInsertedWholeAndNeverSent() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.paste("first line\nsecond line\n")

        let text = try await screen.waitFor("  second line")
        #expect(text.contains("› first line"))
        #expect(text.contains(Self.freshStatus))
    }
}
