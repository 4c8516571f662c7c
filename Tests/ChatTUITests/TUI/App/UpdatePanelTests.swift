import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The task panel's update: F3 and /panel, its loads, the width it needs, and the marks on
/// the rows the agent touched.
@Suite struct UpdatePanelTests {
    static let wide = Size(rows: 40, cols: 140)
    static let first = TaskPanelRequest(number: 1, limit: 39)

    /// A chat at 140×40 with the panel open on `tasks`.
    static func open(_ tasks: [TodoTask]) -> AppState {
        var state = AppState.fixture(size: wide, conversationID: 1)
        state.send(.key(.function(3)))
        state.send(.panelLoaded(first, ListWindow(items: tasks, offset: 0, total: tasks.count, anchorIndex: 0)))
        return state
    }

    @Test func f3OnAWideTerminalShowsThePanelAndReadsOneScreenful() {
        var state = AppState.fixture(size: Self.wide)
        #expect(state.send(.key(.function(3))) == [.loadPanel(Self.first)])
        #expect(state.showsPanel)
        #expect(state.chatLayout.paneWidth == 140 - TaskPanelLayout.maximumWidth)
        state.send(.panelLoaded(Self.first, ListWindow(items: [task(1, "Call mom")], offset: 0, total: 7, anchorIndex: 0)))
        #expect(state.taskPanel.tasks.map(\.id) == [1])
        #expect(state.taskPanel.total == 7)
        #expect(state.send(.key(.function(3))) == [])
        #expect(!state.showsPanel)
        #expect(state.chatLayout.paneWidth == 140)
    }

    @Test func slashPanelTogglesItToo() {
        var state = AppState.fixture(size: Self.wide)
        state.type("/panel")
        #expect(state.send(.key(.enter)) == [.loadPanel(Self.first)])
        #expect(state.taskPanel.isWanted)
    }

    @Test func belowTheWidthItNeedsThePanelWaitsAndComesBackWhenWidened() {
        var state = AppState.fixture(size: Size(rows: 30, cols: 100))
        #expect(state.send(.key(.function(3))) == [])
        #expect(state.taskPanel.isWanted)
        #expect(!state.showsPanel)
        #expect(state.flash?.contains("120 columns") == true)
        #expect(state.chatLayout.paneWidth == 100)
        #expect(state.send(.resized(Size(rows: 30, cols: 120))) == [.loadPanel(TaskPanelRequest(number: 1, limit: 29))])
        // The chat keeps 80 columns beside it.
        #expect(state.chatLayout.paneWidth == 80)
        #expect(state.send(.resized(Size(rows: 30, cols: 119))) == [])
        #expect(state.chatLayout.paneWidth == 119)
    }

    @Test func aTallerTerminalReadsTheRowsItNowHasRoomFor() {
        var state = Self.open([])
        #expect(state.send(.resized(Size(rows: 38, cols: 150))) == [])
        #expect(state.send(.resized(Size(rows: 50, cols: 150))) == [.loadPanel(TaskPanelRequest(number: 2, limit: 49))])
    }

    @Test func anAnswerToAnOlderLoadIsDropped() {
        var state = Self.open([task(1, "Call mom")])
        state.send(.externalChange)
        state.send(.panelLoaded(Self.first, ListWindow(items: [], offset: 0, total: 0, anchorIndex: 0)))
        #expect(state.taskPanel.tasks.map(\.id) == [1])
    }

    @Test func anotherProcessesChangeReloadsThePanelOnlyWhenItShows() {
        var state = Self.open([])
        #expect(state.send(.externalChange).contains(.loadPanel(TaskPanelRequest(number: 2, limit: 39))))
        state.send(.key(.function(3)))
        #expect(!state.send(.externalChange).contains { if case .loadPanel = $0 { true } else { false } })
    }

    @Test func aTaskTheAgentAddsIsMarkedForTwoSecondsThenDrawnNormally() {
        var state = Self.open([task(1, "Call mom")])
        state.type("add dentist")
        state.send(.key(.enter))
        let effects = state.send(.turn(1, .toolFinished(name: "add_task", summary: "#2 Dentist", isError: false, task: 2)))
        #expect(effects == [.loadReminders, .loadPanel(TaskPanelRequest(number: 2, limit: 39))])
        state.send(.panelLoaded(
            TaskPanelRequest(number: 2, limit: 39),
            ListWindow(items: [task(1, "Call mom"), task(2, "Dentist")], offset: 0, total: 2, anchorIndex: 0)))
        #expect(state.taskPanel.highlights[2]?.kind == .changed)
        // Still marked a moment later; once the two seconds are up the panel reads again and the mark goes.
        #expect(state.send(.tick(fixedNow.addingTimeInterval(1.5))) == [])
        #expect(state.send(.tick(fixedNow.addingTimeInterval(2.25))) == [.loadPanel(TaskPanelRequest(number: 3, limit: 39))])
        #expect(state.taskPanel.highlights[2] != nil)
        state.send(.panelLoaded(
            TaskPanelRequest(number: 3, limit: 39),
            ListWindow(items: [task(1, "Call mom"), task(2, "Dentist")], offset: 0, total: 2, anchorIndex: 0)))
        #expect(state.taskPanel.highlights.isEmpty)
    }

    @Test func aCompletedTaskStaysDimmedInItsPlaceUntilItsMarkEnds() {
        var state = Self.open([task(1, "Call mom"), task(2, "Dentist"), task(3, "Vet")])
        state.type("done dentist")
        state.send(.key(.enter))
        state.send(.turn(1, .toolFinished(name: "complete_task", summary: "#2 Dentist", isError: false, task: 2)))
        state.send(.panelLoaded(
            TaskPanelRequest(number: 2, limit: 39),
            ListWindow(items: [task(1, "Call mom"), task(3, "Vet")], offset: 0, total: 2, anchorIndex: 0)))
        #expect(state.taskPanel.rows.map(\.id) == [1, 2, 3])
        #expect(state.taskPanel.highlights[2]?.kind == .leaving)
        state.send(.tick(fixedNow.addingTimeInterval(3)))
        state.send(.panelLoaded(
            TaskPanelRequest(number: 3, limit: 39),
            ListWindow(items: [task(1, "Call mom"), task(3, "Vet")], offset: 0, total: 2, anchorIndex: 0)))
        #expect(state.taskPanel.rows.map(\.id) == [1, 3])
    }

    @Test func aRecurringCompletionMarksTheNextOccurrence() {
        var state = Self.open([task(1, "Water plants")])
        state.type("done")
        state.send(.key(.enter))
        state.send(.turn(1, .toolFinished(name: "complete_task", summary: "#1, next #9", isError: false, task: 1, nextTask: 9)))
        #expect(state.taskPanel.highlights[9]?.kind == .changed)
    }

    @Test func aToolThatTouchedNoTaskLeavesThePanelAlone() {
        var state = Self.open([])
        state.type("list")
        state.send(.key(.enter))
        #expect(state.send(.turn(1, .toolFinished(name: "list_tasks", summary: "3 tasks", isError: false))) == [.loadReminders])
    }

    @Test func f3IsInTheKeyTableSoHelpAndTheWideHintLineShowIt() {
        #expect(ChatKeymap.action(for: .function(3)) == .panel)
        #expect(ChatKeymap.hintLine(withPanel: true) == "F2 tasks · F3 panel · Ctrl-O chats · F1 help")
        #expect(ChatKeymap.hintLine == "F2 tasks · Ctrl-O chats · F1 help")
    }
}
