import Testing
@testable import AgentCore

/// The small pure pieces behind the replies.
@Suite struct FormattingTests {
    @Test(arguments: [
        ("2025-03-14", "Fri 14 Mar"),
        ("2024-02-29", "Thu 29 Feb"),
        ("2026-01-01T18:05:00-05:00", "Thu 1 Jan 18:05"),
        ("2025-12-31T07:00:00Z", "Wed 31 Dec 07:00"),
        ("friday", "friday"),
        ("2025-13-01", "2025-13-01"),
        ("0000-01-01", "0000-01-01"),
    ])
    func dueDatesReadAsWeekdayDayMonth(due: String, shown: String) {
        #expect(DueText.short(due) == shown)
    }

    @Test func aTaskLineLeavesOutWhatTheTaskLacks() {
        let bare = TaskSummary(taskID: 2, title: "Old task")
        #expect(TaskLine(bare).text == "#2 ☐ Old task")
        let full = TaskSummary(taskID: 9, title: "Water\nplants", completed: true, priority: "low",
                               tags: ["home", "garden"], due: "2025-03-17", recurrence: "weekly")
        #expect(TaskLine(full).text == "#9 ☑ Water plants — due Mon 17 Mar · low · weekly · #home #garden")
    }

    @Test func chunksKeepEveryCharacterAndSplitByWordGroups() {
        let text = "You have 2 tasks:\n#1 ☐ Buy milk\n#2 ☑ Call mom — due Fri 14 Mar"
        let chunks = TextChunker.chunks(text, wordsPerChunk: 3)
        #expect(chunks.joined() == text)
        #expect(chunks.first == "You have 2 ")
        #expect(chunks.count == 6)
        #expect(TextChunker.chunks("") == [])
    }

    @Test func aQuestionReadsBackTheOptionsItOffered() throws {
        let tasks = [TaskSummary(taskID: 4, title: "Team meeting", due: "2025-03-14"), TaskSummary(taskID: 7, title: "Meeting — notes")]
        let text = ChoiceQuestion.compose(tasks, words: "meeting", verb: "delete", exact: true)
        let question = try #require(ChoiceQuestion(reading: text))
        #expect(question.options.map(\.taskID) == [4, 7])
        #expect(question.options.first?.title == "Team meeting")
        #expect(question.taskID(for: .position(3)) == nil)
        #expect(question.taskID(for: .id(5)) == nil)
        #expect(ChoiceQuestion(reading: "You have 2 tasks:\n#4 ☐ Team meeting") == nil)
    }
}
