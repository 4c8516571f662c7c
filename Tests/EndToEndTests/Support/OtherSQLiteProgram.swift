import Foundation

/// Another program using an SQLite file: python3's `sqlite3` module in a real second process.
enum OtherSQLiteProgram {
    /// Runs `code` with the database path as `sys.argv[1]` and waits for it.
    static func run(_ code: String, path: String) throws {
        let child = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", code, path],
            environment: ProcessInfo.processInfo.environment,
            stdin: FileHandle.nullDevice, stdout: FileHandle.nullDevice, stderr: FileHandle.standardError)
        guard child.waitForExit(within: 30) == .exited(0) else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "python3 failed: \(code)"])
        }
    }

    /// Starts a process that takes the write lock of the chattui database at `path` with
    /// an uncommitted write, and holds it until `release()`; returns once it holds it.
    static func holdWriteLock(on path: String) throws -> WriteLockHolder {
        let input = Pipe()
        let output = Pipe()
        let child = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", holdScript, path],
            environment: ProcessInfo.processInfo.environment,
            stdin: input, stdout: output, stderr: FileHandle.standardError)
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard line.hasPrefix("locked") else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "lock holder said \(line)"])
        }
        return WriteLockHolder(child: child, input: input)
    }

    private static let holdScript = """
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1], isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO task_changes (user_id, task_id, action, source, created_at) "
                   "VALUES ('other', 1, 'add', 'cli', '2025-01-01 00:00:00')")
        print("locked", flush=True)
        sys.stdin.readline()
        db.execute("ROLLBACK")
        """
}

/// The process holding the write lock; it rolls back and exits when it reads a line.
///
/// A line, not the end of its input: a process another test starts meanwhile may inherit
/// the pipe's write end, and the end of input would then never come.
struct WriteLockHolder {
    let child: ChildProcess
    let input: Pipe

    func release() throws -> ChildProcess.Ending? {
        try input.fileHandleForWriting.write(contentsOf: Data("release\n".utf8))
        try input.fileHandleForWriting.close()
        return child.waitForExit(within: 30)
    }
}
