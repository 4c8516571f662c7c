// swift-tools-version:6.2
import Foundation
import PackageDescription

/// libFuzzer targets for chattui's parsers, in a package of their own so that the
/// sanitizer flags they need never touch the main build (see docs/reliability.md).
///
/// The main package is a path dependency; SwiftPM names it after its folder, which is
/// whatever the clone was called, so the name is read from this file's location.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent.lowercased()

/// One fuzz target: an executable whose `main` libFuzzer supplies.
func fuzzTarget(_ name: String, _ modules: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: modules.map { .product(name: $0, package: mainPackage) } + ["FuzzSupport"],
        swiftSettings: [.treatAllWarnings(as: .error)])
}

let package = Package(
    name: "chattui-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Persistence", package: mainPackage)]),
        fuzzTarget("FuzzSSEStream", ["AgentCore"]),
        fuzzTarget("FuzzToolArguments", ["AgentCore"]),
        fuzzTarget("FuzzPhrases", ["AgentCore", "Persistence"]),
        fuzzTarget("FuzzInputDecoder", ["ChatTUI"]),
        fuzzTarget("FuzzTerminalSanitizer", ["ChatTUI"]),
        fuzzTarget("FuzzLineSplitter", ["ChatTUI"]),
    ]
)
