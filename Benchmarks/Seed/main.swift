import Foundation
import Persistence

// chattui-seed: fills a database with a large conversation and many tasks, through the
// same services the app uses, so benchmarks measure the real binary on real data.
//
// usage: chattui-seed DB_PATH MESSAGES TASKS [USER]

let arguments = CommandLine.arguments
guard arguments.count >= 4, let messageCount = Int(arguments[2]), let taskCount = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: chattui-seed DB_PATH MESSAGES TASKS [USER]\n".utf8))
    exit(64)
}
let user = UserID(arguments.count > 4 ? arguments[4] : UserID.current(environment: ProcessInfo.processInfo.environment).rawValue)

do {
    let database = try AppDatabase.open(path: arguments[1])
    let clock = TaskClock(timeZone: .current)
    if messageCount > 0 {
        let conversations = ConversationService(database: database, user: user, clock: clock)
        let (conversation, _) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "Remind me to water the plants every week"))
        let sentences = [
            "Add a task to buy groceries and fruit for the weekend",
            "Added #12 Buy groceries and fruit — due Sat 28 Nov.",
            "What's due this week? I want to plan the next few days carefully.",
            "You have 3 pending tasks due by the end of the week:\n#4 ☐ Pay bills — due Fri 27 Nov · high",
        ]
        let rest = (1..<messageCount).lazy.map { index in
            NewMessage(role: index % 2 == 0 ? .user : .assistant, content: sentences[index % sentences.count])
        }
        try conversations.append(contentsOf: rest, to: conversation.id)
        print("conversation \(conversation.id): \(messageCount) messages")
    }
    if taskCount > 0 {
        let tasks = TaskService(database: database, user: user, clock: clock, source: .cli)
        let tags = ["work", "home", "errands", "health"]
        try tasks.transaction { editor in
            for index in 0..<taskCount {
                _ = try editor.add(
                    TaskDraft(
                        title: "Task number \(index) with a realistic title",
                        priority: [Priority.low, .medium, .high, nil][index % 4],
                        tags: [tags[index % tags.count]],
                        due: .day(clock.today.adding(days: index % 60 - 20))))
            }
        }
        print("\(taskCount) tasks")
    }
} catch {
    FileHandle.standardError.write(Data("chattui-seed: \(error)\n".utf8))
    exit(1)
}
