import Foundation
import Testing
@testable import AgentCore

@Suite struct PatternCatalogTests {
    @Test func everyPatternReadsItsExample() {
        for pattern in PatternCatalog.all {
            #expect(pattern.readsExample, "a pattern does not read its example “\(pattern.example)”")
        }
    }

    /// The engine's sources, its classifier's folder included.
    private func sources() throws -> [URL] {
        let folder = URL(filePath: #filePath).deletingLastPathComponent()
            .appending(path: "../../../Sources/AgentCore/Offline").standardized
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? []
        return files.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    /// A pattern missing from the catalogue would escape the test above.
    @Test func theCatalogueHoldsEveryPatternInTheSources() throws {
        let written = try sources().map { file in
            try String(contentsOf: file, encoding: .utf8).matches(of: /Pattern\(#\//).count
        }.reduce(0, +)
        #expect(PatternCatalog.all.count == written)
    }

    /// Regex literals inside functions are parsed and compiled again on every call.
    @Test func noRegexLiteralIsBuiltInsideAFunction() throws {
        for file in try sources() {
            let loose = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { $0.contains("#/") && !$0.contains("Pattern(#/") }
            #expect(loose.isEmpty, "\(file.lastPathComponent): \(loose)")
        }
    }
}
