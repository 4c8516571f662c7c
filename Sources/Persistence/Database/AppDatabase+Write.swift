internal import GRDB

/// Every write of the services goes through here, so that a write which waited out the
/// busy timeout behind another process says so, and names the holder when it can,
/// instead of surfacing SQLite's "database is locked".
extension AppDatabase {
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(updates)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw AppDatabaseError.busy(path: path, holder: BusyHolder.describe(path: path))
        }
    }

    func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(updates)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw AppDatabaseError.busy(path: path, holder: BusyHolder.describe(path: path))
        }
    }
}
