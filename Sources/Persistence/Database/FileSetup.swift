import Foundation

/// Creates the database's folders and file with private modes before SQLite opens it.
enum FileSetup {
    /// Returns true when the file did not exist and was created empty.
    static func prepare(path: String) throws -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try createFolders(folder)
        }
        return try createFile(path)
    }

    /// Creates each missing folder with mode 0700, leaving existing ones as they are.
    private static func createFolders(_ folder: String) throws {
        var missing: [String] = []
        var current = folder
        while !current.isEmpty, current != "/", !exists(current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() {
            if mkdir(folder, 0o700) != 0 {
                let code = errno
                if code == EEXIST { continue }
                if code == EACCES { throw AppDatabaseError.permissionDenied(path: folder) }
                throw AppDatabaseError.cannotCreateFolder(path: folder, reason: describe(code))
            }
            // mkdir applies the umask, which may have removed owner bits.
            chmod(folder, 0o700)
        }
    }

    /// Creates the file exclusively so that an existing file, possibly held open with
    /// locks by another connection in this process, is never opened and closed here:
    /// closing any descriptor of a file drops this process's POSIX locks on it.
    private static func createFile(_ path: String) throws -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case EEXIST: return false
            case EACCES, EPERM: throw AppDatabaseError.permissionDenied(path: path)
            default: throw AppDatabaseError.cannotOpen(path: path, reason: describe(code))
            }
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
        return true
    }

    /// True when `path` lies on a file system mounted read-only (a CD, a `ro` mount, a
    /// locked snapshot), where no write can succeed whatever the file's mode.
    static func isOnReadOnlyStorage(_ path: String) -> Bool {
        var info = statvfs()
        return statvfs(path, &info) == 0 && info.f_flag & UInt(ST_RDONLY) != 0
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
