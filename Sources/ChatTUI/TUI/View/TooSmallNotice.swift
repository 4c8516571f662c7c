/// Shown instead of the app when the terminal is below 40×10, where the chat cannot be laid
/// out legibly; it says how big the window must be, centred in whatever room there is.
enum TooSmallNotice {
    static func draw(on grid: inout Grid) {
        let minimum = ChatLayout.minimumSize
        let lines = [
            "Terminal too small",
            "\(grid.cols)×\(grid.rows), needs \(minimum.cols)×\(minimum.rows)",
        ]
        let top = max(0, (grid.rows - lines.count) / 2)
        for (number, line) in lines.enumerated() {
            let width = CharacterWidth.of(line)
            grid.write(line, row: top + number, col: max(0, (grid.cols - width) / 2), style: number == 0 ? .bold : .plain)
        }
    }
}
