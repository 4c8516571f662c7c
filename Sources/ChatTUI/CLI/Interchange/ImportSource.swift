import Foundation

/// The file an import reads: a path, or `-` for stdin. Invalid UTF-8 is repaired, not refused.
struct ImportSource {
    var path: String

    init(_ path: String) {
        self.path = path
    }

    func text() async throws -> String {
        if path == "-" { return await StandardInput.readAll() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportFailure(message: "cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// An import that stopped before writing anything, worded for stderr.
struct ImportFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
