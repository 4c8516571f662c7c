import Foundation
import Persistence
import Testing

/// What the command line does with the text it stores and the file it is pointed at.
@Suite(.serialized) struct DatabaseFileTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func companions(of path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    @Test func aNULByteSentOnStdinIsStoredAndShownExactly() throws {
        // Given a message with a NUL byte piped to ask
        let sandbox = try Sandbox()
        let ask = try sandbox.run(["--offline", "ask", "-"], stdin: "buy\u{0}milk")
        #expect(ask.status == 0)
        // When the conversation is shown as JSON
        let show = try sandbox.run(["show", "1", "--json"])
        // Then the message holds every byte, the title none of the control characters
        #expect(show.status == 0)
        let conversation = try json(show.stdout)
        let messages = try #require(conversation["messages"] as? [[String: Any]])
        #expect(messages.first?["content"] as? String == "buy\u{0}milk")
        #expect(conversation["title"] as? String == "buymilk")
    }

    @Test(arguments: ["DELETE", "WAL"])
    func anotherProgramsDatabaseIsRefusedUntouched(journalMode: String) throws {
        // Given another program's SQLite file with a table called tasks
        let sandbox = try Sandbox()
        let path = sandbox.folder.appendingPathComponent("theirs.db").path
        try OtherSQLiteProgram.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("PRAGMA journal_mode = \(journalMode)")
            db.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, what TEXT)")
            db.execute("INSERT INTO tasks (what) VALUES ('theirs')")
            db.commit()
            """, path: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["tasks", "--json"], ["--offline", "ask", "add a task to buy milk"]] {
            // When chattui is pointed at it
            let run = try sandbox.run(["--db", path] + arguments)
            // Then it says so in one line, exits 1, and the file is byte for byte as it was, alone
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == "Error: \(path) is another program's SQLite database, not chattui's; "
                + "it was left untouched. Choose another --db path\n", "\(arguments)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(companions(of: path).isEmpty)
        }
    }

    @Test func anEmptyFileAndAMissingOneBecomeDatabases() throws {
        let sandbox = try Sandbox()
        let empty = sandbox.folder.appendingPathComponent("empty.db").path
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        let missing = sandbox.folder.appendingPathComponent("new/folder/chattui.db").path
        for path in [empty, missing] {
            #expect(try sandbox.run(["--db", path, "tasks"]).stdout == "No tasks.\n")
            #expect(try sandbox.run(["--db", path, "--offline", "ask", "add a task to buy milk"]).status == 0)
            #expect(try sandbox.run(["--db", path, "tasks"]).stdout.contains("Buy milk"))
        }
    }

    @Test func readsAnswerBehindAWriterAndAWriteSaysTheDatabaseIsBusy() throws {
        // Given a chattui database with a task, closed cleanly (no -wal beside it), and
        // another process holding its write lock
        let sandbox = try Sandbox()
        _ = try sandbox.taskService().add(TaskDraft(title: "Buy milk"))
        #expect(companions(of: sandbox.databasePath).isEmpty)
        let holder = try OtherSQLiteProgram.holdWriteLock(on: sandbox.databasePath)
        defer { _ = try? holder.release() }
        // When the tasks are listed, then they come back (before, "database is locked" after 5 s)
        let tasks = try sandbox.run(["tasks", "--json"])
        #expect(tasks.status == 0)
        #expect(try json(tasks.stdout)["count"] as? Int == 1)
        #expect(try sandbox.run(["conversations", "--json"]).status == 0)
        // And a command that writes gives up after the busy timeout, saying why and what to do
        let ask = try sandbox.run(["--offline", "ask", "add a task to call mum"])
        #expect(ask.status == 1)
        #expect(ask.stderr.contains("\(sandbox.databasePath) is busy: another process has been writing to it "
            + "for more than 5 s; try again when it has finished"))
        #expect(try holder.release() == .exited(0))
        #expect(try sandbox.run(["--offline", "ask", "add a task to call mum"]).status == 0)
    }
}
