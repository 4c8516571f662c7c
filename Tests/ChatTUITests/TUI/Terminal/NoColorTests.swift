import Testing
@testable import ChatTUI

/// <https://no-color.org>: present and not empty turns colour off.
@Suite struct NoColorTests {
    @Test(arguments: [(["NO_COLOR": "1"], true), (["NO_COLOR": "yes"], true), (["NO_COLOR": ""], false), ([:], false)])
    func noColorIsHonouredWhenNotEmpty(environment: [String: String], refused: Bool) {
        #expect(CursesTerminal.colorRefused(by: environment) == refused)
    }
}
