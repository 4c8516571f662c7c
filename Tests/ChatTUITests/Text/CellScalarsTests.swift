import Foundation
import Testing
@testable import ChatTUI

/// Each grid cell is drawn in exactly its width, whatever cluster it holds: a cluster curses
/// would spread over several cells (each of its spacing scalars gets columns of its own)
/// keeps only what fits, and a column the kept scalars leave empty is blanked.
@Suite struct CellScalarsTests {
    init() {
        // What curses relies on too; the test runner starts in the "C" locale.
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    private func drawn(_ text: String, width: Int) -> String {
        String(String.UnicodeScalarView(CellScalars.of(text, width: width)))
    }

    @Test(arguments: [
        ("a", 1, "a"), ("日", 2, "日"), ("👍", 2, "👍"),
        // Combining marks and variation selectors stay with their base
        ("e\u{301}", 1, "e\u{301}"), ("日\u{FE0E}", 2, "日\u{FE0E}"),
        // Two regional indicators of one column each make the flag's two columns
        ("🇫🇷", 2, "🇫🇷"),
    ])
    func aClusterThatFitsIsDrawnWhole(text: String, width: Int, expected: String) {
        #expect(drawn(text, width: width) == expected)
    }

    @Test func aSkinToneThatWouldTakeColumnsOfItsOwnIsLeftOut() {
        #expect(drawn("👍🏽", width: 2) == "👍")
    }

    @Test func aJoinedSequenceKeepsItsFirstMember() {
        #expect(drawn("👨‍👩‍👧‍👦", width: 2) == "👨")
        #expect(drawn("🏳️‍🌈", width: 2) == "🏳\u{FE0F} ")
    }

    @Test func columnsTheScalarsLeaveAreBlanked() {
        // "☺" and "❤" are one column to curses, two in the grid once VS16 makes them emoji
        #expect(drawn("☺️", width: 2) == "☺\u{FE0F} ")
        #expect(drawn("❤️", width: 2) == "❤\u{FE0F} ")
        #expect(drawn("", width: 1) == " ")
    }

    @Test func aPileOfCombiningMarksIsCutAtWhatACellHolds() {
        let zalgo = "a" + String(repeating: "\u{301}\u{316}", count: 20)
        let kept = CellScalars.of(zalgo, width: 1)
        #expect(kept.count == CellScalars.perCell)
        #expect(kept.first == "a")
    }
}
