import Testing
@testable import Persistence

struct TaskTagsTests {
    @Test func normalisesDeduplicatesAndSorts() throws {
        #expect(try TaskTags.normalize(["#Work", "home", "work", " urgent_1 ", "a-b"]) == ["a-b", "home", "urgent_1", "work"])
    }

    @Test(arguments: ["", "#", "two words", "émoji", String(repeating: "x", count: 33), "semi;colon"])
    func rejectsInvalidTags(tag: String) {
        #expect(throws: TaskInputError.invalidTag(tag)) { try TaskTags.normalize(tag) }
    }

    @Test func acceptsThirtyTwoCharacters() throws {
        let tag = String(repeating: "x", count: 32)
        #expect(try TaskTags.normalize(tag) == tag)
    }
}
