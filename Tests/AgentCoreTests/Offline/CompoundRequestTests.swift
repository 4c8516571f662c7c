import Persistence
import Testing
@testable import AgentCore

/// Two whole requests in one message run in order in one turn; anything less stays one
/// request, as before.
@Suite struct CompoundRequestTests {
    @Test(arguments: [
        ("mark 1 done and delete 8", ["complete_task 1", "delete_task 8"]),
        ("complete the rent then add call mom", ["complete_task 3", "add_task"]),
        ("add eggs and make the rent high priority", ["add_task", "update_task 3"]),
        ("Delete task 10, then tag the passport with travel", ["delete_task 10", "update_task 7"]),
        ("pls finish the dentist and then postpone the rent by a week", ["complete_task 2", "update_task 3"]),
        ("TICK OFF #7; DELETE #8", ["complete_task 7", "delete_task 8"]),
        ("paid the rent,renewed the passport", ["complete_task 3", "complete_task 7"]),
        ("push the rent to friday and the bike to saturday", ["update_task 3", "update_task 10"]),
        ("move #2 to monday and the garage to the 14th", ["update_task 2", "update_task 8"]),
        ("add order the cake oh and ring the florist", ["add_task", "add_task"]),
        ("add post the parcel also tick off the rent", ["add_task", "complete_task 3"]),
    ])
    func bothRequestsAreDoneInOrder(text: String, writes: [String]) async throws {
        let said = try await HeldOutWorld().converse([text])
        let done = said.exchanges.filter(\.isWrite).map { write in
            [write.name, write.arguments["task_id"]?.intValue.map(String.init)].compactMap(\.self).joined(separator: " ")
        }
        #expect(done == writes)
        #expect(said.reply.split(separator: "\n").count == 2)
    }

    /// A list asked for in so many words after a write, or after another list, is shown too.
    @Test(arguments: [
        ("add order more printer paper and show me my list", ["add_task"], 1),
        ("tick off the bike then list what's left", ["complete_task"], 1),
        ("add kitchen roll and bleach and show me my list", ["add_task", "add_task"], 1),
        ("what's tagged work and what's due friday", [], 2),
    ])
    func aListAskedForAfterAnotherRequestIsShownToo(text: String, writes: [String], lists: Int) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == writes, "\(said.reply)")
        #expect(said.exchanges.last?.name == "list_tasks")
        #expect(said.reply.components(separatedBy: "You have").count - 1 == lists, "\(said.reply)")
    }

    @Test(arguments: [
        ("mark 1 done, delete 8 and add call mom", ["complete_task 1", "delete_task 8", "add_task"]),
        ("complete task 2; delete task 8; add buy stamps", ["complete_task 2", "delete_task 8", "add_task"]),
        ("delete 8 then finish 6 and then add ring the vet", ["delete_task 8", "complete_task 6", "add_task"]),
        ("tick off 1, 2 and 6", ["complete_task 1", "complete_task 2", "complete_task 6"]),
        ("1. delete task 8 2. move the bike to friday 3. add ring mum", ["delete_task 8", "update_task 10", "add_task"]),
        ("1) passport renewed 2) rent paid", ["complete_task 7", "complete_task 3"]),
        ("bike fixed + passport renewed, tick both off", ["complete_task 10", "complete_task 7"]),
    ])
    func threeRequestsAreDoneInOrder(text: String, writes: [String]) async throws {
        let said = try await HeldOutWorld().converse([text])
        let done = said.exchanges.filter(\.isWrite).map { write in
            [write.name, write.arguments["task_id"]?.intValue.map(String.init)].compactMap(\.self).joined(separator: " ")
        }
        #expect(done == writes, "\(said.reply)")
    }

    /// "add salt, pepper and eggs" is a shopping list: one task each, as "add stamps,
    /// envelopes and tape" always was.
    @Test func aListOfItemsIsOneTaskEach() async throws {
        let said = try await HeldOutWorld().converse(["add salt, pepper and eggs"])
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["title"]) == [.string("Salt"), .string("Pepper"), .string("Eggs")])
    }

    /// Two things to get, a word each, are two tasks; a pair said as one thing, a name or a
    /// verb is one.
    @Test(arguments: [
        ("add wipes and formula", ["Wipes", "Formula"]), ("put down eggs and bacon", ["Eggs", "Bacon"]),
        ("add salt and pepper", ["Salt and pepper"]), ("add Tom and Jerry", ["Tom and Jerry"]),
        ("add wash and dry", ["Wash and dry"]),
        ("add pick up the cake on saturday and ring the caterer about her invoice tomorrow", ["Pick up the cake", "Ring the caterer about her invoice"]),
        ("add call mum and ask her about sunday lunch", ["Call mum and ask her about sunday lunch"]),
    ])
    func twoThingsAreTwoTasks(text: String, titles: [String]) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["title"]) == titles.map { .string($0) })
    }

    /// "mark task 3 as done, rent's been paid": news after a change of the same kind, or a deed
    /// after a deletion, is its reason, not a second change (which here would complete the
    /// rent's next occurrence).
    @Test(arguments: ["mark task 3 as done, rent has been paid", "tick off the dentist, I called them this morning",
                      "Delete the bike task. I bought a new one."])
    func newsAfterAChangeIsItsReason(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).count == 1, "\(said.reply)")
    }

    /// "got them already, tick it off": one completion said twice is made once.
    @Test func oneChangeSaidTwiceIsMadeOnce() async throws {
        let said = try await HeldOutWorld().converse(["add buy piping nozzles", "got them already, tick it off"])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["complete_task"], "\(said.reply)")
    }

    /// Quotes say "this is the title, exactly": a list inside them is one task.
    @Test(arguments: [
        ("add 'salt, pepper and eggs'", "Salt, pepper and eggs"),
        ("pls put \"pack socks, shirts and a toothbrush\" on my list", "Pack socks, shirts and a toothbrush"),
        ("new task: 'ring mum, dad and gran'", "Ring mum, dad and gran"),
        ("can u add \u{2018}bread, cheese, wine\u{2019} to my todos", "Bread, cheese, wine"),
    ])
    func aQuotedListIsOneTask(text: String, title: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["title"]) == [.string(title)], "\(said.reply)")
    }

    @Test(arguments: [
        "add salt and pepper", "finish the salt and pepper grinder", "remind me to pick up the kids and drop them at school",
        "complete task 3 and 4", "add milk and eggs",
    ])
    func aMessageThatIsNotTwoRequestsIsNotSplit(_ text: String) {
        #expect(CompoundSplitter.parts(of: Utterance(text)) == nil)
    }

    @Test func aQuestionInTheFirstRequestStopsTheSecond() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add call the plumber"])
        let said = try await world.converse(["complete the call and delete task 8"])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply.hasSuffix(ReplyComposer.stoppedAtQuestion))
    }
}
