import Foundation
import Testing
@testable import ChatTUI

/// Compares `grid` with `Snapshots/<name>.txt` beside the test sources.
///
/// A missing baseline, or any baseline while `RECORD_SNAPSHOTS=1`, is written and the test
/// fails, so every new or changed screen is read by a person before it is trusted.
func assertSnapshot(
    _ grid: Grid, named name: String = #function, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let testName = name.hasSuffix("()") ? String(name.dropLast(2)) : name
    let url = snapshotDirectory(filePath: filePath).appendingPathComponent(testName + ".txt")
    let actual = grid.description + "\n"
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(url.path); read it, then run again.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    if expected != actual {
        Issue.record(
            "Screen differs from \(url.lastPathComponent) (RECORD_SNAPSHOTS=1 re-records).\nExpected:\n\(expected)\nActual:\n\(actual)",
            sourceLocation: sourceLocation)
    }
}

/// `Tests/ChatTUITests/Snapshots`, found from this test file's path.
private func snapshotDirectory(filePath: String) -> URL {
    var url = URL(fileURLWithPath: filePath)
    while url.lastPathComponent != "ChatTUITests", url.pathComponents.count > 1 {
        url.deleteLastPathComponent()
    }
    return url.appendingPathComponent("Snapshots")
}

/// The rows of a grid as text, for asserting a few rows without a snapshot.
func rows(_ grid: Grid) -> [String] {
    (0..<grid.rows).map { grid.text(ofRow: $0) }
}
