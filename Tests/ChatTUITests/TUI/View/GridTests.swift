import Testing
@testable import ChatTUI

@Suite struct GridTests {
    @Test func writesTextAndLeavesTheRestBlank() {
        var grid = Grid(size: Size(rows: 2, cols: 6))
        let end = grid.write("hi", row: 0, col: 1)
        #expect(end == 3)
        #expect(rows(grid) == [" hi   ", "      "])
    }

    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(size: Size(rows: 1, cols: 6))
        #expect(grid.write("日本x", row: 0, col: 0) == 5)
        #expect(grid[row: 0, col: 0].text == "日")
        #expect(grid[row: 0, col: 1].isContinuation)
        #expect(grid[row: 0, col: 2].text == "本")
        #expect(grid[row: 0, col: 4].text == "x")
        #expect(rows(grid) == ["日本x "])
    }

    @Test func aWideCharacterThatDoesNotFitAtTheEdgeBecomesASpace() {
        var grid = Grid(size: Size(rows: 1, cols: 5))
        #expect(grid.write("ab日本", row: 0, col: 0) == 5)
        #expect(rows(grid) == ["ab日 "])
        #expect(!grid[row: 0, col: 4].isContinuation)
    }

    @Test func theLimitStopsWritingLikeTheEdge() {
        var grid = Grid(size: Size(rows: 1, cols: 8))
        grid.write("abc日", row: 0, col: 0, limit: 4)
        #expect(rows(grid) == ["abc     "])
    }

    @Test func emojiSequencesStayWholeInOneWideCell() {
        var grid = Grid(size: Size(rows: 1, cols: 8))
        grid.write("👨‍👩‍👧👍🏽e\u{301}", row: 0, col: 0)
        #expect(grid[row: 0, col: 0].text == "👨‍👩‍👧")
        #expect(grid[row: 0, col: 2].text == "👍🏽")
        #expect(grid[row: 0, col: 4].text == "e\u{301}")
        #expect(grid[row: 0, col: 5].text == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: Size(rows: 1, cols: 6))
        grid.write("日本語", row: 0, col: 0)
        grid.write("x", row: 0, col: 1)
        grid.write("y", row: 0, col: 2)
        #expect(rows(grid) == [" xy 語"])
        #expect(grid[row: 0, col: 3].text == " ")
        #expect(!grid[row: 0, col: 3].isContinuation)
    }

    @Test func strayCombiningMarksAreDropped() {
        var grid = Grid(size: Size(rows: 1, cols: 3))
        grid.write("\u{301}a", row: 0, col: 0)
        #expect(rows(grid) == ["a  "])
    }

    @Test func printsAsQuotedRowsWithWideRowsAndStylesFlagged() {
        var grid = Grid(size: Size(rows: 2, cols: 4))
        grid.write("日x", row: 0, col: 0)
        grid.write("ok", row: 1, col: 0, style: .reverse)
        grid.cursor = Position(row: 1, col: 2)
        #expect(grid.description == """
            Grid 4×2
            "日x "  // wide
            "ok  "
            cursor: row 1, col 2
            styles:
              row 1, cols 0-1: r
            """)
    }

    @Test func aRowIsTheSameOnlyWhenEveryCellAndStyleIs() {
        var one = Grid(size: Size(rows: 3, cols: 4))
        one.write("abc", row: 0, col: 0)
        one.write("ok", row: 1, col: 0)
        var two = one
        two.write("abd", row: 0, col: 0)
        two.write("ok", row: 1, col: 0, style: .bold)
        #expect(!one.hasSameRow(0, as: two))
        #expect(!one.hasSameRow(1, as: two))
        #expect(one.hasSameRow(2, as: two))
        #expect(!one.hasSameRow(3, as: two))
        #expect(!one.hasSameRow(2, as: Grid(size: Size(rows: 3, cols: 5))))
    }
}
