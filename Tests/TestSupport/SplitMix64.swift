/// SplitMix64: the same numbers for the same seed on every machine, so a randomised test's
/// failure names the seed that reproduces it. The one generator every such test draws from.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number from 0 up to `bound`, by remainder: cheaper than `Int.random(in:using:)`,
    /// and its slight bias does not matter to a test.
    public mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True about `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool { next(below: 100) < percent }

    public mutating func pick<T>(_ options: [T]) -> T { options[next(below: options.count)] }
}
