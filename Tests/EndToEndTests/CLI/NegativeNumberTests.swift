import Foundation
import Testing

/// A dash and digits where a number is expected is that number, refused with what is wrong
/// with it, not "Missing value".
@Suite(.serialized) struct NegativeNumberTests {
    @Test(arguments: [
        (["show", "-1"], "Error: Conversation ids are positive: -1."),
        (["show", "--json", "-7"], "Error: Conversation ids are positive: -7."),
        (["show", "--", "-1"], "Error: Conversation ids are positive: -1."),
        (["show", "0"], "Error: Conversation ids are positive: 0."),
        (["ask", "-r", "-1", "hello"], "Error: Conversation ids are positive: -1."),
        (["-r", "-2"], "Error: Conversation ids are positive: -2."),
        (["tasks", "--limit", "-1"], "Error: --limit must be at least 1, not -1."),
    ])
    func aNegativeNumberSaysWhatIsWrong(arguments: [String], message: String) throws {
        let run = try Sandbox().run(arguments)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.hasPrefix(message + "\n"), "\(run.stderr)")
        #expect(run.stderr.contains("Usage: chattui"), "\(run.stderr)")
        #expect(!run.stderr.contains("Missing"))
    }

    @Test func aMessageAfterDashesMayStillHoldNegativeNumbers() throws {
        let run = try Sandbox().run(["ask", "--offline", "show", "--", "-1"])
        #expect(!run.stderr.contains("positive"), "\(run.stderr)")
    }

    @Test func anUnknownTimeZoneIsNamedOnceAndUTCUsed() throws {
        let sandbox = try Sandbox()
        sandbox.environment["TZ"] = "Mars/Base"
        sandbox.environment["CHATTUI_NOW"] = "2026-11-26T23:30:00"
        let run = try sandbox.run(["ask", "--offline", "add a task to call mom today"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "unknown time zone").count == 2, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("chattui: unknown time zone 'Mars/Base'; using UTC\n"), "\(run.stderr)")
        let tasks = try sandbox.run(["tasks", "--json"])
        #expect(tasks.stdout.contains(#""due": "2026-11-26""#), "\(tasks.stdout)")
    }
}
