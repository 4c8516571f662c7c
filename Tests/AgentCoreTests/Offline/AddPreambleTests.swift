import Testing
@testable import AgentCore

/// What people wrap around a new task — a greeting, thanks, "you can add for me:", "a daily
/// task:", "at the latest" — is not part of its title.
@Suite struct AddPreambleTests {
    @Test(arguments: [
        ("Good afternoon. Could you add a task to book the boiler service. Thanks a lot.", "Book the boiler service"),
        ("hello there, would you kindly add water the ferns. thank you very much", "Water the ferns"),
        ("you can add for me: pick up the dry cleaning", "Pick up the dry cleaning"),
        ("Hi there! add ring the plumber please. Cheers", "Ring the plumber"),
    ])
    func greetingsAndThanksAreNotTheTitle(text: String, title: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["title"]) == [.string(title)], "\(said.reply)")
    }

    @Test(arguments: [
        ("add a weekly task: put the recycling out", "Put the recycling out", "weekly"),
        ("create a monthly task: check the smoke alarms", "Check the smoke alarms", "monthly"),
        ("new daily task: stretch for ten minutes", "Stretch for ten minutes", "daily"),
    ])
    func aRepeatNamedBeforeTaskIsTheRecurrence(text: String, title: String, recurrence: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let added = said.exchanges.filter(\.isWrite)
        #expect(added.map(\.arguments["title"]) == [.string(title)], "\(said.reply)")
        #expect(added.first?.arguments["recurrence"] == .string(recurrence))
    }

    @Test(arguments: [
        "add renew the tv licence, at the latest friday",
        "i need to send the invoice by friday at the latest",
        "add pay the deposit no later than friday",
    ])
    func aDeadlineQualifierIsNotTheTitle(text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let added = said.exchanges.filter(\.isWrite)
        #expect(added.count == 1, "\(said.reply)")
        let title = added.first?.arguments["title"]?.stringValue ?? ""
        #expect(!title.lowercased().contains("latest") && !title.lowercased().contains("later"), "\(title)")
        #expect(added.first?.arguments["due"] != nil)
    }
}
