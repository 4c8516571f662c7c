import Testing
@testable import AgentCore

/// Tags put on an existing task by its number or with a #tag in front.
@Suite struct TagWordingTests {
    @Test(arguments: [("stick #garden on task 5", 5, "garden"), ("label #3 finance", 3, "finance"), ("tag item 2 school", 2, "school")])
    func aTagOnANumberedTaskUpdatesIt(text: String, id: Int, tag: String) {
        #expect(IntentParser.parse(text) == .change(.update(TaskEdits(tags: .adding([tag]))), of: .id(id)))
    }
}
