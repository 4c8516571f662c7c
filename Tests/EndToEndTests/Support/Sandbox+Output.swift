import Foundation

extension Sandbox {
    /// A fresh empty file in the sandbox, for a child's output.
    func outputFile(_ name: String) throws -> (url: URL, handle: FileHandle) {
        let url = folder.appendingPathComponent("\(name)-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        return (url, try FileHandle(forWritingTo: url))
    }
}
