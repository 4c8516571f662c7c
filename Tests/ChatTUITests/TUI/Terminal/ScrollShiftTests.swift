import Testing
@testable import ChatTUI

/// Which rows the terminal scrolls instead of drawing again, and what it then believes the
/// screen holds.
@Suite struct ScrollShiftTests {
    private func grid(_ lines: [String]) -> Grid {
        var grid = Grid(size: Size(rows: lines.count, cols: 6))
        for (row, line) in lines.enumerated() { grid.write(line, row: row, col: 0) }
        return grid
    }

    private func changedRows(_ one: Grid, _ two: Grid) -> [Int] {
        (0..<two.rows).filter { !one.hasSameRow($0, as: two) }
    }

    @Test func aPaneThatMovedUpOneRowIsScrolledAboveTheRowsThatStayed() {
        let old = grid(["a", "b", "c", "d", "e", "──", "st 1"])
        let new = grid(["b", "c", "d", "e", "f", "──", "st 2"])
        let shift = ScrollShift.between(old, new)
        #expect(shift == ScrollShift(top: 0, bottom: 4, distance: 1))
        let screen = shift.map { $0.applied(to: old) }
        #expect(screen.map { changedRows($0, new) } == [4, 6])
        #expect(screen?[row: 4, col: 0] == .unknown)
    }

    @Test func theLargestGainWinsAmongDistances() {
        let old = grid(["a", "b", "c", "d", "e", "f", "g"])
        let new = grid(["c", "d", "e", "f", "g", "h", "i"])
        #expect(ScrollShift.between(old, new) == ScrollShift(top: 0, bottom: 6, distance: 2))
    }

    @Test(arguments: [
        (["a", "b", "c", "d"], ["a", "b", "x", "d"]),  // one row changed
        (["a", "b", "c", "d"], ["w", "x", "y", "z"]),  // nothing moved
        (["a", "b", "c", "d", "e", "f", "g"], ["f", "g", "h", "i", "j", "k", "l"]),  // a page: too far
    ])
    func framesWithoutABandToScrollAreDrawnAsBefore(old: [String], new: [String]) {
        #expect(ScrollShift.between(grid(old), grid(new)) == nil)
    }

    @Test func gridsOfDifferentSizesHaveNoShift() {
        #expect(ScrollShift.between(grid(["a", "b", "c"]), Grid(size: Size(rows: 3, cols: 7))) == nil)
    }

    /// The case it is for: a streamed reply grows by a row; the pane scrolls, and what is left
    /// to draw is the new row and the rows below the pane.
    @Test func aStreamedReplyGrowingByARowScrollsThePane() {
        var state = AppState.streaming(turn: 3)
        let words = (1...200).map { "word\($0)" }.joined(separator: " ")
        state.send(.turn(3, .textDelta(" " + words)))
        let before = view(state)
        state.send(.turn(3, .textDelta(" " + String(repeating: "x", count: 80))))
        let after = view(state)
        let shift = ScrollShift.between(before, after)
        #expect(shift?.top == 0)
        #expect(shift.map { changedRows($0.applied(to: before), after).count } ?? 99 <= 4)
    }
}
