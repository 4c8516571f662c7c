import TestSupport
import Testing
@testable import AgentCore

/// Property: "add a task to TITLE" then "list" shows TITLE as typed, for titles made of words
/// that are no date, priority, tag or command word. The engine changes one thing only: it
/// capitalises the title's first letter ("fix the gate" is stored as "Fix the gate").
@Suite struct TitleRoundTripTests {
    /// Ordinary words; none is a weekday, month, number, priority, tag preposition ("for",
    /// "at"), pronoun, list separator ("and", ",") or verb the engine reads as a command.
    private static let words = [
        "fix", "the", "gate", "paint", "fence", "water", "roses", "wash", "car", "buy", "bread",
        "cheese", "return", "library", "books", "sweep", "porch", "bake", "cake", "mend", "socks",
        "walk", "dog", "feed", "cat", "oil", "hinges", "sort", "photos", "tidy", "shed", "post",
        "parcel", "sharpen", "knives", "clean", "windows", "plant", "tulips", "iron", "shirts",
        "Grandma's", "blue", "old", "kitchen", "garage", "green", "big", "bike", "lamp", "chair",
    ]

    /// Every case is drawn from this seed, so a failure names a title that fails every run.
    private static let titles: [String] = {
        var random = SplitMix64(seed: 0x5EED_7175)
        return (0..<200).map { _ in
            let count = Int.random(in: 1...6, using: &random)
            return (0..<count).map { _ in words.randomElement(using: &random) ?? "gate" }.joined(separator: " ")
        }
    }()

    @Test(arguments: titles)
    func anAddedTitleIsListedAsTyped(title: String) async throws {
        let world = try HeldOutWorld()
        let added = try await world.converse(["add a task to \(title)"])
        let stored = title.prefix(1).uppercased() + title.dropFirst()
        #expect(added.exchanges.map(\.name) == ["add_task"])
        #expect(added.exchanges.first?.arguments["title"]?.stringValue == stored)
        let listed = try await world.converse(["list"])
        #expect(listed.reply.contains("#11 ☐ \(stored)\n") || listed.reply.hasSuffix("#11 ☐ \(stored)"))
    }
}
