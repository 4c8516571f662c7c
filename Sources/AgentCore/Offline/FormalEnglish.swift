/// Requests written out in full, formal sentences: "assign it high priority", "with the
/// labels home and admin", "set the recurrence interval to weekly", "task no. 1", "if you
/// would". Each is said again in the plain words the rules read, before any rule runs.
enum FormalEnglish {
    /// "task no. 1", "item no. 6": the full stop of "no." ends no sentence.
    static let numberSign = Pattern(#/(?i)\b(task|item|number)\s+no\.\s*(?=\d)/#, example: "task no. 1")
    /// "…, if you would", "…, if you don't mind": courtesy said last asks nothing.
    static let ifYouWould = Pattern(#/(?i)[\s,]+if\s+you\s+(?:would|could|please|don'?t\s+mind|would\s+be\s+so\s+kind)\s*(?=[.!?]*$)/#,
                                    example: "mark it as high priority, if you would")
    /// "On reflection, …", "Correction: …": a change of mind said before the request it leads to.
    static let reflection = Pattern(#/(?i)^(?:on\s+(?:second\s+)?reflection|on\s+second\s+thoughts?|correction)\s*[,:]\s*/#,
                                    example: "On reflection, please delete that task")
    /// "I should not have done that. Kindly undo …": regret said before the undo that mends it.
    static let regret = Pattern(#/(?i)^(?:i\s+should\s*(?:not|n'?t)\s+have\s+done\s+that|that\s+was\s+(?:a\s+)?mistake)\s*[.!,;]\s*(?=\S)/#,
                                example: "I should not have done that. Undo it")
    /// "That task has now been completed; …": news of the task just named.
    static let thatTaskDone = Pattern(#/(?i)^(?:that|this)\s+task\s+(?:has|is)\s+(?:now\s+)?(?:been\s+)?(?:completed|done|finished)\b/#,
                                      example: "That task has now been completed")
    /// "I have, in fact, already collected it".
    static let inFact = Pattern(#/(?i)\s*,\s*in\s+fact\s*,\s*/#, example: "I have, in fact, already")
    /// "and assign it high priority", "with priority high", "as a low-priority task".
    static let assignedLevel = Pattern(#/(?i)(?:\s*[.,;]\s*|\s+)(?:and\s+)?(?:please\s+)?(?:(?:assign|give|set)\s+it\s+(?:a\s+|the\s+)?(high|low|medium)\s+priority|with\s+(?:a\s+)?priority\s+(?:of\s+)?(high|low|medium)|as\s+an?\s+(high|low|medium)[- ]priority\s+(?:task|item))\b/#,
                                       example: "and assign it high priority")
    /// "and assign the labels work and writing", "with the labels home and admin": the task's
    /// tags, said as it is added (not "… to the eighth task", which tags a task on the list).
    static let assignedLabels = Pattern(#/(?i)(?:\s*[.,;]\s*|\s+)(?:and\s+)?(?:please\s+)?(?:(?:assign|apply|give)\s+(?:it\s+)?(?:the\s+)?(?:labels?|tags?)|with\s+the\s+(?:labels?|tags?))\s+(?![^.;]*\s(?:to|on|onto)\s)/#,
                                        example: "and assign the labels work and writing")
    /// "and set the recurrence interval to weekly", "and set the due date to 2026-12-09".
    static let setField = Pattern(#/(?i)(?:\s*[.,;]\s*|\s+)(?:and\s+)?(?:please\s+)?set\s+the\s+(recurrence(?:\s+interval)?|repeat|due\s+date|deadline)\s+to\s+/#,
                                  example: "and set the recurrence interval to weekly")
    /// "set the recurrence interval of item no. 1 to weekly": a repeat given to a task on the list.
    static let recurrenceOf = Pattern(#/(?i)\bset\s+the\s+(?:recurrence|repeat)(?:\s+interval)?\s+(?:of|for|on)\s+(.+?)\s+to\s+/#,
                                      example: "set the recurrence interval of item no. 1 to weekly")
    /// "Description: …", "Priority: low": a field said as its own sentence, part of the same task.
    static let fieldSentence = Pattern(#/(?i)\.\s+(?=(?:description|note|notes|priority|due|tags?|labels?)\s*:)/#,
                                       example: ". Description: the prescription is in the blue folder")
    /// "add the description "…" to the passport task": the note first, then its task.
    static let noteFirst = Pattern(#/(?i)\b(?:add|attach|put|set|write)\s+(?:the\s+|a\s+)?(note|description|comment)\s+"([^"]+)"\s+(?:to|on|for)\s+(.+?)[.!]?$/#,
                                   example: "add the description \"Use the online form\" to the passport task")
    /// "remove the label work from task no. 4 and assign the label admin instead".
    static let labelSwap = Pattern(#/(?i)\bremove\s+the\s+(?:label|tag)\s+#?([\w-]+)\s+from\s+(.+?)\s+and\s+(?:assign|add|apply|put|give\s+it)\s+(?:the\s+|a\s+)?(?:label|tag)\s+#?([\w-]+)(?:\s+instead)?/#,
                                   example: "remove the label work from task 4 and assign the label admin instead")
    /// "remove the existing due date from the rent task and replace it with 2026-12-03".
    static let dateReplaced = Pattern(#/(?i)\bremove\s+the\s+(?:existing\s+|current\s+)?(?:due\s+date|deadline|date)\s+(?:from|of|on)\s+(.+?)\s+and\s+(?:replace|change|set)\s+it\s+(?:with|to)\s+/#,
                                      example: "remove the existing due date from the rent task and replace it with 2026-12-03")
    /// "…, in addition to its existing label": the tag is added, as any tag is.
    static let inAddition = Pattern(#/(?i)\s*,?\s*in\s+addition\s+to\s+(?:its|the|their)\s+(?:existing|current|other)\s+(?:labels?|tags?)/#,
                                    example: ", in addition to its existing label")
    /// "assign it the label electronics": a tag given to the task just named.
    static let labelIt = Pattern(#/(?i)\b(?:assign|give)\s+(it|that|this)\s+the\s+(?:label|tag)\s+/#, example: "assign it the label electronics")
    /// "mark it as such": as what was just said of it, done.
    static let asSuch = Pattern(#/(?i)\bmark\s+(it|them|that)\s+as\s+such\b/#, example: "mark it as such")
    /// "any task containing the word "rent"": the word to look for.
    static let containingWord = Pattern(#/(?i)\b(?:search\s+(?:the\s+list|my\s+list|my\s+tasks)\s+for\s+)?(?:any|all|every)\s+tasks?\s+(?:containing|that\s+contains?|with)\s+the\s+words?\s+"?([\w-]+)"?/#,
                                        example: "search the list for any task containing the word \"rent\"")
    /// "the fifth task, "Water the plants", …": the task's title said beside its number.
    static let namedBeside = Pattern(#/(?i)\b((?:task|item)\s+\d+|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:task|item)),?\s+"[^"]+",?/#,
                                     example: "the fifth task, \"Water the plants\",")

    static func read(_ text: String) -> String {
        text.replacing(numberSign.regex) { $0.output.1 + " " }
            .replacing(ifYouWould.regex, with: "")
            .replacing(reflection.regex, with: "")
            .replacing(regret.regex, with: "")
            .replacing(thatTaskDone.regex, with: "it's done")
            .replacing(inFact.regex, with: " ")
            .replacing(noteFirst.regex) { "add a " + $0.output.1 + " to " + $0.output.3 + ": " + $0.output.2 }
            .replacing(labelSwap.regex) { "retag " + $0.output.2 + " as " + $0.output.3 + " instead of " + $0.output.1 }
            .replacing(dateReplaced.regex) { "move " + $0.output.1 + " to " }
            .replacing(inAddition.regex, with: "")
            .replacing(labelIt.regex) { "tag " + $0.output.1 + " " }
            .replacing(asSuch.regex) { "mark " + $0.output.1 + " done" }
            .replacing(containingWord.regex) { "tasks about " + $0.output.1 }
            .replacing(namedBeside.regex) { String($0.output.1) }
            .replacing(assignedLevel.regex) { ", " + ($0.output.1 ?? $0.output.2 ?? $0.output.3 ?? "") + " priority" }
            .replacing(recurrenceOf.regex) { "make " + $0.output.1 + " " }
            .replacing(setField.regex) { $0.output.1.lowercased().hasPrefix("due") || $0.output.1.lowercased() == "deadline" ? " due " : " " }
            .replacing(assignedLabels.regex, with: " tagged ")
            .replacing(fieldSentence.regex, with: ", ")
    }
}
