/// A cell address, row first as curses has it.
struct Position: Hashable, Sendable {
    var row: Int
    var col: Int
}
