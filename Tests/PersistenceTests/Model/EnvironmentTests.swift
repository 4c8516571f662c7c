import Foundation
import Testing
@testable import Persistence

struct EnvironmentTests {
    @Test func clockHonoursTZAndCHATTUINOW() throws {
        // Given a zone and a fixed local time without offset
        let clock = try TaskClock.fromEnvironment(["TZ": "America/New_York", "CHATTUI_NOW": "2025-03-14T23:30:00"])
        // Then now is that New York time, and today is its local date
        #expect(clock.now == instant("2025-03-15T03:30:00Z"))
        #expect(clock.today == day("2025-03-14"))
        #expect(clock.calendar.firstWeekday == 2)
    }

    @Test func clockRejectsAnInvalidNow() {
        #expect(throws: TaskClockError.invalidNow("yesterday-ish")) {
            try TaskClock.fromEnvironment(["CHATTUI_NOW": "yesterday-ish"])
        }
        #expect(TaskClockError.invalidNow("x").description.contains("CHATTUI_NOW"))
    }

    @Test func userComesFromCHATTUIUSERElseTheEffectiveUser() {
        #expect(UserID.current(environment: ["CHATTUI_USER": "carol"]) == UserID("carol"))
        let fallback = UserID.current(environment: ["CHATTUI_USER": ""])
        #expect(!fallback.rawValue.isEmpty)
        #expect(fallback == UserID(PasswordEntry.effectiveUser()?.name ?? "user"))
    }

    @Test func defaultPathPrefersCHATTUIDBThenXDGThenHome() {
        #expect(AppDatabase.defaultPath(environment: ["CHATTUI_DB": "/x/y.db", "HOME": "/h"]) == "/x/y.db")
        #expect(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/h"])
            == "/data/chattui/chattui.db")
        #expect(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
            == "/h/.local/share/chattui/chattui.db")
        #expect(AppDatabase.defaultPath(environment: [:]).hasSuffix("/.local/share/chattui/chattui.db"))
    }

    @Test func priorityOrdersByUrgency() throws {
        #expect([Priority.low, .high, .medium].sorted() == [.high, .medium, .low])
        #expect(try Priority.parse(" HIGH ") == .high)
        #expect(throws: TaskInputError.invalidPriority("urgent")) { try Priority.parse("urgent") }
    }
}

extension EnvironmentTests {
    @Test func anUnknownZoneIsUTCAndNamed() throws {
        let clock = try TaskClock.fromEnvironment(["TZ": "Mars/Base", "CHATTUI_NOW": "2025-03-14T23:30:00"])
        #expect(clock.timeZone.secondsFromGMT() == 0)
        #expect(clock.now == instant("2025-03-14T23:30:00Z"))
        #expect(TaskClock.unknownZone(in: ["TZ": "Mars/Base"]) == "Mars/Base")
        #expect(TaskClock.unknownZone(in: ["TZ": ":Europe/Paris"]) == nil)
        #expect(TaskClock.unknownZone(in: [:]) == nil)
    }
}
