import Foundation
import TestSupport
@testable import Persistence

/// The Persistence suites' name for the shared temporary folder.
typealias TestFolder = TemporaryFolder

/// A real database file in its own temp folder; keep `folder` alive as long as the database.
func makeTestDatabase() throws -> (database: AppDatabase, folder: TestFolder) {
    let folder = try TestFolder()
    return (try AppDatabase.open(path: folder.databasePath), folder)
}

/// Parses an ISO 8601 date-time the tests write by hand.
func instant(_ text: String) -> Date {
    guard case .instant(let date, _)? = Due.parseISO(text, timeZone: utc) else {
        preconditionFailure("bad test date-time \(text)")
    }
    return date
}

func day(_ text: String) -> LocalDate {
    guard let date = LocalDate(text) else { preconditionFailure("bad test date \(text)") }
    return date
}

let utc = TimeZone(secondsFromGMT: 0) ?? .current

/// Friday 14 March 2025, 10:00 UTC, unless told otherwise.
func fixedClock(_ now: String = "2025-03-14T10:00:00Z", zone: TimeZone = utc) -> TaskClock {
    TaskClock.fixed(instant(now), timeZone: zone)
}

/// A clock the test moves forward by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: String = "2025-03-14T10:00:00Z") {
        current = instant(start)
    }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }

    var clock: TaskClock {
        TaskClock(timeZone: utc) { [self] in lock.withLock { current } }
    }
}

extension TaskService {
    static func make(
        _ database: AppDatabase, user: String = "alice", clock: TaskClock = fixedClock(), source: ChangeSource = .tui
    ) -> TaskService {
        TaskService(database: database, user: UserID(user), clock: clock, source: source)
    }
}
