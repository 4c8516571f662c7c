import Persistence
import Testing
@testable import AgentCore

/// "Don't let me forget X", "note to self: X": the words around a request to remember are
/// the wrapper, never the title, and what is to be remembered is kept whole.
@Suite struct AddWrapperTests {
    @Test(arguments: [
        ("I need to not forget the car insurance", "Car insurance"),
        ("mustn't forget to call the vet", "Call the vet"),
        ("don't let me forget the passport photos", "Passport photos"),
        ("I should remember to book the MOT", "Book the MOT"),
        ("note to self: renew the TV licence", "Renew the TV licence"),
        ("we mustn't forget about grandma's birthday", "Grandma's birthday"),
        ("must remember to water the garden pls", "Water the garden"),
        ("i really must not forget to text Jo", "Text Jo"),
        ("dont forget the bin collection", "Bin collection"),
        ("Need to remember the school forms.", "School forms"),
    ])
    func theTitleIsWhatIsToBeRemembered(text: String, title: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["add_task"], "\(said.reply)")
        #expect(writes.first?.arguments["title"] == .string(title))
    }
}
