import Testing
@testable import Persistence

struct PostgresURLTests {
    @Test(arguments: [
        ("postgresql://", PostgresURL(redacted: "postgresql://")),
        ("postgres://db.example.com", PostgresURL(host: "db.example.com", redacted: "postgres://db.example.com")),
        ("postgresql://alice:s3cret@db:6543/tasks?sslmode=require",
         PostgresURL(user: "alice", password: "s3cret", host: "db", port: 6543, database: "tasks", sslMode: .require,
                     redacted: "postgresql://alice:***@db:6543/tasks?sslmode=require")),
        ("postgresql://alice@/tasks?host=/var/run/postgresql",
         PostgresURL(user: "alice", host: "/var/run/postgresql", database: "tasks",
                     redacted: "postgresql://alice@/tasks?host=/var/run/postgresql")),
        ("postgresql://%2Ftmp%2Fpg%20sock:5433/x",
         PostgresURL(host: "/tmp/pg sock", port: 5433, database: "x", redacted: "postgresql://%2Ftmp%2Fpg%20sock:5433/x")),
        ("postgresql://[::1]:5432/app", PostgresURL(host: "::1", port: 5432, database: "app", redacted: "postgresql://[::1]:5432/app")),
        ("postgresql://[fe80::1%25eth0]/app",
         PostgresURL(host: "fe80::1%eth0", database: "app", redacted: "postgresql://[fe80::1%25eth0]/app")),
        ("postgresql://al%40ice:p%3Aw%2Fd%40@h/d%C3%A9j%C3%A0",
         PostgresURL(user: "al@ice", password: "p:w/d@", host: "h", database: "déjà", redacted: "postgresql://al%40ice:***@h/d%C3%A9j%C3%A0")),
        ("postgresql://u@h:5432/d?user=other&dbname=db2&port=7000&password=pw&application_name=x",
         PostgresURL(user: "other", password: "pw", host: "h", port: 7000, database: "db2",
                     redacted: "postgresql://u@h:5432/d?user=other&dbname=db2&port=7000&password=***&application_name=x")),
        ("postgresql://bob:@h", PostgresURL(user: "bob", password: "", host: "h", redacted: "postgresql://bob:***@h")),
        ("postgresql://h:/d", PostgresURL(host: "h", database: "d", redacted: "postgresql://h:/d")),
        ("postgresql://db.example.com/d?hostaddr=10.0.0.5&connect_timeout=%205",
         PostgresURL(host: "db.example.com", database: "d", hostAddress: "10.0.0.5", connectTimeout: 5,
                     redacted: "postgresql://db.example.com/d?hostaddr=10.0.0.5&connect_timeout=%205")),
        ("postgresql:///d?hostaddr=::1&connect_timeout=0",
         PostgresURL(database: "d", hostAddress: "::1", connectTimeout: 0,
                     redacted: "postgresql:///d?hostaddr=::1&connect_timeout=0")),
    ])
    func readsLibpqForms(text: String, expected: PostgresURL) throws {
        #expect(try PostgresURL(parsing: text) == expected)
    }

    @Test func everySSLModeOfLibpqIsRead() throws {
        for mode in PostgresURL.SSLMode.allCases {
            #expect(try PostgresURL(parsing: "postgres://h?sslmode=\(mode.rawValue)").sslMode == mode)
        }
    }

    @Test(arguments: [
        ("postgres://h?sslmode=requir", PostgresURLError.badSSLMode("requir")),
        ("postgres://h?sslmode=", .badSSLMode("")),
        ("postgres://h:99999/d", .badPort("99999")),
        ("postgres://h:0/d", .badPort("0")),
        ("postgres://h:x1/d", .badPort("x1")),
        ("postgres://h?port=-1", .badPort("-1")),
        ("postgres://[::1]x/d", .badPort("x")),
        ("postgres://[::1/d", .unclosedBracket),
        ("postgres://a,b/d", .severalHosts),
        ("postgres://h/d?sslcert=x", .unknownParameter("sslcert")),
        ("postgres://h/d?sslmode", .parameterWithoutValue("sslmode")),
        ("postgres://h/d%zz", .badEscape("d%zz")),
        ("postgres://h/d%4", .badEscape("d%4")),
        ("postgres://h/d%00x", .badEscape("d%00x")),
        ("postgres://h/%C3", .badEscape("%C3")),
        ("postgres://h/d?hostaddr=db.example.com", .badHostAddress("db.example.com")),
        ("postgres://h/d?hostaddr=10.0.0", .badHostAddress("10.0.0")),
        ("postgres://h/d?connect_timeout=5s", .badConnectTimeout("5s")),
        ("postgres://h/d?connect_timeout=1.5", .badConnectTimeout("1.5")),
    ])
    func refusesWhatLibpqRefuses(text: String, error: PostgresURLError) {
        #expect(throws: error) { try PostgresURL(parsing: text) }
    }

    @Test func messagesSayWhatIsExpected() {
        #expect(PostgresURLError.badSSLMode("requir").description
            == "sslmode 'requir' is not one of disable, allow, prefer, require, verify-ca, verify-full")
        #expect(PostgresURLError.badPort("99999").description == "port '99999' is not a number from 1 to 65535")
        #expect(PostgresURLError.unknownParameter("sslcert").description.contains("known: host, hostaddr, port, dbname"))
    }

    @Test func aBadEscapeInThePasswordDoesNotQuoteIt() {
        #expect(throws: PostgresURLError.badEscapeInPassword) { try PostgresURL(parsing: "postgresql://u:pa%zzss@h/d") }
        #expect(throws: PostgresURLError.badEscapeInPassword) { try PostgresURL(parsing: "postgresql://h/d?password=%4") }
        #expect(!PostgresURLError.badEscapeInPassword.description.contains("%4"))
    }

    @Test(arguments: [
        ("postgresql://u:secret@h/d", "postgresql://u:***@h/d"),
        ("postgresql://u:se/cr?et@h/d", "postgresql://u:***@h/d"),
        ("postgresql://u:a@b@h/d?password=x&sslmode=require", "postgresql://u:***@h/d?password=***&sslmode=require"),
        ("postgresql://u@h:5432/d", "postgresql://u@h:5432/d"),
        ("postgresql://[::1]:5432/d?password=%40x", "postgresql://[::1]:5432/d?password=***"),
        ("/home/alice/chattui.db", "/home/alice/chattui.db"),
    ])
    func redactionHidesEveryPassword(text: String, shown: String) {
        #expect(PostgresURL.redact(text) == shown)
    }

    @Test(arguments: [
        ("postgres://h/d", true), ("postgresql://h", true), ("/tmp/x.db", false),
        ("postgres:/h", false), ("POSTGRES://h", false), ("./postgres://x", false),
    ])
    func onlyTheTwoSchemesSelectPostgres(text: String, isURL: Bool) throws {
        #expect(PostgresURL.isURL(text) == isURL)
        let location = try DatabaseLocation(text)
        if isURL {
            #expect(location == .postgres(try PostgresURL(parsing: text)))
        } else {
            #expect(location == .sqlite(path: text))
        }
    }
}
