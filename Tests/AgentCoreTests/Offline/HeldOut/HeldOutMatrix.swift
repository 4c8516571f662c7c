@testable import AgentCore

/// Builds held-out rows as verbs × objects × modifiers: each verb meets every object, and the
/// modifiers take turns, so a table covers every word of each list without a full product.
enum HeldOutMatrix {
    /// A phrase to put in a template and what it adds to the expected arguments.
    struct Part: Sendable {
        var words: String
        var fields: [String: JSONValue]

        init(_ words: String, _ fields: [String: JSONValue] = [:]) {
            self.words = words
            self.fields = fields
        }
    }

    /// `{o}` in each template is replaced by an object and `{m}` by a modifier; `expect`
    /// turns the object's and the modifier's fields, merged, into the expectation.
    static func rows(
        _ templates: [String], objects: [Part], modifiers: [Part] = [Part("")],
        expect: ([String: JSONValue]) -> HeldOutCase.Expectation
    ) -> [HeldOutCase] {
        var rows: [HeldOutCase] = []
        for (t, template) in templates.enumerated() {
            for (o, object) in objects.enumerated() {
                let modifier = modifiers[(t + o) % modifiers.count]
                let text = template.replacing("{o}", with: object.words).replacing("{m}", with: modifier.words)
                    .replacing(" ,", with: ",").split(separator: " ").joined(separator: " ")
                rows.append(HeldOutCase(text, expect(object.fields.merging(modifier.fields) { _, new in new })))
            }
        }
        return rows
    }
}

extension [String: JSONValue] {
    /// The `title` field, which every object of an add matrix carries.
    var title: String { self["title"]?.stringValue ?? "" }

    /// The fields without `title`.
    var details: [String: JSONValue] { filter { $0.key != "title" } }
}
