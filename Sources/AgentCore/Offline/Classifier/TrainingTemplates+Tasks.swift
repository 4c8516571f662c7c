/// Creating tasks and asking for the list.
extension TrainingTemplates {
    static let tasks: [TrainingTemplates] = [
        TrainingTemplates(label: .add, verbs: ["add", "create", "make", "put in", "set up", "log", "write down", "note down", "jot"], templates: [
            "{v} {title}", "{v} a task to {title}", "{v} a new task: {title}", "{v} {title} {date}",
            "{v} a reminder to {title} {date}", "{v} a todo for {title}", "{v} an item called {title}",
            "{v} {title} to the list", "{v} a task {title}, it is urgent", "{v} {title} #{tag}",
            "could you {v} {title}", "{v} {title} for me", "{v} {title} every week",
        ]),
        TrainingTemplates(label: .add, templates: [
            "remind me to {title}", "remind me to {title} {date}", "remind me about {title}",
            "i must {title}", "i need to {title} {date}", "i have got to {title}", "i should {title} {date}",
            "i want to {title}", "i got to {title}", "we need to {title}", "need to {title}",
            "must {title} {date}", "remember to {title} {date}", "do not forget to {title}",
            "make sure i {title}", "make a reminder: {title}", "new todo {title}", "todo {title}",
            "task: {title} {date}", "reminder - {title}", "note to self: {title}", "note to self {title} {date}",
            "{title} {date}", "{title} every day", "{title}, high priority",
            "put {title} on the list", "stick {title} on my todo list", "write {title} on my list",
            "add to my list: {title}", "one more thing: {title}", "another task: {title}",
            "i want a reminder to {title}", "can i add {title}", "let me add {title}",
            "make a note to self to {title}", "jot this down: {title}", "i will need to {title} {date}",
        ]),
        TrainingTemplates(label: .list, verbs: ["show", "list", "display", "view", "see", "print", "bring up", "pull up", "read out", "check"], templates: [
            "{v} my open tasks", "{v} all tasks", "{v} the list", "{v} my todo list", "{v} everything on my list",
            "{v} what is pending", "{v} the finished ones", "{v} tasks tagged {tag}", "{v} the {tag} list",
            "{v} what is due {date}", "{v} my high priority tasks", "{v} tasks sorted by date",
            "{v} me the whole list", "{v} open items", "{v} my agenda",
        ]),
        TrainingTemplates(label: .list, templates: [
            "what is on my list", "what is on the list", "what have i got",
            "what is left to do", "what do i still have to do", "what is still open", "what tasks do i have",
            "what is outstanding", "what is due {date}", "what is coming up", "what is next",
            "anything due {date}", "anything for {tag}", "do i have anything {date}", "do i have any tasks",
            "how many things are left", "how many tasks are open", "how much is left",
            "what did i finish", "what have i completed so far", "which tasks are done",
            "which ones are overdue", "what are my tasks",
            "tasks please", "the list please", "my list", "list", "tasks", "my agenda", "agenda",
            "search {topic}", "look for {topic}", "look up {topic} in my tasks", "look up {topic}", "find anything about {topic}", "anything about {topic}",
            "tasks mentioning {topic}", "which tasks mention {topic}", "is there a task about {topic}",
            "what is tagged {tag}", "only {tag} tasks", "just the {tag} ones", "{tag} tasks",
            "urgent tasks", "the important stuff", "low priority tasks", "sort my tasks by date",
            "everything including done", "finished and unfinished tasks", "what i have done",
            "what is planned for {date}", "what is on {date}", "what is happening {date}",
            "give me an overview", "remind me what i have to do", "what was i supposed to do",
            "let me look at my tasks", "i want to see my tasks", "can i see the list",
        ]),
    ]
}
