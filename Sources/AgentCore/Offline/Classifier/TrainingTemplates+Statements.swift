/// The ways people report, wish and ask rather than command: "the boiler is fixed", "I
/// should really call grandma", "anything due monday?", "the report can wait until friday".
///
/// Commands alone taught the model that a sentence opening with a verb is a request; these
/// frames teach it the statements of completion, wishes, obligations and questions that
/// everyday messages are mostly made of.
extension TrainingTemplates {
    static let statements: [TrainingTemplates] = [
        TrainingTemplates(label: .complete, templates: [
            "{thing} is {done}", "{thing} are {done}", "{thing} has been {done}", "{thing} {done}", "{thing} got {done}",
            "{thing} is {done} now", "{thing} was {done} {date}", "i have {done} {thing}", "i already {done} {thing}",
            "just {done} {thing}", "finally {done} {thing}", "{done} {thing} {date}", "i {done} {thing} earlier",
            "good news, {thing} is {done}", "{thing} all {done}", "{thing}: done", "we {done} {thing}",
            "my husband {done} {thing}", "{task} got {done} {date}", "the {done} {thing} can go off the list",
            "i did {title} {date}", "i did {title} already", "went and did {title}", "i finally got round to {title}",
            "{thing} is done and dusted", "{thing} is out of the way", "{thing} is dealt with",
        ]),
        TrainingTemplates(label: .delete, templates: [
            "no longer need to {title}", "i do not have to {title} anymore", "i do not need to {title} after all",
            "{thing} is off", "{thing} is not happening anymore", "{thing} got scrapped", "{thing} is scrapped for good",
            "we will not need {thing} now", "forget {thing}, it is off", "{thing} can go, we sold it",
            "get {task} out of my list", "get {task} off my list", "take {thing} off my list", "{thing} can go",
            "do not bother with {thing}", "i changed my mind about {thing}", "{thing} is not relevant anymore",
            "{task} is pointless now", "scrap the {thing} idea", "cancel {thing}, not happening",
            "{thing} is not a thing anymore", "the {thing} plan is dead", "stop tracking {thing}",
        ]),
        TrainingTemplates(label: .add, templates: [
            "could you make sure i remember to {title}", "make sure i do not forget to {title}",
            "i need to not forget to {title}", "do not let me forget to {title} {date}", "do not let me forget {thing}",
            "i should really {title}", "i should {title} soon", "it would be good to {title}",
            "would be nice to {title} sometime", "would be great if you could note {title}", "note down: {title}",
            "i want to {title} {date}", "planning to {title} {date}", "remember that i need to {title}",
            "i have to {title} {date}", "have to {title}", "got to {title} {date}", "i must not forget to {title}",
            "can you add {title}", "put down {title}", "keep in mind i need to {title}", "i am supposed to {title}",
            "i am meant to {title} {date}", "i ought to {title}", "someone has to {title}", "thinking i should {title}",
            "i would like to {title} {date}", "help me remember to {title}", "i keep forgetting to {title}",
            "can you remind me to {title}", "could you note {title} please", "put {title} down for {date}",
        ]),
        TrainingTemplates(label: .list, templates: [
            "anything on {date}", "what do i have on my plate", "how full is my plate {date}", "have i got much to do",
            "have i got anything left", "is there anything urgent", "anything urgent", "anything important",
            "what did i get done", "what have i already done", "what should i be doing", "what should i do next",
            "what am i meant to do {date}", "give me a summary of my tasks", "overview of my stuff",
            "is {thing} done yet", "did i already {title}", "have i {done} {thing} yet", "did i {title} yet",
            "have i done {task} yet", "is {thing} still open", "how am i doing on my list", "any {tag} stuff",
            "anything left for {tag}", "anything due soon", "what is due soon", "what is late", "am i behind on anything",
            "what is still pending", "what is on for {date}", "whats up for {date}", "what do i have going on",
            "how busy am i {date}", "is my list empty", "how long is my list",
        ]),
        TrainingTemplates(label: .reschedule, templates: [
            "{thing} can wait until {date}", "{task} can wait till {date}", "let us do {thing} {date} instead",
            "{thing} {date} rather", "i will not manage {thing} before {date}", "i can not do {thing} until {date}",
            "{thing} needs to happen {date} instead", "{thing} will have to be {date}", "{thing} is now {date}",
            "{thing} has been moved to {date}", "i will get to {thing} {date}", "no time for {thing} until {date}",
            "{thing} is happening {date} now", "{thing} should be done by {date}", "do {thing} {date} not now",
        ]),
        TrainingTemplates(label: .raisePriority, templates: [
            "{thing} is getting urgent", "{thing} is getting really important", "{thing} matters a lot now",
            "{thing} is top priority", "{thing} is my top priority", "{thing} has to come first",
            "{thing} is more important now", "{thing} is a big deal now", "get {thing} done first",
            "{thing} is super important", "{thing} is critical now", "{thing} can not slip",
        ]),
        TrainingTemplates(label: .lowerPriority, templates: [
            "{thing} is not that pressing anymore", "{thing} is not a big deal", "{thing} can wait, no hurry",
            "no rush on {thing}", "{thing} is not so important now", "{thing} is less urgent",
            "{thing} is not critical", "{thing} can slide", "do not worry about {thing} for now",
        ]),
        TrainingTemplates(label: .reopen, templates: [
            "turns out i did not {title}", "turns out {thing} is not done", "{thing} still needs doing",
            "i have not actually {done} {thing}", "{thing} needs to be done again", "put {task} back",
            "{thing} is not finished after all", "oops {thing} is not done", "{thing} is not {done} yet",
            "{thing} was not really {done}", "{thing} came back", "{thing} needs redoing",
        ]),
        TrainingTemplates(label: .retag, templates: [
            "{thing} should be in {tag}", "{thing} belongs in the {tag} category", "{thing} goes under {tag}",
            "put {thing} in the {tag} category", "{thing} is a {tag} task", "{thing} counts as {tag}",
            "{thing} is part of {tag}", "{thing} should be filed under {tag}",
        ]),
    ]
}
