/// Raising and lowering how important a task is.
extension TrainingTemplates {
    static let priorities: [TrainingTemplates] = [
        TrainingTemplates(label: .raisePriority, verbs: ["urgent", "important", "high priority", "top priority", "a priority", "critical", "pressing"], templates: [
            "make {task} {v}", "mark {task} {v}", "set {task} as {v}", "flag {task} as {v}", "{task} is {v}",
            "{task} is really {v}", "{task} is {v} now", "{task} has become {v}", "treat {task} as {v}",
        ]),
        TrainingTemplates(label: .raisePriority, templates: [
            "bump up {task}", "bump the priority of {task}", "raise the priority of {task}", "increase the priority of {task}",
            "move {task} up the list", "put {task} at the top", "{task} comes first", "do {task} first",
            "{task} needs doing asap", "{task} can not wait", "{task} needs attention now", "prioritize {task} please",
            "escalate {task}", "upgrade {task} to high", "{task} should be high", "give {task} high priority",
            "star {task}", "flag {task}", "{task} matters most", "put {task} first",
        ]),
        TrainingTemplates(label: .lowerPriority, verbs: ["not urgent", "not important", "low priority", "unimportant", "optional", "a low priority", "not a priority"], templates: [
            "make {task} {v}", "mark {task} {v}", "set {task} as {v}", "{task} is {v}", "{task} is {v} any more",
            "{task} is really {v}", "consider {task} {v}", "flag {task} as {v}",
        ]),
        TrainingTemplates(label: .lowerPriority, templates: [
            "reduce the priority of {task}", "lower the priority on {task}", "lower {task} to low", "{task} can wait",
            "{task} can wait a bit", "decrease the priority of {task}", "drop the priority of {task}",
            "downgrade {task}", "deprioritize {task} please", "move {task} down the list", "put {task} at the bottom",
            "{task} can be done whenever", "{task} is a someday thing", "there is no rush on {task}",
            "no hurry on {task}", "{task} is not pressing", "{task} does not matter much", "{task} can sit for now",
            "{task} is less important", "{task} should be low", "give {task} low priority", "unflag {task}",
            "{task} is not that urgent", "take the urgency off {task}", "relax the priority on {task}",
        ]),
    ]
}
