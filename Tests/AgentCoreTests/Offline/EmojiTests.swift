import Testing
@testable import AgentCore

/// Emoji are decoration: they never reach a title and never stand between a date, a
/// priority or a tag and the rule that reads it, whatever the request is.
@Suite struct EmojiTests {
    @Test(arguments: [
        ("add dentist checkup friday 🦷", "Dentist checkup"),
        ("buy balloons tmrw 🎈🎉", "Buy balloons"),
        ("remind me to water the garden on sunday 🌱", "Water the garden"),
        ("📦 add return the parcel by monday", "Return the parcel"),
        ("add ring nan saturday ☎️ pls", "Ring nan"),
    ])
    func aTrailingEmojiDoesNotStopTheDate(text: String, title: String) {
        guard let task = IntentParser.parse(text).taskToAdd else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.title == title)
        #expect(task.due != nil)
    }

    @Test(arguments: [
        ("note to self: charge the camera 📷", "Charge the camera", nil, nil),
        ("add 🛒 oat milk #shopping", "Oat milk", nil, "shopping"),
        ("add fix the leaking tap ‼️ urgent", "Fix the leaking tap", "high", nil),
        ("add ⭐ plan the trip ⭐", "Plan the trip", nil, nil),
    ] as [(String, String, String?, String?)])
    func anEmojiIsNeverPartOfTheTitle(text: String, title: String, priority: String?, tag: String?) {
        guard case .add(let task) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.title == title)
        #expect(task.priority?.rawValue == priority)
        #expect(task.tags.first == tag)
    }

    @Test(arguments: [
        ("the bike is fixed 🔧🚲", "complete_task", 10),
        ("paid the rent ✅", "complete_task", 3),
        ("delete the passport task 🗑️", "delete_task", 7),
        ("move the dentist to monday 🙏", "update_task", 2),
    ] as [(String, String, Int64)])
    func changesReadThroughEmoji(text: String, tool: String, taskID: Int64) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == [tool], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
    }

    @Test func aQuestionWithAnEmojiIsStillAList() {
        guard case .list = IntentParser.parse("what's on my list 🤔") else {
            Issue.record("\(IntentParser.parse("what's on my list 🤔"))")
            return
        }
    }

    @Test func digitsHashesAndDegreesAreKept() {
        #expect("set oven to 180° #baking 2x".removingEmoji() == "set oven to 180° #baking 2x")
        #expect("call mum 📞".removingEmoji().collapsingSpaces() == "call mum")
        #expect("👨‍👩‍👧 dinner 🇬🇧".removingEmoji().collapsingSpaces() == "dinner")
    }

    /// Between a clause and a command an emoji is a pause; inside a title it is a space.
    @Test(arguments: [
        HeldOutCase("add a task to 买菜和水果 🎉 for the party", .add("买菜和水果 for the party")),
        HeldOutCase("add pick up the cake 🎂 from the bakery saturday", .add("Pick up the cake from the bakery", ["due": "2026-11-28"])),
        HeldOutCase("the garage sale got called off 😩 delete the garage task", .delete(8)),
        HeldOutCase("get the bike off my list 🙄 not needed", .delete(10)),
    ])
    func anEmojiBetweenWordsIsASpaceOrAPause(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// 🔥 and 🚨 say "urgent"; a tick after each of several tasks ticks each off.
    @Test(arguments: [
        HeldOutCase("add 🚨 renew the insurance", .add("Renew the insurance", ["priority": "high"])),
        HeldOutCase("add book the vet 🔥", .add("Book the vet", ["priority": "high"])),
        HeldOutCase("🔥 the garage", .update(8, ["priority": "high"])),
        HeldOutCase("groceries ✅ rent ✅", .writes([.complete(1), .complete(3)])),
    ])
    func urgencyAndTicksSaidInEmoji(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
