import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The task review's keys through the runtime to a real file: each change is stored, the
/// review says what was done in the store's own words, and a refusal reaches the screen.
@Suite struct RuntimeReviewTests {
    /// A key (or a field's keys) pressed on "Pay rent", what the review says, and what is stored.
    struct Edit: CustomTestStringConvertible, Sendable {
        var name: String
        var keys: [Key]
        var notice: String
        var stored: @Sendable (TodoTask) -> Bool
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "space", keys: [.character(" ")], notice: "Completed #1 Pay rent. u undoes it.") { $0.completed },
        Edit(
            name: "e", keys: [.character("e"), .ctrl("u")] + typing("Pay the rent") + [.enter],
            notice: "Renamed to #1 Pay the rent."
        ) { $0.title == "Pay the rent" },
        Edit(name: "p", keys: [.character("p")], notice: "#1 Pay rent: low priority.") { $0.priority == .low },
        Edit(
            name: "t", keys: [.character("t")] + typing("bills, home") + [.enter], notice: "#1 Pay rent: #bills #home."
        ) { $0.tags == ["bills", "home"] },
        Edit(
            name: "D", keys: [.character("D")] + typing("fri") + [.enter], notice: "#1 Pay rent: due Fri 21 Mar."
        ) { $0.due == day("2025-03-21") },
        Edit(
            name: "r", keys: [.character("r")] + typing("monthly") + [.enter], notice: "#1 Pay rent: repeats monthly."
        ) { $0.recurrence == .monthly },
    ]

    @Test(arguments: edits)
    func anEditIsStoredAndTheReviewSaysSo(edit: Edit) async throws {
        let loop = try await reviewing()

        for key in edit.keys { loop.send(.key(key)) }

        try await loop.waitFor(edit.notice)
        let stored = try loop.fixture.store.tasks.task(id: 1)
        #expect(edit.stored(stored), "\(stored)")
    }

    @Test func aDeletedTaskComesBackWithU() async throws {
        let loop = try await reviewing()

        loop.send(.key(.character("d")))
        try await loop.waitFor("Deleted #1 Pay rent. u brings it back.")
        #expect((try? loop.fixture.store.tasks.task(id: 1)) == nil)

        loop.send(.key(.character("u")))
        try await loop.waitFor("Undid: deleted #1 Pay rent")
        #expect(try loop.fixture.store.tasks.task(id: 1).deletedAt == nil)
    }

    @Test func aDescriptionIsWrittenInTheDetailPane() async throws {
        let loop = try await reviewing()
        loop.send(.key(.enter))
        try await loop.settle { if case .detail(_?)? = $0.review?.mode { true } else { false } }

        for key in [.character("e")] + Self.typing("ask about the lease") + [.enter] { loop.send(.key(key)) }

        try await loop.waitFor("#1 Pay rent: description saved.")
        #expect(try loop.fixture.store.tasks.task(id: 1).description == "ask about the lease")
    }

    @Test func aCompletedTaskIsReopenedFromTheCompletedList() async throws {
        let loop = try await reviewing()
        loop.send(.key(.character(" ")))
        try await loop.waitFor("Completed #1 Pay rent.")

        loop.send(.key(.character("f")))
        try await loop.settle { $0.review?.window.items.first?.completed == true }
        loop.send(.key(.character(" ")))

        try await loop.waitFor("Reopened #1 Pay rent.")
        #expect(try loop.fixture.store.tasks.task(id: 1).completed == false)
    }

    @Test func aTaskAddedFromTheReviewReadsTheChatsPhrases() async throws {
        let loop = try await reviewing()

        for key in [.character("a")] + Self.typing("call mom tomorrow #family high") + [.enter] {
            loop.send(.key(key))
        }

        try await loop.waitFor("Added #2 Call mom.")
        let added = try loop.fixture.store.tasks.task(id: 2)
        #expect(added.tags == ["family"] && added.priority == .high && added.due == day("2025-03-15"))
    }

    @Test func anImpossibleDateIsRefusedInWordsAndNothingIsStored() async throws {
        let loop = try await reviewing()

        for key in [.character("D")] + Self.typing("31 April") + [.enter] { loop.send(.key(key)) }

        try await loop.waitFor("April has 30 days")
        #expect(try loop.fixture.store.tasks.task(id: 1).due == nil)
    }

    /// The review open on one pending task, "Pay rent", as task 1.
    private func reviewing() async throws -> HeadlessLoop {
        let fixture = try TestStore()
        _ = try fixture.store.add("pay rent")
        let loop = try HeadlessLoop(fixture)
        loop.send(.key(.function(2)))
        try await loop.waitFor("Pay rent")
        return loop
    }

    private static func typing(_ text: String) -> [Key] {
        text.map { .character($0) }
    }
}
