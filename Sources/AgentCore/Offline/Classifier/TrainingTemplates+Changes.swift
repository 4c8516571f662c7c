/// Completing, deleting, reopening, rescheduling, retagging, renaming and noting a task.
extension TrainingTemplates {
    static let changes: [TrainingTemplates] = [
        TrainingTemplates(label: .complete, verbs: [
            "complete", "finish", "tick off", "check off", "cross off", "cross out", "scratch off", "knock off",
            "strike off", "close out", "wrap up", "mark off",
        ], templates: [
            "{v} {task}", "please {v} {task}", "{v} {task} now", "you can {v} {task}", "{v} {task} for me",
            "go ahead and {v} {task}", "{v} {task} from my list", "{v} {task} on the list",
        ]),
        TrainingTemplates(label: .complete, templates: [
            "{task} is finished now", "{task} is complete now", "{task} is all done", "{task} has been done",
            "{task} was done yesterday", "i have finished {task} {date}", "i just did {task}", "i got {task} done",
            "i managed to {title}", "finally did {task}", "finished {task} already", "all done with {task}",
            "i am done with {task}", "{task} done", "done: {task}", "that is {task} sorted", "{task} is sorted",
            "{task} is taken care of", "i took care of {task}", "i completed {task} {date}",
            "mark {task} as finished", "mark {task} done", "set {task} to done", "flag {task} as complete",
            "consider {task} done", "you can tick {task} off", "check {task} off the list", "scratch {task} off",
            "cross {task} out", "got {task} out of the way", "ticked {task}", "nailed {task}",
        ]),
        TrainingTemplates(label: .delete, verbs: [
            "delete", "remove", "erase", "drop", "trash", "bin", "ditch", "discard", "cancel", "kill", "axe", "wipe",
        ], templates: [
            "{v} {task}", "please {v} {task}", "{v} {task} now", "{v} {task} from my list", "{v} {task} from the list",
            "just {v} {task}", "{v} {task} entirely", "{v} {task} altogether",
        ]),
        TrainingTemplates(label: .delete, templates: [
            "get rid of {task} please", "throw out {task}", "throw away {task}", "forget {task}",
            "forget about it, {task} is cancelled", "never mind {task}", "nevermind about {task}",
            "skip {task} altogether", "i no longer need {task}", "i do not need {task} any more",
            "i do not want {task} anymore", "we do not need {task} anymore", "no need to {title} any more",
            "there is no need for {task}", "{task} is not needed anymore", "{task} is no longer needed",
            "{task} is cancelled", "{task} got cancelled", "{task} is off", "{task} can go",
            "{task} can be deleted", "lose {task}", "take {task} off the list", "strike {task} from the list",
            "remove {task} off my todo list", "clear {task} out", "forget about {task} completely",
            "scrap {task}, it is not happening", "cancel {task}, plans changed", "no longer doing {task}",
            "i am not doing {task} anymore", "{task} is not happening", "we will not be needing {task}",
        ]),
        TrainingTemplates(label: .reopen, verbs: ["reopen", "uncheck", "untick", "unmark", "restore", "revive", "un-complete"], templates: [
            "{v} {task}", "please {v} {task}", "{v} {task}, it is not finished",
        ]),
        TrainingTemplates(label: .reopen, templates: [
            "{task} is not finished", "{task} is not done yet", "{task} is not complete", "{task} was not finished",
            "{task} still needs doing", "{task} is still open", "i have not done {task} yet",
            "i did not actually {title}", "i never did {task}", "i did not finish {task} after all",
            "mark {task} as not done", "mark {task} as pending again", "set {task} back to pending",
            "put {task} back on the list", "{task} needs to be open again", "open {task} again",
            "bring back {task}", "{task} was marked done by mistake", "i ticked {task} off by mistake",
            "undo completing {task}", "make {task} pending again", "actually {task} is unfinished",
        ]),
        TrainingTemplates(label: .reschedule, verbs: [
            "move", "push", "postpone", "reschedule", "delay", "defer", "shift", "bump", "put off", "change the date of",
        ], templates: [
            "{v} {task} to {date}", "{v} {task} {date}", "{v} {task} till {date}", "can you {v} {task} to {date}",
            "{v} {task} back to {date}", "{v} {task} a few days",
        ]),
        TrainingTemplates(label: .reschedule, templates: [
            "{task} should be due {date}", "{task} needs to be done {date}", "{task} is due {date} now",
            "{task} is now for {date}", "make {task} due {date} instead", "set the deadline of {task} to {date}",
            "set a due date on {task}: {date}", "change the deadline for {task} to {date}", "{task} can be pushed to {date}",
            "i will do {task} {date} instead", "do {task} {date} instead", "let us do {task} {date}",
            "{task} deadline {date}", "due date for {task} {date}", "give {task} a due date of {date}",
            "the deadline for {task} moved to {date}", "{task} got moved to {date}", "push back {task}",
            "later for {task}", "{task} is due later", "remove the due date from {task}",
        ]),
        TrainingTemplates(label: .recur, verbs: ["every day", "every week", "every month", "daily", "weekly", "monthly", "twice a week", "every 3 days", "every other day"], templates: [
            "{task} should happen {v}", "{task} needs doing {v}", "make {task} a {v} thing", "{task} repeats {v}",
            "{task} should recur {v}", "have {task} come back {v}", "turn {task} into a {v} task", "do {task} {v} from now on",
            "{task} is a {v} chore", "schedule {task} {v}", "{task} comes round {v}", "i do {task} {v}",
        ]),
        TrainingTemplates(label: .recur, templates: [
            "stop {task} repeating", "{task} should not repeat", "{task} is a one-off", "make {task} recurring",
            "make {task} repeat", "{task} needs to repeat", "set a repeat on {task}", "how often does {task} repeat",
        ]),
        TrainingTemplates(label: .retag, verbs: ["tag", "label", "file", "categorise", "mark", "group"], templates: [
            "{v} {task} as {tag}", "{v} {task} under {tag}", "{v} {task} with {tag}", "{v} {task} #{tag}",
        ]),
        TrainingTemplates(label: .retag, templates: [
            "put {task} in {tag}", "put {task} into the {tag} list", "move {task} to the {tag} list",
            "{task} belongs under {tag}", "{task} goes in {tag}", "{task} is a {tag} thing", "{task} is for {tag}",
            "add {tag} as a tag on {task}", "give {task} the tag {tag}", "give {task} a {tag} label",
            "{task} should be tagged {tag}", "file {task} in {tag}", "tag it as {tag}", "add the {tag} label to {task}",
            "remove the {tag} tag from {task}", "untag {task}", "change the tags of {task} to {tag}",
        ]),
        TrainingTemplates(label: .rename, verbs: ["rename", "retitle", "reword", "change the title of", "change the name of", "edit"], templates: [
            "{v} {task} to {title}", "{v} {task} to say {title}", "{v} {task} as {title}", "{v} {task}: {title}",
        ]),
        TrainingTemplates(label: .rename, templates: [
            "{task} should say {title}", "{task} should read {title}", "change the wording of {task} to {title}",
            "i want {task} to be called {title}", "the title of {task} should be {title}", "make {task} say {title}",
            "fix the typo in {task}", "correct the title of {task}", "{task} is misspelled", "reword {task}",
            "the name of {task} is wrong", "replace the text of {task} with {title}", "call {task} something else",
        ]),
        TrainingTemplates(label: .note, verbs: ["note", "comment", "detail", "description", "memo"], templates: [
            "add a {v} to {task} saying {title}", "attach a {v} to {task}", "put a {v} on {task}",
            "{v} for {task}: {title}", "add this {v} to {task}", "write a {v} on {task}",
        ]),
        TrainingTemplates(label: .note, templates: [
            "add some details to {task}", "give {task} a description", "set the description of {task}",
            "describe {task} as {title}", "{task} needs a note", "more info on {task}: {title}",
            "extra details for {task}", "write down in {task} that {title}", "remember in {task} that {title}",
            "add to the description of {task}", "change the description of {task}", "annotate {task}",
        ]),
    ]
}
