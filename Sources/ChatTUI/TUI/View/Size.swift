/// A terminal's size in cells.
struct Size: Hashable, Sendable {
    var rows: Int
    var cols: Int
}
