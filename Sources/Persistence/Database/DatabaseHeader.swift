import Foundation

/// The first bytes of a database file, read without SQLite.
///
/// See <https://www.sqlite.org/fileformat.html#the_database_header>: the file starts
/// with "SQLite format 3\0", and bytes 18 and 19 are 2 when the file is in WAL mode.
struct DatabaseHeader {
    let bytes: [UInt8]

    /// Nil for an empty file.
    init?(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AppDatabaseError.permissionDenied(path: path)
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: 100) ?? Data()
        guard !data.isEmpty else { return nil }
        bytes = Array(data)
    }

    var isSQLite: Bool {
        bytes.starts(with: Array("SQLite format 3\0".utf8))
    }

    var isWAL: Bool {
        bytes.count > 19 && bytes[18] == 2 && bytes[19] == 2
    }
}
