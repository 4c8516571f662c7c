import Foundation
import Testing
@testable import Persistence

/// A database on read-only storage (a `ro` mount, a CD, a locked snapshot) can still be read,
/// and a write is refused with a message that says why, leaving the file as it was.
///
/// Only root can mount the read-only file system these tests need; elsewhere they are skipped.
@Suite(.enabled(if: getuid() == 0, "mounting a read-only file system needs root"))
struct ReadOnlyStorageTests {
    /// A chattui database with two tasks, copied onto a tmpfs that is then remounted read-only.
    final class ReadOnlyMount {
        let folder: TestFolder
        let path: String

        init() throws {
            folder = try TestFolder()
            let source = folder.path + "/source.db"
            do {
                let database = try AppDatabase.open(path: source)
                let tasks = TaskService.make(database)
                _ = try tasks.add(TaskDraft(title: "Renew the passport"))
                _ = try tasks.add(TaskDraft(title: "Water the plants"))
            }
            let mountPoint = folder.path + "/ro"
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
            try Self.run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint)
            path = mountPoint + "/chattui.db"
            try FileManager.default.copyItem(atPath: source, toPath: path)
            try Self.run("mount", "-o", "remount,ro", mountPoint)
        }

        deinit {
            try? Self.run("umount", (path as NSString).deletingLastPathComponent)
        }

        private static func run(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: arguments.joined(separator: " ")])
            }
        }
    }

    @Test func itsTasksCanBeListed() throws {
        let mount = try ReadOnlyMount()
        let before = try Data(contentsOf: URL(fileURLWithPath: mount.path))

        let database = try AppDatabase.open(path: mount.path, access: .readOnly)
        let titles = try TaskService.make(database).list(TaskQuery()).tasks.map(\.title)

        #expect(Set(titles) == ["Renew the passport", "Water the plants"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: mount.path)) == before)
    }

    @Test func openingItForWritingSaysItIsReadOnly() throws {
        let mount = try ReadOnlyMount()

        #expect(throws: AppDatabaseError.readOnlyStorage(path: mount.path)) {
            try AppDatabase.open(path: mount.path, access: .readWrite)
        }
        #expect(AppDatabaseError.readOnlyStorage(path: mount.path).description.contains("is on read-only storage"))
    }

    @Test func aWritableFileIsNotMistakenForReadOnly() throws {
        let folder = try TestFolder()
        _ = try AppDatabase.open(path: folder.databasePath)
        #expect(!FileSetup.isOnReadOnlyStorage(folder.databasePath))
    }
}
