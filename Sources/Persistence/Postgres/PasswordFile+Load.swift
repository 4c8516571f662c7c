import Foundation

extension PasswordFile {
    /// What reading the password file found: its lines, or a warning to show instead.
    enum Loaded: Hashable, Sendable {
        case none
        case file(PasswordFile)
        case ignored(warning: String)
    }

    /// Reads `PGPASSFILE`, else `~/.pgpass`, with libpq's rule: a file that is not a plain
    /// file, or that its group or others may read or write, is ignored with a warning,
    /// because a password in it may already have leaked.
    static func load(environment: [String: String], home: String?) -> Loaded {
        let path: String
        if let given = environment["PGPASSFILE"], !given.isEmpty {
            path = given
        } else if let home, !home.isEmpty {
            path = home + "/.pgpass"
        } else {
            return .none
        }
        var status = stat()
        guard stat(path, &status) == 0 else { return .none }
        guard status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else {
            return .ignored(warning: "WARNING: password file \"\(path)\" is not a plain file")
        }
        guard status.st_mode & mode_t(S_IRWXG | S_IRWXO) == 0 else {
            return .ignored(warning: """
                WARNING: password file "\(path)" has group or world access; \
                permissions should be u=rw (0600) or less
                """)
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .none }
        return .file(PasswordFile(text: String(decoding: data, as: UTF8.self)))
    }
}
