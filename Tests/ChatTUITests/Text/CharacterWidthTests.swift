import Testing
@testable import ChatTUI

@Suite struct CharacterWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("ß", 1), ("✓", 1), ("☐", 1), ("—", 1), ("…", 1),
        ("日", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2), ("　", 2),
        ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇫🇷", 2), ("❤️", 2), ("❤", 1), ("1️⃣", 2),
        ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{200B}", 0), ("\u{7}", 0),
    ] as [(Character, Int)])
    func widthOfOneCharacter(character: Character, width: Int) {
        #expect(CharacterWidth.of(character) == width)
    }

    @Test func widthOfAString() {
        #expect(CharacterWidth.of("日本語 ok 👍🏽") == 12)
    }
}
