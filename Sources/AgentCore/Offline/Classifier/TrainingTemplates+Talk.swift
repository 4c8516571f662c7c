/// The talk around tasks: undo, help, greetings, thanks, acknowledgements, questions about
/// other things, and words that ask for nothing.
extension TrainingTemplates {
    static let talk: [TrainingTemplates] = [
        TrainingTemplates(label: .undo, verbs: ["undo", "revert", "reverse", "roll back", "take back"], templates: [
            "{v} it", "{v} the last change", "{v} what you just did", "{v} my last action", "whoops {v} it",
            "please {v} that", "no {v} that", "{v} that last one", "whoops, {v}", "{v} please", "{v} the change",
        ]),
        TrainingTemplates(label: .undo, templates: [
            "that was a mistake", "i did not mean that", "i did not mean to do that",
            "put it back the way it was", "go back", "go back one step", "change it back", "restore what you changed",
            "oops", "oops that was wrong", "whoops", "my bad, undo", "no wait, undo", "wrong one, undo that",
            "bring that back", "ctrl z", "never mind that, undo it",
        ]),
        TrainingTemplates(label: .help, templates: [
            "help", "help me", "i need help", "how does this work", "what can you do", "what do you do",
            "what are you for", "what can i say", "what can i ask you", "how do i use you", "how do i use this",
            "how do i add a task", "how do i delete something", "show me what you can do", "give me some examples",
            "what commands are there", "what are the commands", "instructions", "i am lost", "i am confused",
            "how does this app work", "what should i type", "how do i get started", "explain how to use this",
            "what are my options", "can you help me", "what kind of things can you do", "tutorial",
            "what do i say to add something", "how can i mark something as done", "is there a manual",
        ]),
        TrainingTemplates(label: .greeting, templates: [
            "hi", "hello", "hey", "hey there", "hi there", "hello there", "good afternoon",
            "good evening", "morning", "evening", "howdy", "yo", "hiya", "greetings", "hey you", "hello again",
            "hi again", "how are you", "how are things", "what is up", "sup", "hello bot",
            "hi assistant", "hey buddy", "nice to meet you", "good day", "heya", "hullo",
        ]),
        TrainingTemplates(label: .thanks, templates: [
            "thank you", "thank you so much", "thanks a lot", "many thanks", "cheers", "ta",
            "thanks a bunch", "much appreciated", "appreciate it", "thanks mate", "thank you kindly",
            "great thanks", "perfect thank you", "thanks for that", "thanks for the help", "you are a star",
            "you are the best", "lovely, thanks", "brilliant, cheers", "nice one, thanks",
        ]),
        TrainingTemplates(label: .acknowledgement, templates: [
            "ok", "okay", "okay then", "alright", "all right", "sure", "fine", "cool", "great", "nice", "good",
            "perfect", "awesome", "lovely", "brilliant", "sounds good", "got it", "understood", "right",
            "yes", "yeah", "yep", "no", "nope", "nah", "fair enough", "makes sense", "noted", "roger",
            "very good", "that works", "excellent", "good stuff", "i see", "ah okay", "mhm",
        ]),
        TrainingTemplates(label: .offTopic, verbs: [
            "the tallest building", "the capital of spain", "the speed of light", "the weather in paris",
            "the score of the match", "the population of china", "the price of bitcoin", "the distance to the moon",
            "the best pizza place", "the news headlines",
        ], templates: [
            "what is {v}", "tell me {v}", "do you know {v}", "can you tell me {v}", "how about {v}",
            "i want to know {v}", "look up {v} online", "google {v}", "who knows {v}",
        ]),
        TrainingTemplates(label: .offTopic, templates: [
            "how old is the universe", "how far is mars", "how do planes fly",
            "who invented the telephone", "who is the richest person", "where is peru",
            "when was rome founded", "is it going to be sunny", "will it snow {date}", "what day is christmas",
            "what should i eat for dinner", "what movie should i watch", "tell me a story", "tell me something funny",
            "tell me a fun fact", "can you play music", "can you book a taxi for me",
            "can you send emails", "can you make phone calls", "can you translate this into spanish",
            "what is 6 times 7", "calculate 12 plus 30", "convert 5 miles to km",
            "define serendipity", "spell necessary", "how do you make pancakes", "give me a recipe for soup",
            "write a story about dragons", "write an essay for me", "explain quantum physics",
            "are you alive", "do you have feelings", "are you a robot", "what is your favourite colour",
            "do you dream", "what do you think about politics", "who will win the election", "is coffee healthy",
            "how many calories in an apple", "what is the best phone", "recommend a restaurant", "suggest a film",
        ]),
        TrainingTemplates(label: .chitChat, templates: [
            "hm", "um", "uh", "er", "meh", "blah", "blah blah blah", "lol", "haha", "ugh",
            "whatever", "nothing", "never mind", "nevermind", "forget it", "i do not know", "dunno", "idk",
            "test", "testing", "testing testing", "asd", "qwerty", "jkl", "xyz", "foo bar", "aaa",
            "i am tired", "i am hungry", "i am sad", "i am happy {date}", "life is hard", "so boring",
            "what a day", "it is raining", "the cat is asleep", "my dog is cute", "pizza", "apple", "car",
            "monday again", "sigh", "oh well", "wow", "oh no", "interesting", "weird", "really",
            "you are weird", "you are slow", "bad bot", "stupid", "this is silly", "random words here",
        ]),
    ]
}
