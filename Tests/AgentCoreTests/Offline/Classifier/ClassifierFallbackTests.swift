import Testing
@testable import AgentCore

/// What the engine does with the classifier's guess: act when sure and the slots name one
/// task, ask otherwise, and never write for a message of the must-write-nothing table.
@Suite struct ClassifierFallbackTests {
    /// Whatever the classifier makes of such a message is at most a question: no add, no
    /// undo, and no change aimed at a task (a pronoun with nothing before it is asked about).
    @Test(arguments: HeldOutTable.writesNothing)
    func aMustWriteNothingMessageNeverBecomesAWrite(_ text: String) {
        let intent = ClassifierFallback.intent(for: Utterance(text))
        switch intent {
        case .add, .addMany, .undo, .change(_, .id), .change(_, .ids), .change(_, .words), .change(_, .several):
            Issue.record("\(text) → \(String(describing: intent))")
        default:
            break
        }
    }

    @Test(arguments: [
        ("I won't be needing the rent task any more", ExpectedCall.delete(3)),
        ("knock off the garage one", .complete(8)),
        ("the rent task is pretty pressing now", .update(3, ["priority": "high"])),
        ("the garage task is honestly not important", .update(8, ["priority": "low"])),
        // Email Sarah keeps its #work: an added tag is never a replacement.
        ("file the sarah task under office", .update(9, ["tags": ["work", "office"]])),
        ("the plants task comes round every week", .update(5, ["recurrence": "weekly"])),
        ("bike's finally repaired", .complete(10)),
    ])
    func aSureGuessWithOneMatchingTaskActs(text: String, call: ExpectedCall) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(HeldOutVerdict.problem(.writes([call]), exchanges: said.exchanges, reply: said.reply) == nil)
    }

    @Test func aSureGuessWhoseWordsMatchSeveralTasksAsksWhichOne() async throws {
        let said = try await HeldOutWorld().converse(["add renew the car insurance", "knock off the renew one"])
        #expect(said.exchanges.allSatisfy { !$0.isWrite })
        #expect(said.reply.contains("Which one should I complete?"), "\(said.reply)")
    }

    /// It used to get "Sorry, I didn't understand that"; the model knows it is a request for
    /// something other than tasks.
    @Test(arguments: ["sing me a song", "whats the capital of peru"])
    func aRequestForSomethingElseIsToldWhatTheEngineDoes(text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.isEmpty)
        #expect(said.reply == ReplyComposer.offTopic)
    }

    /// "bin" in "need bin liners" names the liners; a thing needed is asked about, never deleted.
    @Test func somethingNeededIsNeverADeletion() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add buy bin liners"])
        let said = try await world.converse(["need bin liners"])
        #expect(said.exchanges.allSatisfy { !$0.isWrite })
        #expect(try !world.tasks.task(id: 11).completed)
        #expect(said.reply.contains("add"))
    }

    @Test func anImpossibleRepeatIsAskedAboutNotWritten() async throws {
        let said = try await HeldOutWorld().converse(["the rent task comes round every -3 weeks"])
        #expect(said.exchanges.allSatisfy { !$0.isWrite })
        #expect(said.reply.contains("task"), "\(said.reply)")
    }

    /// An undo the model guesses is carried out only right after this conversation changed a
    /// task; with nothing before it, it would revert whatever was changed last, anywhere.
    @Test func aGuessedUndoRightAfterAChangeUndoesIt() async throws {
        let said = try await HeldOutWorld().converse(["delete task 6", "whoops that was wrong, put it back"])
        #expect(HeldOutVerdict.problem(.writes([.undo]), exchanges: said.exchanges, reply: said.reply) == nil, "\(said.reply)")
    }

    @Test func aGuessedUndoWithNothingBeforeItIsOnlySuggested() async throws {
        let said = try await HeldOutWorld().converse(["whoops that was wrong, put it back"])
        #expect(said.exchanges.isEmpty)
        #expect(said.reply.contains("Say “undo”"), "\(said.reply)")
    }

    @Test func aRenameTheClassifierSeesIsAskedAboutNotGuessed() async throws {
        let said = try await HeldOutWorld().converse(["the wording of the garage task is wrong"])
        #expect(said.exchanges.isEmpty)
        #expect(said.reply.contains("rename task"), "\(said.reply)")
    }

    @Test func aBarePhraseTheClassifierReadsAsAListIsNotAdded() async throws {
        let said = try await HeldOutWorld().converse(["my agenda for tomorrow please"])
        #expect(said.exchanges.allSatisfy { !$0.isWrite }, "\(said.exchanges.map(\.name))")
    }

    @Test func anAnswerToWhichOneByWordsStillPicksTheOption() async throws {
        let said = try await HeldOutWorld().converse(["add renew the car insurance", "knock off the renew one", "the passport one"])
        #expect(HeldOutVerdict.problem(.complete(7), exchanges: said.exchanges, reply: said.reply) == nil, "\(said.reply)")
    }
}
