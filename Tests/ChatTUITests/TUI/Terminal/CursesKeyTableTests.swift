import CNCursesW
import Foundation
import Testing
@testable import ChatTUI

/// The codes ncurses gives modified keys, read through a real curses screen on a pipe: the
/// sequence goes in as a terminal would send it, and the code `get_wch` returns must be
/// in the key table.
@Suite(.serialized) struct CursesKeyTableTests {
    @Test(arguments: ["xterm-256color", "tmux-256color"])
    func modifiedKeysDecodeToTheirCodes(terminal: String) throws {
        let sequences: [(String, Key)] = [
            ("\u{1B}[1;5H", .ctrlHome), ("\u{1B}[1;5F", .ctrlEnd), ("\u{1B}[1;5D", .ctrlLeft),
            ("\u{1B}[1;5C", .ctrlRight), ("\u{1B}[1;3D", .altLeft), ("\u{1B}[5;5~", .modified(.pageUp, .ctrl)),
            ("\u{1B}[1;2D", .modified(.left, .shift)),
        ]
        let decoded = try decode(sequences.map(\.0), as: terminal)
        #expect(decoded == sequences.map(\.1))
    }

    /// Feeds `sequences` to curses set up for `terminal` and maps each code it returns.
    private func decode(_ sequences: [String], as terminal: String) throws -> [Key?] {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        let input = try #require(fdopen(descriptors[0], "r"))
        let output = try #require(fopen("/dev/null", "w"))
        defer {
            fclose(input)
            fclose(output)
        }
        let screen = try #require(newterm(terminal, output, input))
        defer {
            endwin()
            delscreen(screen)
        }
        keypad(chattui_stdscr(), true)
        let table = CursesTerminal.keyTable()
        var keys: [Key?] = []
        for sequence in sequences {
            let bytes = Array(sequence.utf8)
            try #require(write(descriptors[1], bytes, bytes.count) == bytes.count)
            var value: UInt32 = 0
            let result = chattui_get_wch(&value)
            keys.append(result == KEY_CODE_YES ? table[Int32(value)] : nil)
        }
        close(descriptors[1])
        return keys
    }
}
