import ArgumentParser
import AgentCore
import Foundation
import Persistence

/// What every command that touches data needs: the open database, whose data it is, and "now".
struct AppContext {
    let database: AppDatabase
    let user: UserID
    let clock: TaskClock

    /// Resolves the database path or PostgreSQL URL (flag, then environment, then the XDG default)
    /// and opens it; on PostgreSQL the user is the role that connected.
    /// A command that only reads passes `.readOnly`, so a writer in another process never holds it up.
    static func open(
        _ options: DatabaseOptions, access: AppDatabase.Access = .readWrite,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> AppContext {
        let path = options.path ?? AppDatabase.defaultPath(environment: environment)
        if let zone = TaskClock.unknownZone(in: environment) {
            let name = TerminalSanitizer.sanitize(zone, keepNewlines: false)
            try? FileHandle.standardError.write(contentsOf: Data("chattui: unknown time zone '\(name)'; using UTC\n".utf8))
        }
        let database = try AppDatabase.open(
            location: try location(path), access: access, environment: environment,
            warnings: { StandardError.writeLine("chattui: \($0)") })
        return AppContext(
            database: database,
            user: database.connectedUser ?? UserID.current(environment: environment),
            clock: try TaskClock.fromEnvironment(environment))
    }

    /// A `postgres://` URL that cannot be read is a usage error naming it, password masked.
    private static func location(_ text: String) throws -> DatabaseLocation {
        do {
            return try DatabaseLocation(text)
        } catch {
            throw ValidationError("--db \(PostgresURL.redact(text)): \(error)")
        }
    }

    func tasks(source: ChangeSource) -> TaskService {
        TaskService(database: database, user: user, clock: clock, source: source)
    }

    var conversations: ConversationService {
        ConversationService(database: database, user: user, clock: clock)
    }
}
