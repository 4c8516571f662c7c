import Foundation

/// A fresh folder under the system temp dir, removed when the last reference goes: every suite
/// that needs a real database file or a sandbox for the binary makes one of these.
public final class TemporaryFolder: Sendable {
    public let url: URL

    /// `label` names the folder after the suite, so a folder left by a crashed run says whose it is.
    public init(_ label: String = "tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("chattui-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    public var path: String { url.path }

    /// Where the database of a test lives, unless the test needs several.
    public var databasePath: String { file("chattui.db").path }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}
