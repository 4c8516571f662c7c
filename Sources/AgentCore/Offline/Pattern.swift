/// A regular expression of the engine's grammar, built once, with a phrase it must read.
///
/// A regex literal written inside a function is a new `Regex` each time the function runs,
/// and each new one parses and compiles its pattern again on first use: that was most of a
/// turn's time. A `Pattern` lives in a `static let`, so it is compiled once per process. The
/// literal's syntax is checked by the compiler, so building it cannot fail at run time; the
/// example lets ``PatternCatalog`` reach every pattern in a test.
///
/// `@unchecked`: this toolchain's `Regex` is not marked `Sendable`, but it is an immutable
/// value whose compiled program is created once through an atomic initialisation.
struct Pattern<Output>: @unchecked Sendable {
    let regex: Regex<Output>
    /// Text the pattern matches as it is used (whole or in part), for the catalogue's test.
    let example: String

    init(_ regex: Regex<Output>, example: String) {
        self.regex = regex
        self.example = example
    }
}

/// Any pattern, whatever its captures, so the catalogue can hold them in one list.
protocol ExampledPattern: Sendable {
    var example: String { get }
    /// Whether the pattern reads its own example; compiles it on first call.
    var readsExample: Bool { get }
}

extension Pattern: ExampledPattern {
    var readsExample: Bool { example.firstMatch(of: regex) != nil }
}
