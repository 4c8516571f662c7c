// swift-tools-version:6.2
import PackageDescription

/// Our own targets build in Swift 6 mode with every warning an error.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "chattui",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chattui", targets: ["Main"]),
        // The modules as libraries only so that Fuzz/, a package of its own, can use them.
        .library(name: "Persistence", targets: ["Persistence"]),
        .library(name: "AgentCore", targets: ["AgentCore"]),
        .library(name: "ChatTUI", targets: ["ChatTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW",
                       providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(
            name: "Persistence",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .target(
            name: "AgentCore",
            dependencies: [
                "Persistence", "CCurl",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .target(
            name: "ChatTUI",
            dependencies: [
                "AgentCore", "Persistence", "CNCursesW",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MCP", package: "swift-sdk"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "Main", dependencies: ["ChatTUI"], swiftSettings: strict),
        .executableTarget(
            name: "chattui-seed", dependencies: ["Persistence"], path: "Benchmarks/Seed", swiftSettings: strict),

        .testTarget(
            name: "PersistenceTests",
            dependencies: [
                "Persistence", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict),
        .target(
            name: "TestSupport", dependencies: ["AgentCore", "Persistence"], path: "Tests/TestSupport",
            swiftSettings: strict),
        .testTarget(
            name: "AgentCoreTests", dependencies: ["AgentCore", "Persistence", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ChatTUITests",
            dependencies: [
                "ChatTUI", "AgentCore", "Persistence", "TestSupport", .product(name: "MCP", package: "swift-sdk"),
            ],
            exclude: ["Snapshots"],
            swiftSettings: strict),
        .testTarget(
            name: "EndToEndTests", dependencies: ["AgentCore", "Persistence", "TestSupport"], swiftSettings: strict),
    ]
)
