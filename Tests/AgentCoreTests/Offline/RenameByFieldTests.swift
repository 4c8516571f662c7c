import Testing
@testable import AgentCore

/// A rename that names the field ("change the title of #10 to …", "retitle task 3 …"),
/// with the new title in straight or curly quotes or none: the title is the new words only.
@Suite struct RenameByFieldTests {
    @Test(arguments: [
        ("change the title of #10 to 'service the bike'", 10, "Service the bike"),
        ("change the name of task 7 to “renew both passports”", 7, "Renew both passports"),
        ("pls update the title on #4 to \"team meeting minutes\"", 4, "Team meeting minutes"),
        ("rename task 3 to pay the rent and bills", 3, "Pay the rent and bills"),
        ("retitle #8 as ‘clear out the garage’", 8, "Clear out the garage"),
        ("call #6 'book flights to rome' instead", 6, "Book flights to rome"),
    ] as [(String, Int, String)])
    func theNewTitleIsSet(text: String, taskID: Int, title: String) {
        guard case .change(.update(let edits), of: .id(let id)) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(id == taskID)
        #expect(edits.title == title)
    }
}
