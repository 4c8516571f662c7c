import Testing
@testable import AgentCore

/// Where the next page is read when a task named by id is not on the pages read so far.
@Suite struct TaskIDSearchTests {
    private static func page(_ offset: Int, _ ids: ClosedRange<Int>, of count: Int) -> TaskIDSearch.Page {
        TaskIDSearch.Page(offset: offset, tasks: ids.map { TaskSummary(taskID: $0, title: "Task \($0)") }, count: count)
    }

    @Test func theFirstReadStartsAtTheTop() {
        #expect(TaskIDSearch(taskIDs: [900]).next(after: []) == .read(offset: 0))
    }

    @Test func anIdOnAPageReadIsFound() {
        #expect(TaskIDSearch(taskIDs: [3, 150]).next(after: [Self.page(0, 1...200, of: 1_000)]) == .found)
    }

    @Test func withNoDeletionsTheSecondPageEndsAtTheTask() {
        let next = TaskIDSearch(taskIDs: [900]).next(after: [Self.page(0, 1...200, of: 1_000)])
        #expect(next == .read(offset: 700))
        #expect(TaskIDSearch(taskIDs: [900]).next(after: [Self.page(0, 1...200, of: 1_000), Self.page(700, 701...900, of: 1_000)])
            == .found)
    }

    @Test func deletionsMoveTheTaskEarlierSoThePageStillHoldsIt() {
        // 50 of the ids after 200 were deleted: task 900 is at place 849, on the page 700..<900.
        let pages = [Self.page(0, 1...200, of: 950)]
        guard case .read(let offset) = TaskIDSearch(taskIDs: [900]).next(after: pages) else {
            Issue.record("expected a read")
            return
        }
        #expect((650...849).contains(offset))
    }

    @Test func aPageThatOvershotLooksBack() {
        // Ids 1...1000 with many early deletions: a page from 700 starts at id 950.
        let pages = [Self.page(0, 1...200, of: 800), Self.page(600, 950...999, of: 800)]
        #expect(TaskIDSearch(taskIDs: [900]).next(after: pages) == .read(offset: 550))
    }

    @Test func anIdBetweenTwoNeighboursOnAPageIsNotThere() {
        let page = TaskIDSearch.Page(
            offset: 0, tasks: [1, 2, 4].map { TaskSummary(taskID: $0, title: "x") }, count: 3)
        #expect(TaskIDSearch(taskIDs: [3]).next(after: [page]) == .missing(3))
    }

    @Test func anIdBeyondTheLastTaskIsNotThere() {
        #expect(TaskIDSearch(taskIDs: [5_000]).next(after: [Self.page(0, 1...120, of: 120)]) == .missing(5_000))
    }

    @Test func anIdBeyondTheLastTaskOfALongListIsNotThere() {
        let pages = [Self.page(0, 1...200, of: 1_000), Self.page(800, 801...1_000, of: 1_000)]
        #expect(TaskIDSearch(taskIDs: [1_500]).next(after: Array(pages.prefix(1))) == .read(offset: 800))
        #expect(TaskIDSearch(taskIDs: [1_500]).next(after: pages) == .missing(1_500))
    }

    @Test func theSearchStopsAfterItsPagesAndNeverRereadsOne() {
        let search = TaskIDSearch(taskIDs: [900], maximumPages: 2)
        #expect(search.next(after: [Self.page(0, 1...200, of: 100_000), Self.page(700, 10_001...10_200, of: 100_000)])
            == .unreached(900))
        let again = TaskIDSearch(taskIDs: [900]).next(after: [
            Self.page(0, 1...200, of: 1_000), Self.page(700, 1_001...1_200, of: 1_000), Self.page(0, 1...200, of: 1_000),
        ])
        #expect(again == .unreached(900))
    }
}
