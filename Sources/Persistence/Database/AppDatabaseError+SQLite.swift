import Foundation
internal import GRDB

extension AppDatabaseError {
    /// Translates what SQLite reported while opening into a message naming the path.
    init(openingPath path: String, underlying error: any Error) {
        guard let error = error as? DatabaseError else {
            self = .cannotOpen(path: path, reason: String(describing: error))
            return
        }
        switch error.resultCode {
        case .SQLITE_BUSY:
            self = .busy(path: path, holder: BusyHolder.describe(path: path))
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self = .notADatabase(path: path)
        case .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_READONLY:
            self = .permissionDenied(path: path)
        case .SQLITE_CANTOPEN where access(path, R_OK | W_OK) != 0 && errno == EACCES:
            self = .permissionDenied(path: path)
        default:
            self = .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
