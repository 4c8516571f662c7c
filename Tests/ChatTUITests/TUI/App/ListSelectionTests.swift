import Persistence
import Testing
@testable import ChatTUI

/// The one cursor type of the review, the picker and the search screen.
@Suite struct ListSelectionTests {
    private func selection(count: Int, at index: Int = 0) -> ListSelection {
        var selection = ListSelection()
        selection.resize(to: count)
        selection.select(index)
        return selection
    }

    @Test(arguments: [
        (ListMove.next, 11), (.previous, 9), (.first, 0), (.last, 99), (.pageDown, 30), (.pageUp, 0),
    ])
    func eachMoveGoesWhereItsKeySays(move: ListMove, expected: Int) {
        var moved = selection(count: 100, at: 10)
        moved.move(move, page: 20)
        #expect(moved.index == expected)
    }

    @Test func everyMoveStopsAtTheEnds() {
        var top = selection(count: 5)
        top.move(.previous, page: 3)
        top.move(.pageUp, page: 3)
        #expect(top.index == 0)
        var bottom = selection(count: 5, at: 4)
        bottom.move(.next, page: 3)
        bottom.move(.pageDown, page: 3)
        #expect(bottom.index == 4)
    }

    @Test func aPageIsAtLeastOneRow() {
        var moved = selection(count: 10, at: 5)
        moved.move(.pageDown, page: 0)
        #expect(moved.index == 6)
        moved.move(.pageUp, page: -3)
        #expect(moved.index == 5)
    }

    @Test func anEmptyListKeepsTheCursorAtZero() {
        var empty = selection(count: 0)
        for move in ListMove.allCases { empty.move(move, page: 10) }
        #expect(empty.index == 0)
        #expect(empty.visible(height: 5).isEmpty)
    }

    @Test func aShorterListClampsTheCursor() {
        var shrunk = selection(count: 100, at: 80)
        shrunk.resize(to: 50)
        #expect(shrunk.index == 49)
    }

    @Test func theViewScrollsOnlyWhenTheCursorLeavesIt() {
        var moving = selection(count: 100)
        moving.move(.pageDown, page: 4)
        moving.scroll(height: 5)
        #expect(moving.visible(height: 5) == 0..<5)
        moving.move(.next, page: 4)
        moving.scroll(height: 5)
        #expect(moving.visible(height: 5) == 1..<6)
        moving.move(.previous, page: 4)
        #expect(moving.visible(height: 5) == 1..<6)
    }

    @Test func aShorterListFillsTheViewFromAbove() {
        var filtered = selection(count: 100, at: 97)
        filtered.scroll(height: 10)
        #expect(filtered.visible(height: 10) == 88..<98)
        filtered.resize(to: 11)
        filtered.select(9)
        #expect(filtered.visible(height: 10) == 1..<11)
        #expect(filtered.visible(height: 20) == 0..<11)
    }

    @Test func placingShiftsTheCursorAndTheViewTogether() {
        var placed = selection(count: 114, at: 20)
        placed.scroll(height: 10)
        let shown = placed.visible(height: 10)
        placed.place(shiftedBy: 1_000, count: 3_000)
        #expect(placed.index == 1_020)
        #expect(placed.visible(height: 10) == (shown.lowerBound + 1_000)..<(shown.upperBound + 1_000))
    }

    @Test func keepingFindsTheItemByIdOrStaysInItsPlace() {
        var kept = selection(count: 10, at: 3)
        let window = ListWindow(items: (1...20).map { task(Int64($0), "T\($0)") }, offset: 40, total: 100, anchorIndex: 45)
        kept.keep(Int64(7), in: window)
        #expect(kept.index == 46)
        kept.keep(Int64(99), in: window)
        #expect(kept.index == 45)
    }

    @Test func theThreeListScreensMoveWithTheSameKeys() {
        let keys: [Key] = [.character("j"), .down, .character("k"), .up, .character("g"), .home, .character("G"), .end, .pageDown, .pageUp]
        for key in keys {
            let review = ReviewKeymap.action(for: key)
            let picker = PickerKeymap.action(for: key)
            let search = SearchKeymap.action(for: key)
            guard case .move(let move)? = review else {
                Issue.record("\(key) does not move the review")
                continue
            }
            #expect(picker == .move(move))
            #expect(search == .move(move))
        }
    }
}
