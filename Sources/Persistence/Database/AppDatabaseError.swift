import Foundation

/// Why a chattui database could not be opened, worded for the person who chose the path.
public enum AppDatabaseError: Error, Equatable, CustomStringConvertible {
    /// The file records migrations this build does not know; migrating it could lose data.
    case newerSchema(path: String)
    /// The file exists but SQLite does not recognise it (another kind of file, or damaged).
    case notADatabase(path: String)
    /// An SQLite database of another program; it is left exactly as it was.
    case notChattui(path: String)
    /// Another process held the write lock for longer than the busy timeout. `holder`
    /// names it when a chattui lease says who it is.
    case busy(path: String, holder: String?)
    /// The operating system refused access to the file or one of its folders.
    case permissionDenied(path: String)
    /// The file is on a file system mounted read-only: it can be read, not changed.
    case readOnlyStorage(path: String)
    /// A folder on the way to the file could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// Anything else SQLite or the file system reported while opening.
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case .newerSchema(let path):
            "\(path) was written by a newer chattui; upgrade chattui to open it"
        case .notADatabase(let path):
            "\(path) is not a chattui database or is damaged; move it aside or choose another --db path"
        case .notChattui(let path):
            "\(path) is another program's SQLite database, not chattui's; it was left untouched. "
                + "Choose another --db path"
        case .busy(let path, let holder):
            "\(path) is busy: \(holder ?? "another process") has been writing to it for more than "
                + "\(AppDatabase.busyTimeoutSeconds) s; try again when it has finished"
        case .permissionDenied(let path):
            "permission denied opening \(path); it should belong to you with mode 0600"
        case .readOnlyStorage(let path):
            "\(path) is on read-only storage: it can be read (chattui tasks, chattui conversations) "
                + "but not changed; copy it somewhere writable to use it"
        case .cannotCreateFolder(let path, let reason):
            "cannot create folder \(path): \(reason)"
        case .cannotOpen(let path, let reason):
            "cannot open database \(path): \(reason)"
        }
    }
}
