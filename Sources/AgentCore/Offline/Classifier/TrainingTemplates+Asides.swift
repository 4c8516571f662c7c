/// More of the talk around tasks, in the casual forms people type: "that was a mistake",
/// "what sorts of stuff do you do", "cheers for that", "got ya", a request for a poem.
///
/// Kept apart from ``statements`` so each file stays one concern: these never name a task.
extension TrainingTemplates {
    static let asides: [TrainingTemplates] = [
        TrainingTemplates(label: .undo, templates: [
            "that was a mistake, undo", "take that back", "go back to how it was", "put it back how it was",
            "that is not what i wanted", "no no, revert", "that was wrong, reverse it", "change that back",
            "i did not want that", "wrong, take it back", "undo the last thing",
        ]),
        TrainingTemplates(label: .help, templates: [
            "what sorts of stuff do you do", "what commands do you know", "what can you help with",
            "how do i talk to you", "what do you understand", "i am new here", "how does this thing work",
            "what are you able to do", "what things can i ask", "any tips on using this", "help please",
        ]),
        TrainingTemplates(label: .greeting, templates: [
            "hi hi", "hello hello", "hey hey", "good morning there", "hi friend", "hello friend",
            "well hello", "hey again", "morning all", "hi, anyone there",
        ]),
        TrainingTemplates(label: .thanks, templates: [
            "thanks so much", "thanks a million", "cheers for that", "thank you very much", "thanks again",
            "many thanks for that", "thanks loads", "thank you, that is great", "ta very much",
        ]),
        TrainingTemplates(label: .acknowledgement, templates: [
            "got ya", "cool cool", "ok got it", "fine by me", "sounds good to me", "okay cool", "right, okay",
            "sure thing", "roger that", "all good", "okay noted", "great stuff", "k",
        ]),
        TrainingTemplates(label: .offTopic, verbs: ["poem", "song", "haiku", "joke", "story", "riddle", "essay", "rap"], templates: [
            "write a {v} for me", "compose a {v}", "make up a {v} about {topic}", "tell me a {v} about {topic}",
            "can you write a {v}", "i want a {v}",
        ]),
        TrainingTemplates(label: .offTopic, templates: [
            "how do you say {topic} in french", "what is the word for {topic} in spanish", "any good films to watch",
            "can you suggest a movie", "who won the game last night", "how many ounces in a cup",
            "what is the capital of peru", "how many miles to a kilometre", "what is the time in london",
            "how hot is it outside", "is it sunny", "any news", "what is the score", "who is the prime minister",
            "how do i fix a flat tyre", "what is a good name for a dog", "where should i go on holiday",
        ]),
        TrainingTemplates(label: .chitChat, templates: [
            "i am so tired", "i am exhausted", "feeling lazy", "i am stressed", "my boss is annoying",
            "{topic} is driving me mad", "it is so cold", "so hot out", "lmfao", "rofl", "hahaha", "bleh", "ugh, work",
            "what a week", "long day", "i love cheese", "my cat is asleep", "work is crazy", "nothing much",
            "just chilling", "i am bored out of my mind", "whatever man", "oh dear", "typical",
        ]),
    ]
}
