/// The sentences the intent model learns from, kept as data: per label, sentence templates
/// and the verbs (synonyms) that fill their `{v}`.
///
/// Other slots are filled from ``TrainingFillers``: `{task}` a way to name a task, `{title}`
/// a task's words, `{date}` a due phrase, `{tag}` a tag word, `{topic}` a search word,
/// `{thing}` a task named without "task" ("the boiler"), `{done}` a past participle. The
/// fillers are placeholders' worth of variety only: the normaliser turns numbers, dates
/// and #tags into one token each, so the model learns the carrier words around them.
/// No phrasing of the held-out tables may be generated from here (a test checks it).
struct TrainingTemplates: Sendable {
    var label: IntentLabel
    /// Words for `{v}`; one empty string when the templates carry their verb themselves.
    var verbs: [String] = [""]
    var templates: [String]

    static let all: [TrainingTemplates] = tasks + changes + priorities + talk + statements + asides
}
