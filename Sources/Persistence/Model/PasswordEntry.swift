import Foundation

/// The effective user's name and home folder from the password database.
struct PasswordEntry {
    let name: String
    let home: String

    /// Uses `getpwuid_r`, because `getpwuid` returns a shared buffer other threads may overwrite.
    static func effectiveUser() -> PasswordEntry? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(geteuid(), &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let namePointer = entry.pw_name else { return nil }
        let name = String(cString: namePointer)
        let home = entry.pw_dir.map { String(cString: $0) } ?? ""
        return name.isEmpty ? nil : PasswordEntry(name: name, home: home)
    }
}
