import Testing
@testable import AgentCore

/// Spellings that mean the same thing become the same tokens.
@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("I don't need it", "i do not need it"), ("what's left", "what is left"), ("whats left", "what is left"),
        ("it's done", "it is done"), ("I can't", "i can not"), ("they're here", "they are here"),
        ("I'm done", "i am done"), ("isn't over", "is not over"), ("gotta go", "got to go"),
        ("didn’t", "did not"),
    ])
    func contractionsAreSpelledOut(text: String, tokens: String) {
        #expect(TextNormalizer.tokens(text).joined(separator: " ") == tokens)
    }

    @Test(arguments: [
        ("colour", "color"), ("organise", "organize"), ("organised", "organized"), ("cancelled", "canceled"),
        ("favourite", "favorite"), ("labelled", "labeled"), ("prioritise", "prioritize"), ("analyse", "analyze"),
        ("centre", "center"), ("to-do", "todo"), ("travelling", "traveling"),
    ])
    func britishSpellingsFoldToAmerican(british: String, american: String) {
        #expect(TextNormalizer.tokens(british) == TextNormalizer.tokens(american))
        #expect(TextNormalizer.tokens(british, classing: false) == [american])
    }

    @Test(arguments: ["promise", "detour", "spelled", "contour", "noise", "selling"])
    func wordsThatOnlyLookBritishAreKept(word: String) {
        #expect(TextNormalizer.tokens(word, classing: false) == [word])
    }

    @Test(arguments: [
        ("Delete task 12!", "<delete> task <num>"), ("finish #4", "<finish> <num>"), ("the seventh task", "the <ord> task"),
        ("task seven", "task <num>"), ("the passport one", "the passport one"), ("tag it #garden", "tag it <tag>"),
        ("move it to next friday", "<move> it to <date>"), ("call mum on 3 June at 5pm", "call mom <date>"),
        ("rename task 1 to 'Call mom tonight'", "rename task <num> to <quote>"),
        ("say \"hello there\" please", "say <quote> please"), ("Mum's birthday", "mom birthday"),
    ])
    func classesOfWordsBecomePlaceholders(text: String, tokens: String) {
        #expect(TextNormalizer.tokens(text).joined(separator: " ") == tokens)
    }

    @Test(arguments: [
        ("nuke task 4", "delete task 4"), ("postpone it to friday", "move it to friday"),
        ("the bike is fixed", "the bike is paid"), ("it is finnished", "it is finished"),
        ("sooo urgent", "so urgent"), ("pleeease show it", "please show it"), ("done 🎉", "done"),
    ])
    func surfaceNoiseAndSynonymsReadAlike(text: String, same: String) {
        #expect(TextNormalizer.tokens(text) == TextNormalizer.tokens(same))
    }
}
