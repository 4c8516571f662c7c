import Testing
@testable import ChatTUI

@Suite struct NegativeIDCheckTests {
    @Test(arguments: [
        (["show", "-1"], "Conversation ids are positive: -1."),
        (["--db", "show", "show", "--json", "-12"], "Conversation ids are positive: -12."),
        (["--offline", "show", "-0"], "Conversation ids are positive: -0."),
    ])
    func aNegativeIdForShowIsNamed(arguments: [String], message: String) {
        #expect(NegativeIDCheck.problem(in: arguments) == message)
    }

    @Test(arguments: [
        ["show", "1"], ["show", "--", "-1"], ["ask", "show", "-1"], ["ask", "--", "show", "-1"],
        ["--model", "show", "tasks", "-1"], ["show", "-x"], ["-r", "2"],
    ])
    func everythingElseIsLeftToTheParser(arguments: [String]) {
        #expect(NegativeIDCheck.problem(in: arguments) == nil)
    }
}
