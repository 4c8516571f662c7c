import Testing
@testable import ChatTUI

@Suite struct InputDecoderTests {
    private func keys(_ text: String, flush: Bool = true) -> [Key] {
        var decoder = InputDecoder()
        var keys = text.unicodeScalars.compactMap { decoder.feed(.scalar($0)) }
        if flush, let key = decoder.flush() { keys.append(key) }
        return keys
    }

    @Test func charactersAndControlBytes() {
        #expect(keys("a日\r\n\t\u{7F}\u{1}\u{17}") == [
            .character("a"), .character("日"), .enter, .ctrl("j"), .tab, .backspace, .ctrl("a"), .ctrl("w"),
        ])
    }

    @Test func aLoneEscIsKnownOnlyAfterTheDelay() {
        var decoder = InputDecoder()
        #expect(decoder.feed(.scalar("\u{1B}")) == nil)
        #expect(decoder.isAwaitingEscape)
        #expect(decoder.flush() == .escape)
        #expect(!decoder.isAwaitingEscape)
    }

    @Test func escThenReturnIsAltEnter() {
        #expect(keys("\u{1B}\r") == [.altEnter])
    }

    @Test func bracketedPasteArrivesWholeAndNeverAsKeys() {
        var decoder = InputDecoder()
        var keys: [Key] = []
        for scalar in "x\u{1B}[200~line one\r\nline \u{1B}[A two\u{3}\u{1B}[201~y".unicodeScalars {
            if let key = decoder.feed(.scalar(scalar)) { keys.append(key) }
        }
        #expect(keys == [.character("x"), .paste("line one\r\nline \u{1B}[A two\u{3}"), .character("y")])
    }

    @Test func keysCursesDecodedInsideAPasteAreDropped() {
        var decoder = InputDecoder()
        for scalar in "\u{1B}[200~ab".unicodeScalars { _ = decoder.feed(.scalar(scalar)) }
        #expect(decoder.feed(.key(.up)) == nil)
        var last: Key?
        for scalar in "\u{1B}[201~".unicodeScalars { last = decoder.feed(.scalar(scalar)) }
        #expect(last == .paste("ab"))
    }

    @Test(.timeLimit(.minutes(10)))
    func aLargePasteIsLinear() {
        var decoder = InputDecoder()
        for scalar in "\u{1B}[200~".unicodeScalars { _ = decoder.feed(.scalar(scalar)) }
        let line = Array("0123456789abcdef\n".unicodeScalars)
        for _ in 0..<(2_000_000 / line.count) {
            for scalar in line { _ = decoder.feed(.scalar(scalar)) }
        }
        var last: Key?
        for scalar in "\u{1B}[201~".unicodeScalars { last = decoder.feed(.scalar(scalar)) }
        guard case .paste(let text)? = last else {
            Issue.record("no paste")
            return
        }
        #expect(text.utf8.count == 2_000_000 / line.count * line.count)
    }

    @Test func csiSequencesCursesLeftUndecoded() {
        #expect(keys("\u{1B}[1;5H\u{1B}[1;5F\u{1B}[A\u{1B}[99~z") == [.ctrlHome, .ctrlEnd, .up, .character("z")])
    }

    @Test(arguments: [
        ("\u{1B}[1;5H", Key.ctrlHome), ("\u{1B}[1;5F", .ctrlEnd), ("\u{1B}[1;5D", .ctrlLeft),
        ("\u{1B}[1;5C", .ctrlRight), ("\u{1B}[1;3D", .altLeft), ("\u{1B}[1;2A", .modified(.up, .shift)),
        ("\u{1B}[1;6B", .modified(.down, [.ctrl, .shift])), ("\u{1B}[5;5~", .modified(.pageUp, .ctrl)),
        ("\u{1B}[6;3~", .modified(.pageDown, .alt)), ("\u{1B}[1;9C", .altRight),
    ])
    func xtermModifiedKeys(sequence: String, key: Key) {
        #expect(keys(sequence) == [key])
    }

    /// What vt100, vt220, linux, screen and rxvt send for the paging keys.
    @Test(arguments: [
        ("\u{1B}[5~", Key.pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end),
        ("\u{1B}[7~", .home), ("\u{1B}[8~", .end), ("\u{1B}[H", .home), ("\u{1B}[F", .end),
        ("\u{1B}OH", .home), ("\u{1B}OF", .end), ("\u{1B}OA", .up), ("\u{1B}[3~", .delete),
        ("\u{1B}OP", .function(1)), ("\u{1B}[11~", .function(1)), ("\u{1B}[24~", .function(12)),
    ])
    func pagingKeysOfOlderTerminals(sequence: String, key: Key) {
        #expect(keys(sequence) == [key])
    }

    @Test func sequencesThatAreNoKeyAreDropped() {
        #expect(keys("\u{1B}[<0;3;4M\u{1B}[1;2;3H\u{1B}[1;99Hz") == [.character("z")])
    }

    @Test func altWithACharacterIsAlt() {
        #expect(keys("\u{1B}b\u{1B}f\u{1B}\u{7F}") == [.alt("b"), .alt("f"), .backspace])
    }

    @Test func altOIsToldFromSS3ByTheDelay() {
        #expect(keys("\u{1B}O") == [.alt("O")])
        #expect(keys("\u{1B}OHx") == [.home, .character("x")])
    }

    @Test func keysFromCursesPassThrough() {
        var decoder = InputDecoder()
        #expect(decoder.feed(.key(.pageUp)) == .pageUp)
        #expect(decoder.feed(.scalar("\u{1B}")) == nil)
        #expect(decoder.feed(.key(.function(2))) == .function(2))
    }

    /// Where curses knows no mouse the reports arrive raw: the wheel is a key, a click nothing.
    @Test func wheelReportsCursesLeftRawAreTheWheel() {
        #expect(keys("\u{1B}[<64;10;5M\u{1B}[<65;1;200M\u{1B}[<80;3;3M") == [.wheelUp, .wheelDown, .wheelUp])
        #expect(keys("\u{1B}[<0;10;5M\u{1B}[<0;10;5mx") == [.character("x")])
        #expect(keys("\u{1B}[M`+&\u{1B}[Ma+&\u{1B}[M +&y") == [.wheelUp, .wheelDown, .character("y")])
    }
}
