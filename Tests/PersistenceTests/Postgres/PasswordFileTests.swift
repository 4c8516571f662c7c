import Testing
@testable import Persistence

struct PasswordFileTests {
    private let file = PasswordFile(text: """
        # comment:line:with:five:fields
        db.example.com:5432:tasks:alice:first
        db.example.com:*:*:alice:second
        h\\:x:5432:d:u:colon\\:in\\\\pass
        *:*:*:*:fallback:with:colons
        too:few:fields
        """)

    @Test(arguments: [
        ("db.example.com", 5432, "tasks", "alice", "first"),
        ("db.example.com", 6000, "other", "alice", "second"),
        ("h:x", 5432, "d", "u", "colon:in\\pass"),
        ("elsewhere", 1, "d", "bob", "fallback:with:colons"),
    ])
    func theFirstMatchingLineWins(host: String, port: Int, database: String, user: String, password: String) {
        #expect(file.password(host: host, port: port, database: database, user: user) == password)
    }

    @Test func anEscapedStarIsLiteral() {
        let literal = PasswordFile(text: "\\*:*:*:*:star")
        #expect(literal.password(host: "*", port: 1, database: "d", user: "u") == "star")
        #expect(literal.password(host: "h", port: 1, database: "d", user: "u") == nil)
    }

    @Test func commentsAndShortLinesMatchNothing() {
        let only = PasswordFile(text: "#a:b:c:d:e\ntoo:few\n\n")
        #expect(only.lines.isEmpty)
    }
}
