/// The help screen: the chat's key table and the slash commands, as `HelpLayout` lays them out.
enum HelpView {
    static func draw(_ help: HelpScreen, state: AppState, on grid: inout Grid) {
        let size = grid.size
        grid.write(" Keys and commands", row: 0, col: 0, style: .bold)
        grid.write(String(repeating: "─", count: grid.cols), row: 1, col: 0, style: .dim)
        let lines = HelpLayout.lines(for: size)
        for (offset, line) in lines.dropFirst(help.offset).prefix(HelpLayout.listHeight(size)).enumerated() {
            line.draw(on: &grid, row: HelpLayout.listTop + offset, col: 1)
        }
        grid.write(" " + HelpScroll.hint, row: HelpLayout.hintRow(size), col: 0, style: .dim)
        StatusBar.draw(state, row: HelpLayout.statusRow(size), on: &grid, hints: "")
    }
}
