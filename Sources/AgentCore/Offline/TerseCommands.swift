/// Requests typed as to a command line or a ticket tracker: "ls +work", "rm 6 7", "grep
/// passport", "#2 eta fri 4pm", "#9 -work", "todo (p1): …", "tags=home,weekend". Each is said
/// again in the plain words the rules read, before any rule runs.
enum TerseCommands {
    /// "`prune old docker images`": code quotes around a title are quotes.
    static let backtick = Pattern(#/`/#, example: "`prune old docker images`")
    /// "don`t": a backtick between two letters is a mistyped apostrophe, not a quote.
    static let backtickApostrophe = Pattern(#/(\p{L})`(\p{L})/#, example: "don`t")
    /// "+infra", "+tech-debt": a tag given with a plus, as todo.txt and Taskwarrior write it.
    static let plusTag = Pattern(#/(?i)(^|[\s,(])\+([a-z][\w-]*)\b/#, example: "+infra")
    /// "#9 -work", "task 9 -work": a tag taken off with a minus.
    static let minusTag = Pattern(#/(?i)^((?:#|task\s+|item\s+)\d+)\s+-([a-z][\w-]*)\s*$/#, example: "#9 -work")
    /// "ls", "ls open", "grep passport", "rm 3", "git rm the dentist task", "nuke #1", "dump all tasks".
    static let commandWord = Pattern(#/(?i)^(?:(ls|dump(?=\s+(?:all|every|my)\b))|(grep)|(?:git\s+)?(rm|nuke|del)|(x\s+off))(?:\s+|$)/#, example: "grep passport")
    /// "ls --sort title", "--sort=due": a flag for the order.
    static let sortFlag = Pattern(#/(?i)\s*--sort(?:\s+|=)/#, example: "ls --sort title")
    /// "rm 6 7": numbers side by side, each a task.
    static let numberRun = Pattern(#/^(delete|done|complete|finish|close)\s+#?(\d+)((?:\s+#?\d+)+)$/#, example: "delete 6 7")
    /// "eta fri", "eta end of month": when it is expected done is when it is due.
    static let eta = Pattern(#/(?i)\beta\s*:?\s+(?=\S)/#, example: "eta fri")
    /// "todo (p1): migrate the blog": a level in brackets before the colon.
    static let bracketedLevel = Pattern(#/(?i)^(todo|task|add)\s*\((p[1-4]|high|low|medium|urgent)\)\s*:\s*(.+)$/#, example: "todo (p1): migrate the blog")
    /// "#10 desc: rear tyre is flat": a note for the numbered task.
    static let numberedNote = Pattern(#/(?i)^(?:#|task\s+|item\s+)(\d+)\s*:?\s+(?:desc|description|note|notes|comment)\s*[:=]\s*(.+)$/#,
                                      example: "#10 desc: rear tyre is flat")
    /// "write blog post -- note: …": a note set off by a double dash.
    static let dashedNote = Pattern(#/(?i)\s+--\s+(?=(?:note|desc|description|details?)\s*:)/#, example: " -- note:")
    /// "tags=home,weekend", "tags: work, travel": tags given as a field's value.
    static let tagsValue = Pattern(#/(?i)(?:,\s*|\s+)tags?\s*[=:]\s*(#?[a-z][\w-]*(?:\s*,\s*#?[a-z][\w-]*|\s+and\s+#?[a-z][\w-]*)*)\s*$/#,
                                   example: "#10 tags=home,weekend")
    /// "rename 7 to renew passport + visa": a new name, written as it should read.
    static let renaming = Pattern(#/(?i)^(?:rename|retitle)\b|\b(?:title|name)\s+(?:to|as)\b/#, example: "rename 7 to")
    /// "…, tags xmas, shopping", "tags shopping + kids": several tags named after "tags".
    static let tagsNamed = Pattern(#/(?i)(?:,\s*|\s+)tags\s+(#?[a-z][\w-]*(?:\s*(?:,|\+|&|\band\b)\s*#?[a-z][\w-]*)+)\s*$/#,
                                   example: "buy presents, tags xmas, shopping")
    /// "…, all tagged wedding", "- tag them all holiday": one tag for every task of a list.
    static let tagForAll = Pattern(#/(?i)\s*[,;–—-]*\s+(?:(?:and\s+)?(?:tag|label)\s+(?:them|these|those|each|both)(?:\s+all)?|(?:all|both)\s+(?:tagged|labell?ed))\s+(?:as\s+|with\s+)?#?([a-z][\w-]*)\s*$/#,
                                   example: "sun cream - tag them all holiday")
    /// "garage + bike both need doing": a plus with spaces round it between two names is "and",
    /// but not in a new task's title or a note ("note: 2 photos + old passport").
    static let spacedPlus = Pattern(#/(?i)([a-z])\s+\+\s+(?=[a-z])/#, example: "garage + bike")
    /// "p1s", "p1 stuff": the level said as a plural.
    static let pluralLevel = Pattern(#/(?i)\b(p[1-4])s\b/#, example: "open p1s?")
    /// "incl done": the short form of "including".
    static let including = Pattern(#/(?i)\bincl\.?(?=\s)/#, example: "incl done")
    /// "open p1s?", "done p2": a status and a level, with nothing else.
    static let statusLevel = Pattern(#/(?i)^(open|pending|done|closed)\s+(p[1-4])s?\s*\??$/#, example: "open p1s?")
    /// "+backend" said alone: a tag for the task just named.
    static let tagsAlone = Pattern(#/(?i)^\+([a-z][\w-]*)((?:\s+\+[a-z][\w-]*)*)$/#, example: "+backend")
    /// "1, 6 & 10": an ampersand between task numbers.
    static let ampersand = Pattern(#/(\d)\s*&\s*(?=#?\d)/#, example: "6 & 10")
    /// "tasks 1, 6 and 10 all done": every one of the numbered tasks, done.
    static let allDone = Pattern(#/(?i)^((?:tasks?|items?|numbers?)\s+#?\d+(?:\s*(?:,|and)\s*#?\d+)+)\s+(?:are\s+)?all\s+(done|finished|complete|completed|sorted)\b/#,
                                 example: "tasks 1, 6 and 10 all done")
    /// "p1 that", "p3 it": a level given to the task just named.
    static let levelFirst = Pattern(#/(?i)^(p[1-4])\s+(that|it|this)$/#, example: "p1 that")

    static func read(_ text: String) -> String {
        let fields = text.replacing(backtickApostrophe.regex) { $0.output.1 + "'" + $0.output.2 }
            .replacing(backtick.regex, with: "\"")
            .replacing(ampersand.regex) { $0.output.1 + " and " }
            .replacing(allDone.regex) { $0.output.1 + " are " + $0.output.2 }
            .replacing(statusLevel.regex) { "list " + $0.output.1 + " " + $0.output.2 + " tasks" }
            .replacing(tagsAlone.regex) { "tag it " + $0.output.1 + $0.output.2.replacing("+", with: "and ") }
            .replacing(bracketedLevel.regex) { "add " + $0.output.3 + ", " + $0.output.2 }
            .replacing(numberedNote.regex) { "note on task " + $0.output.1 + ": " + $0.output.2 }
            .replacing(minusTag.regex) { "remove the " + $0.output.2 + " tag from " + $0.output.1 }
            .replacing(plusTag.regex) { $0.output.1 + "#" + $0.output.2 }
            .replacing(tagsValue.regex) { " " + hashed(String($0.output.1)) }
            .replacing(tagsNamed.regex) { " " + hashed(String($0.output.1)) }
            .replacing(tagForAll.regex) { " #" + $0.output.1 }
        // A new task's title and a note after a colon, and a new name, keep the writer's own "+".
        let asIs = fields.contains(":") || fields.firstMatch(of: BulletList.lead.regex) != nil || fields.firstMatch(of: renaming.regex) != nil
        // "coffee pods + printer paper + post-its": all but the last "+" are a list's commas,
        // and three things so joined are a list even in a new task.
        let pluses = fields.matches(of: spacedPlus.regex).count
        var seen = 0
        let joined = asIs && (pluses < 2 || fields.contains(":")) ? fields : fields.replacing(spacedPlus.regex) { match in
            seen += 1
            return match.output.1 + (seen < pluses ? ", " : " and ")
        }
        return commanded(joined)
            .replacing(eta.regex, with: "due ")
            .replacing(dashedNote.regex, with: ", ")
            .replacing(pluralLevel.regex) { String($0.output.1) }
            .replacing(including.regex, with: "including")
            .replacing(levelFirst.regex) { "make " + $0.output.2 + " " + $0.output.1 }
    }

    /// "home,weekend" → "#home #weekend".
    private static func hashed(_ list: String) -> String {
        list.split { $0 == "," || $0 == " " || $0 == "+" || $0 == "&" }.filter { $0 != "and" }.map { "#" + $0.trimmingPrefix("#") }.joined(separator: " ")
    }

    /// The command word said in English, and numbers side by side joined as a list.
    private static func commanded(_ text: String) -> String {
        text.replacing(commandWord.regex) { match in
            if match.output.1 != nil { return "list " }
            if match.output.4 != nil { return "cross off " }
            return match.output.2 != nil ? "search for " : "delete "
        }
        .replacing(sortFlag.regex, with: " sorted by ")
        .replacing(numberRun.regex) { match in
            let numbers = [String(match.output.2)] + match.output.3.split(separator: " ").map { String($0.trimmingPrefix("#")) }
            return match.output.1 + " " + numbers.dropLast().joined(separator: ", ") + " and " + (numbers.last ?? "")
        }
    }
}
