/// British spellings (and a few informal ones) folded to one form, so a model trained on
/// "organize" and "color" reads "organise" and "colour" alike.
///
/// Suffix rules cover the regular families (-ise/-ize, -our/-or, -yse/-yze) and a table the
/// doubled l ("cancelled", "labelled"), which no rule can tell from "spelled"; words the
/// rules would break ("promise", "detour") are kept as they are.
enum Spellings {
    private static let words: [String: String] = [
        "to-do": "todo", "to-dos": "todos", "todo's": "todos", "centre": "center", "theatre": "theater",
        "programme": "program", "grey": "gray", "cheque": "check", "tyre": "tire", "tyres": "tires",
        "catalogue": "catalog", "dialogue": "dialog", "mum": "mom", "mummy": "mommy", "pyjamas": "pajamas",
        "aluminium": "aluminum", "licence": "license", "defence": "defense", "practise": "practice",
        "enrol": "enroll", "fulfil": "fulfill", "ok": "okay", "k": "okay", "u": "you", "ur": "your",
        "pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks",
        "cancelled": "canceled", "cancelling": "canceling", "labelled": "labeled", "labelling": "labeling",
        "travelled": "traveled", "travelling": "traveling", "modelled": "modeled", "levelled": "leveled",
        "fuelled": "fueled", "signalled": "signaled", "totalled": "totaled", "channelled": "channeled",
        "jewellery": "jewelry", "traveller": "traveler", "counsellor": "counselor",
    ]
    private static let keep: Set<String> = [
        "noise", "raise", "raised", "praise", "rise", "wise", "otherwise", "promise", "premise", "exercise",
        "advertise", "surprise", "compromise", "expertise", "franchise", "merchandise", "precise", "concise",
        "four", "hour", "pour", "your", "tour", "sour", "flour", "our", "detour", "devour", "course",
        "revise", "supervise", "televise", "improvise", "devise", "disguise", "despise", "enterprise",
        "comprise", "demise", "treatise", "contour", "detours", "contours", "devours",
    ]
    /// Longest first, so "-isation" wins over "-ise".
    private static let suffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ourites", "orites"), ("ourite", "orite"),
        ("ouring", "oring"), ("oured", "ored"), ("ising", "izing"), ("ysing", "yzing"), ("ised", "ized"),
        ("ises", "izes"), ("ysed", "yzed"), ("ours", "ors"), ("ise", "ize"), ("yse", "yze"), ("our", "or"),
    ]

    static func fold(_ word: String) -> String {
        if let known = words[word] { return known }
        if keep.contains(word) || word.count < 6 { return word }
        for (british, american) in suffixes where word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }
}
