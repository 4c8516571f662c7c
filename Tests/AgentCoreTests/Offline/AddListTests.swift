import Testing
@testable import AgentCore

/// Several things added in one breath: a list of things is a task each, while one thing whose
/// name holds "and" or a verb over the whole list stays one task.
@Suite struct AddListTests {
    @Test(arguments: [
        ("add napkins and foil trays", ["Napkins", "Foil trays"]),
        ("add stamps and bin bags", ["Stamps", "Bin bags"]),
        ("add paper plates and cups", ["Paper plates", "Cups"]),
        ("add batteries and ring the plumber", ["Batteries", "Ring the plumber"]),
        ("add milk, eggs, bread", ["Milk", "Eggs", "Bread"]),
        ("add kitchen roll and washing powder", ["Kitchen roll", "Washing powder"]),
        ("add olive oil and garlic", ["Olive oil", "Garlic"]),
        ("put bin liners and light bulbs on the list", ["Bin liners", "Light bulbs"]),
        ("add walk the dog, feed the cat, water the plants", ["Walk the dog", "Feed the cat", "Water the plants"]),
    ])
    func eachThingInTheListIsATask(text: String, titles: [String]) {
        guard case .addMany(let tasks) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(tasks.map(\.title) == titles)
    }

    @Test(arguments: [
        ("add salt and vinegar crisps", "Salt and vinegar crisps"),
        ("add cake for Sam and Ella", "Cake for Sam and Ella"),
        ("add buy milk, eggs and bread", "Buy milk, eggs and bread"),
        ("add pay gas, electric, water", "Pay gas, electric, water"),
        ("add Tom and Jerry tickets", "Tom and Jerry tickets"),
        ("add buy bread and milk", "Buy bread and milk"),
        ("add mac and cheese", "Mac and cheese"),
        ("add cheese and onion crisps", "Cheese and onion crisps"),
        ("add fix the gate, it's broken again", "Fix the gate"),
    ])
    func oneThingWithAndInItIsOneTask(text: String, title: String) {
        guard case .add(let task) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.title == title)
    }

    @Test func errandsEachKeepTheirOwnDay() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(
            "add wash the car saturday, mow the lawn sunday and clean the windows",
            .writes([.add("Wash the car", ["due": "saturday"]), .add("Mow the lawn", ["due": "sunday"]), .add("Clean the windows")])))
    }

    /// "on monday" after an errand is that errand's day, not the shopping's.
    @Test func aDateAfterTheLastErrandIsItsOwn() {
        guard case .addMany(let tasks) = IntentParser.parse("add stamps, bin bags and call the vet on monday") else {
            Issue.record("\(IntentParser.parse("add stamps, bin bags and call the vet on monday"))")
            return
        }
        #expect(tasks.map(\.title) == ["Stamps", "Bin bags", "Call the vet"])
        #expect(tasks.map(\.due) == [nil, nil, "monday"])
    }

    /// A verb that is also a noun names the next thing, unless "the", "my" or an id follows it.
    @Test func binBagsAreAThingAndBinTheOldOneIsADeletion() {
        guard case .sequence(let parts) = IntentParser.parse("add milk and bin the old shopping one") else {
            Issue.record("\(IntentParser.parse("add milk and bin the old shopping one"))")
            return
        }
        #expect(parts.count == 2)
        if case .change(let change, _)? = parts.last { #expect(change == .delete) } else { Issue.record("\(parts)") }
    }
}
