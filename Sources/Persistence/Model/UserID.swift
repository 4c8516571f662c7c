import Foundation

/// Whose tasks and conversations a session sees; every query is scoped by it.
public struct UserID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// `CHATTUI_USER`, else the effective user's login name.
    ///
    /// `getlogin()` is not used: it is NULL without a controlling terminal (CI, MCP
    /// clients), and the effective uid is what owns the database file anyway.
    public static func current(environment: [String: String]) -> UserID {
        if let name = environment["CHATTUI_USER"], !name.isEmpty {
            return UserID(name)
        }
        return UserID(PasswordEntry.effectiveUser()?.name ?? "user")
    }
}
