/// A user message with its politeness, closing punctuation and emoji peeled off.
///
/// "Could you please add milk?" and "add milk" should parse alike; the words that carry the
/// request keep their case, since task titles are cut from them.
struct Utterance: Equatable {
    /// The request words in the user's own case, typographic quotes folded to ASCII.
    let core: String
    /// `core` in lower case, for matching.
    let key: String
    /// The message in lower case with its closing peeled off but its opening kept: "hi there"
    /// is a greeting, though its core is "there".
    let whole: String
    /// True when the message ended with a question mark, which the core no longer shows.
    let asked: Bool

    static let opening = Pattern(#/(?i)^(?:(?:please\s+to|please|pls|plz|kindly|well(?=\s*,|\s+(?:i|we|you)\s)|(?:i\s+)?reckon(?:\s+that)?(?=\s+(?:the|my|our|i|we|it|that|this|you|y'?all)\b)|hi\s+there|hello\s+there|hey\s+there|right\s+so|right(?=\s*,)|already(?=\s+(?:i|we)\s)|never\s+mind(?=\s*,|\s+(?:just\s+)?(?:delete|remove|scrap|cancel|bin|drop|ditch|get\s+rid)\b)|wrong\s+(?:list|one)(?=\s*[,.;:\-–—]\s*(?:just\s+)?(?:delete|remove|scrap|cancel|bin|drop|ditch|get\s+rid)\b)|what\s+i\s+(?:actually\s+|really\s+)?want(?:ed)?\s+(?:to\s+(?:say|ask)\s+)?(?:was|is)|nah|(?:please\s+)?don'?t\s+(?:let\s+me\s+)?forget(?=\s*[,:;-])|how\s+to(?=\s+(?:delete|remove|finish|complete|mark|tick|add|change|move|rename|see|show|list|set|put)\s+(?!a\s+task\b|tasks?\b|a\s+reminder\b))|todo(?=\s+(?:done|add|rm|del|delete|set|edit|mv|complete|finish)\b)|(?:ah\s+)?sure\s+look|sure(?=\s*,)|grand(?=\s*,)|(?:fine|whatever|great|nice|cool|perfect|lovely|brilliant|awesome|excellent)(?=\s*,)|(?:you\s+betcha|ope|sweet\s+as|tidy|lush|canny|mint|buzzin['g]?|sound|ace|magic|gert\s+lush)(?=\s*,)|(?:you\s+)?go\s+(?:on\s+|ahead\s+)?and(?=\s+[a-z])|(?:i\s+)?(?:need|want|wish)(?=\s+add\b)|dear\s+[a-z]+(?=\s*,)|(?:(?:hey|hi|ok|okay)\s+)?(?:chattui|(?:assistant|siri|alexa|google|computer)(?=\s*[,:]))|oh\s+no|abeg|ow\s+bist|(?:(?:a|just\s+a)\s+)?quick\s+one\s*[,:;.\-–—]|one\s+more(?:\s+(?:thing|job))?\s*[,:;.\-–—]|might\s+could|ar(?=\s*,)|(?:proper\s+job|pronto)(?=\s*,)|(?:so\s+)?basically|(?:i'?m\s+)?(?:fixin'?g?|going|gonna|bound)\s+to\s+forget\s+(?:this|it)(?:\s+so)?|(?:b4|before)\s+i\s+forget(?:\s+(?:this|it))?\s*[,:;.\-–—]|(?:i\s+)?(?:nearly|almost)\s+forgot(?:\s+(?:this|it))?\s*[,:;.\-–—]|howay(?:\s+(?:man|pet|lad|hinny))?|hey|hi|hello|yo|ok|okay|yeah|yep|yup|so|also|and|now|just|oh|um+|uh+|hm+|erm|ah+|ugh|omg|oh\s+my\s+god|actually(?:\s*,?\s*no(?=\s*[,.!]?\s+[a-z]))?|no\s*,?(?=\s+(?:delete|remove|scrap|cancel|bin|drop|ditch|forget|get\s+rid)\b)|no\s+wait|wait|(?:hang|hold)\s+on|oops|sorry|good\s+(?:morning|afternoon|evening)(?=\s*[,.!])|do\s+me\s+a\s+favou?r(?:\s+and)?|while\s+(?:you'?re|ur|you\s+are)\s+at\s+it|would\s+you\s+mind|do\s+you\s+mind|(?:(?:would|could|will)\s+you\s+)?be\s+so\s+(?:good|kind)\s+as\s+to|(?:(?:please|pls|can\s+you|could\s+you|can)\s+)?help\s+me(?:\s+to)?|(?:i'?m\s+)?not\s+sure\s+(?:how|if|whether)\s+this\s+works(?:\s*,?\s*but)?|i\s+think(?=\s+(?:i|we)\b)|ngl|tbh|lowkey|aye|ciao|hiya|g'?day|chur|boss(?=\s*,)|(?:(?:would|could|will)\s+you\s+be|are\s+you)\s+able\s+to|can\s+you|could\s+you|would\s+you|will\s+you|you\s+can|(?:can|could|would|will)\s+u|i(?:'?d|\s+would)\s+like\s+you\s+to|i\s+would\s+be\s+(?:most\s+|very\s+|so\s+|really\s+)?grateful\s+if\s+you\s+(?:could|would|can)|i\s+(?:was|am)\s+wondering\s+if\s+you\s+(?:could|would|can)|i\s+wonder(?:ed)?\s+if\s+you\s+(?:could|would|can|might)|(?:do\s+you\s+|i\s+)?reckon\s+(?:you|u)\s+(?:could|can)|any\s+chance\s+(?:you\s+|u\s+)?(?:could|can)|i\s+(?:want|need)\s+you\s+to|(?:chore|refactor|docs)(?:\([^)]*\))?\s*:)(?:\s*[,.!]\s*|\s+))+/#,
                                 example: "could you please add milk")
    /// "…, thanks!", "…? Thank you dear.", "…. Kindly do the needful.", "…, grand", "… Kind
    /// regards, Margaret": thanks and sign-offs, after a pause, ask nothing of their own.
    static let closing = Pattern(#/(?i)(?:[\s,.!?]+(?:please|pls|plz|for\s+me|let'?s\s+go+[o!]*|por\s+favou?r|bitte(?:\s+sch(?:ö|oe?)n)?|s'?il\s+(?:vous|te)\s+pla[iî]t|svp|per\s+favore|prosz[eę]|shukran|shukriya|obrigad[oa]|grazie(?:\s+mille)?|dzi[eę]kuj[eę]|dzi[eę]ki|dhanyavaa?d|dhanyawaa?d|vielen\s+dank|muchas\s+gracias|xi[eè]\s*xi[eè]|(?:thanks|thank\s+you|thankyou|ta)(?:\s+(?:a\s+lot|a\s+million|a\s+mil|a\s+bunch|heaps|loads|muchly|again|very\s+much|so\s+much|ever\s+so\s+much|already))?(?:\s+(?:dear|love|mate|hun|so\s+much|x+))?|thx|ty|ta|cheers(?:\s+(?:mate|love|drive|x+))?|(?:god\s+)?bless\s+(?:you|ya|u)|much\s+appreciated|ta-?ra(?:-?a-?bit)?|wee\s+buns|soon\s+come|you\s+betcha|(?:maraming\s+)?salamat(?:\s+po)?|no\s+(?:worries|bother|pressure|stress)(?:\s+if\s+(?:not|you\s+can'?t))?|if\s+(?:(?:it|that)(?:'?s|\s+is)\s+)?(?:possible|no\s+trouble|not\s+too\s+much\s+trouble|all\s+right|alright|ok(?:ay)?)|if\s+you\s+(?:would|could|will|can|please|(?:don'?t|do\s+not|wouldn'?t)\s+mind)|(?:would|could|will|can)\s+you(?:\s+please)?(?:\s+(?:set\s+(?:it|that)(?:\s+one)?(?:\s+up)?\s+to\s+repeat|do\s+(?:that|it|this)|change\s+(?:it|that)|update\s+(?:it|that)|sort\s+(?:it|that)(?:\s+out)?|arrange\s+(?:it|that)))?|you'?ll\s+be\s+(?:glad|pleased|happy|relieved)\s+to\s+(?:hear|know)|(?:i\s+)?appreciate\s+it|(?:kindly\s+)?do\s+the\s+needful|thank\s+(?:god|goodness|heavens)|thanks\s+be\s+to\s+god|(?:(?:kind(?:est)?|best|warm(?:est)?)\s+regards|regards|best\s+wishes|yours\s+(?:sincerely|faithfully|truly)|sincerely|many\s+thanks|with\s+(?:many\s+)?thanks|thank\s+you\s+kindly|thanks\s+in\s+advance)(?:\s*[,.!]?\s*[a-z]+\.?(?:\s+[a-z]+\.?){0,2})?)|\s*[,.!]\s*(?:(?:that|it)(?:'?d|\s+would)\s+be\s+(?:grand|great|lovely|perfect|brilliant|ideal|fab|wonderful|ace|class|deadly|sound)|grand(?:\s+(?:job|so))?|sure\s+look|canny(?:\s+job|\s+one)?|tidy|lush|sound|boss|lovely|perfect|nice\s+one|good\s+(?:job|stuff)|job\s+done|sweet(?:\s+as)?|ta-?ra(?:-?a-?bit)?|tara\s+a\s+bit|lekker|bostin|that'?ll\s+do|happy\s+days|merci(?:\s+beaucoup)?|danke(?:\s+sch(?:ö|oe?)n)?|gracias|arigato|xie\s*xie|spasibo)|\s*,?\s+(?:by\s+the\s+way|btw)|\s*,?\s+(?:obviously|i\s+guess|finally|moving\s+on|whatever|apparently|uf+|o+f|ouf|puh|pf+|aiy[oa]h?|yaar|jaja|hehe)|\s+(?:fr|ngl|tbh|bab|y'?all|ar|chur|in\s?sh[a']'?\s?a?llah|god\s+willing|liao|lor|leh|ah(?=\s*\?)|yeah\s+(?:man|mon|bro|mate)|la|lol|lmao|eh|tho|though|innit|ha(?:ha)+|bruh|actually|idc(?:\s+any\s?more)?|wo+|yay+|woo+hoo+|phew|yes{2,})|\s*[,.!]?\s+diolch(?:\s+yn\s+fawr)?|\s*[,.!]?\s*proper\s+job|\s*,?\s+dreckly(?:\s+like)?|\s+o{2,}|\s*,\s*like|\s*,?\s+so\s+(?:i|it|we|he|she|they|you|yous)\s+(?:will|is|am|are|did|do|was|were|have|has|would|can|does))*[\s.!?,;]*$/#,
                                 example: "add milk for me, thanks!")

    /// "remind me 2 call dad", "need 2 buy milk", "remind me too email": "2" or "too" for
    /// "to" after a verb that takes one, typed or dictated; before a plural or an adjective
    /// ("need 2 photos", "need 2 new tyres") it is a number.
    static let textSpeakTo = Pattern(#/(?i)\b(me|need|needs|have|has|want|got|going|forget|remember|ought|how)\s+(?:2|too)\s+(?=[a-z])(?![a-z]*[^su\s]s\b)(?!(?:new|more|big|small|extra|spare|fresh|large|old|clean|good|other|different|separate)\s)/#,
                                     example: "remind me 2 call dad")
    /// "task 1s name": a possessive typed without its apostrophe.
    static let bareIDPossessive = Pattern(#/(?i)\b(task|item|number|no\.?|#)\s*(\d{1,9})s\b/#, example: "task 1s name")
    /// "ticked of the bike": "off" typed with one f after a verb that takes it.
    static let tickedOf = Pattern(#/(?i)\b((?:tick|check|cross|knock|strike|scratch)(?:ed|ing)?)\s+of\b(?!\s+course)/#,
                                  example: "ticked of the bike")
    /// "ad call the bank", "addd …", "del groceries": "add" with a letter missing or doubled (a
    /// phone's autocorrect, or a slip), "delete" clipped. Only as the first word: "call Del"
    /// keeps its name.
    static let clippedVerb = Pattern(#/(?i)^(?:(?:pls|please|plz)\s+)?(ad|add{2,}|del)\s+(?=[a-z#\d])/#, example: "ad call the bank")
    /// "would you mind marking the rent as paid": the request's verb, after "mind", as "-ing".
    static let mindDoing = Pattern(#/(?i)^(?:(?:would|do)\s+)?(?:you|u|ya|yous|y'?all)\s+mind\s+([a-z]+ing)\b/#, example: "y'all mind adding")
    private static let doingToDo: [String: String] = [
        "marking": "mark", "ticking": "tick", "deleting": "delete", "removing": "remove", "moving": "move",
        "changing": "change", "renaming": "rename", "adding": "add", "setting": "set", "putting": "put",
        "pushing": "push", "updating": "update", "completing": "complete", "crossing": "cross", "checking": "check",
        "making": "make", "tagging": "tag", "cancelling": "cancel", "canceling": "cancel", "postponing": "postpone",
        "showing": "show", "listing": "list", "clearing": "clear", "dropping": "drop", "bumping": "bump",
        "rescheduling": "reschedule", "scheduling": "schedule", "noting": "note", "reminding": "remind",
    ]
    /// "add... um... defrost the freezer": a pause trailed off between words is a comma.
    static let trailingOff = Pattern(#/\s*(?:\.{2,}|…)\s*(?=[A-Za-z0-9#])/#, example: "add... um... defrost")
    /// "the garage doesn't want doing till the 14th": "want" for "need", as Norfolk and the
    /// north say it, before a verb in "-ing".
    static let wantDoing = Pattern(#/(?i)\b(doesn'?t|does\s+not|don'?t|do\s+not|won'?t)\s+want\s+(?=[a-z]+ing\b)/#, example: "doesn't want doing")
    /// "at 5om": "pm" typed with the key beside "p".
    static let omForPm = Pattern(#/(?i)\b(\d{1,2}(?::\d{2})?)\s?om\b/#, example: "at 5om")
    /// "call the plumber full stop": punctuation said aloud to a dictating phone.
    static let spokenStop = Pattern(#/(?i)\s*\b(?:full\s*stop|exclamation\s+(?:mark|point))(?=\s|$)/#, example: "call the plumber full stop")
    static let spokenQuestion = Pattern(#/(?i)\s*\bquestion\s+mark\s*$/#, example: "what is left question mark")
    /// "the notes r done": text-speak "r" for "are" before what became of something.
    static let textSpeakAre = Pattern(#/(?i)\br\s+(?=(?:done|finished|sorted|paid|complete|completed|cancelled|canceled|over|off|handled|gone|booked|not|no)\b)/#,
                                      example: "the notes r done")
    /// "isnt actually done", "i called the dentist just now": softeners that only get in the
    /// way of the words that name a task.
    static let softener = Pattern(#/(?i)\b(isn'?t|is\s+not|wasn'?t|was\s+not|not|is|are)\s+(?:actually|really|quite|finally)\b|\bjust\s+(now)\b/#,
                                  example: "isnt actually done")
    /// "b4 friday", "fell thru", "chg due on #10": shorthand read as the words it stands for.
    static let shorthand = Pattern(#/(?i)\b(?:b4|thru|chg|n|rn|mv|th|dn|mrk|dlt|rmv|wht|hv|gt|fxd|gimme|lemme|2(?=\s+(?:mon|tue|wed|thu|fri|sat|sun|tom|tmr|next|the\s+\d)))\b/#, example: "fell thru b4 friday")
    /// "got a new one, add …", "new job for you: …": a new task announced before it is said.
    static let newOneLead = Pattern(#/(?i)^(?:(?:i'?ve\s+|we'?ve\s+)?got\s+)?(?:a\s+)?new\s+(?:one|job|task)(?:\s+for\s+(?:you|the\s+list)|\s+(?:from|after|out\s+of)\s+(?:the\s+|my\s+|today'?s\s+|this\s+)?[\w:'-]+(?:\s+[\w:'-]+)?)?\s*[,.:!–—-]+\s*(?:(?:please|pls)\s+)?(?:add\s+)?(?=\S)/#,
                                    example: "got a new one, add paint the shed")
    /// "add these: …", "add the following: …": several things announced, as "these things: …".
    static let addThese = Pattern(#/(?i)^((?:please\s+|pls\s+)?)(?:add|stick|put|pop|chuck|bung)\s+(?:these|the\s+following)(?:\s+(?:on|in|down|up))?(?:\s+(?:the|my)\s+list)?\s*:\s*/#,
                                  example: "stick these on: ")
    /// "passport renewal done and dusted": the idiom for done.
    static let doneAndDusted = Pattern(#/(?i)\bdone\s+(?:and|&|n)\s+dusted\b/#, example: "done and dusted")
    /// "the work-tagged ones": the ones tagged work.
    static let hyphenTagged = Pattern(#/(?i)\b([a-z]+)-(?:tagged|labell?ed)\s+(ones|tasks|items|stuff|things|jobs|todos)\b/#, example: "the work-tagged ones")
    /// "job 6 done", "push ticket 10 to sat": a trade's word for a numbered task.
    static let jobNumber = Pattern(#/(?i)\b(?:job|ticket)(?=\s*#?\d{1,4}\b(?![.,:]\d))/#, example: "job 6 done")
    private static let shorthandWords: [String: String] = [
        "b4": "before", "thru": "through", "chg": "change", "n": "and", "rn": "now", "mv": "move", "th": "the", "dn": "done",
        "mrk": "mark", "dlt": "delete", "rmv": "remove", "wht": "what", "hv": "have", "gt": "got", "fxd": "fixed", "2": "to",
        "gimme": "give me", "lemme": "let me",
    ]
    /// "today itself": emphasis on a day, as Indian English has it.
    static let dayItself = Pattern(#/(?i)\b(today|tomorrow|tonight|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}(?:st|nd|rd|th))\s+itself\b/#, example: "today itself")
    /// "on thursday, no wait, I mean wednesday", "thursday sorry tuesday not thursday": a day
    /// corrected as it is said is the day it was corrected to.
    static let correctedDay = Pattern(#/(?i)\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight)\s*(?:,|\.{2,}|…)?\s+(?:(?:no\s*,?\s+)?(?:wait|sorry|oops)|actually\s*,?\s*no|(?:no\s*,?\s+)?actually|no)\s*,?\s*(?:i\s+mean\s+|make\s+(?:it|that)\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight)(?:\s+not\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\b/#,
                                      example: "thursday, no wait, I mean wednesday")
    /// "high priority, actually no, medium": a level corrected as it is said.
    static let correctedLevel = Pattern(#/(?i)\b(?:high|medium|low)(?:\s+priority)?\s*(?:,|\.{2,}|…)?\s+(?:(?:no\s*,?\s+)?(?:wait|sorry|oops)|(?:actually\s*,?\s+)?no|actually)\s*,?\s*(?:i\s+mean\s+|make\s+(?:it|that)\s+)?(high|medium|low)\b(?:\s+priority)?/#,
                                        example: "high priority, actually no, medium")
    /// "emailed sarah so thats done": the news closed, typed without its apostrophe.
    static let soThats = Pattern(#/(?i)\bso\s+thats\b/#, example: "so thats done")
    /// "…tagged christmas and family as well": said as "too", which every rule reads.
    static let asWell = Pattern(#/(?i)\s+as\s+well\s*$/#, example: "tagged family as well")
    /// "garage: high priority and do it sunday": the day it will be done is its date.
    static let doItOn = Pattern(#/(?i)\s*,?\s+and\s+do\s+(?:it|that|this)\s+(?=(?:on\s+|by\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|tomorrow|tonight|next|this)\b)/#,
                                example: "high priority and do it sunday")
    /// "important!! cancel the old contract": a level cried out before the task, as if a label.
    static let levelExclaimed = Pattern(#/(?i)^((?:add\s+)?(?:urgent|important|asap|high\s+priority))\s*!+\s+(?=[a-z])/#, example: "important!! cancel the old contract")
    /// "isn't that important anymore, medium is fine": the level settled on, after the words
    /// that weighed it, is the one meant.
    static let settledLevel = Pattern(#/(?i)\b(?:isn'?t|is\s+not|not|doesn'?t\s+need\s+to\s+be|does\s+not\s+need\s+to\s+be|needn'?t\s+be)\s+(?:that\s+|so\s+|very\s+|really\s+|too\s+)?(?:important|urgent|pressing|high(?:\s+prio(?:rity)?)?)(?:\s+any\s?more)?\s*,\s*(?:but\s+|so\s+|just\s+)?(high|medium|low)(?:[\s-]+prio(?:rity)?)?(?:(?:\s+(?:is|would\s+be|will\s+be|should\s+be)|'s)\s+(?:fine|ok|okay|enough|plenty)|\s+will\s+do)\b/#,
                                      example: "isn't that important anymore, medium is fine")
    /// "dentist can be medium, not that urgent": a level allowed, with the remark that explains
    /// it, is the level.
    static let levelAllowed = Pattern(#/(?i)\b(can|could|should|may|might)\s+(?:just\s+)?(?:be|go|drop\s+to|go\s+down\s+to)\s+(high|medium|low)\b(?![\s-]+prio)(?:\s*,\s*(?:it'?s\s+|its\s+)?not\s+(?:that|so|very|really|too)\s+(?:urgent|important|pressing))?/#,
                                      example: "can be medium, not that urgent")
    /// "knock the dentist down to medium, not urgent anymore": the level named, then the
    /// remark that explains it, which read alone would make it low.
    static let levelThenRemark = Pattern(#/(?i)(\b(?:(?:up|down)\s+)?(?:to|as)\s+(?:high|medium|low)(?:[\s-]+prio(?:rity)?)?)\s*,\s*(?:it'?s\s+|its\s+)?(?:not|no\s+longer)\s+(?:that\s+|so\s+|very\s+|really\s+|too\s+)?(?:urgent|important|pressing)(?:\s+any\s?more|\s+now)?$/#,
                                         example: "down to medium, not urgent anymore")
    /// "make 7 low and 8 medium": a level each for two tasks under one verb.
    static let levelEach = Pattern(#/(?i)^(make|set|mark|put)\s+((?:task\s+|#)?\d+)\s+(high|medium|low)(?:\s+priority)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)((?:task\s+|#)?\d+)\s+(high|medium|low)(?:\s+priority)?$/#,
                                   example: "make 7 low and 8 medium")
    /// "status(#7)=done", "due(#7)=2027-02-01", "prio(#6)=high": a field set the way a tester
    /// writes it, read as the sentence it stands for.
    static let fieldCall = Pattern(#/(?i)^(status|due|prio(?:rity)?|title)\s*\(\s*(?:#|task\s+)?(\d{1,9})\s*\)\s*[=:]\s*(.+)$/#,
                                   example: "due(#7)=2027-02-01")
    /// "prio=high", "due=mon", "tags=qa,release", "sort=due": key=value pairs inside a request.
    static let keyValue = Pattern(#/(?i)\b(prio(?:rity)?|due|tags?|sort|status)\s*=\s*([\w,:-]+)/#, example: "prio=high due=mon")
    /// "call my brother in the Friday": a learner's "in the" before a day.
    static let inTheDay = Pattern(#/(?i)\bin\s+the\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/#, example: "in the Friday")
    /// "rename the notes -> write up the notes": an arrow typed for "to".
    static let arrow = Pattern(#/\s*(?:->|→|=>)(?!\s*(?:done|finished|completed?|sorted|paid|gone)\b)\s*/#, example: "rename a -> b")
    /// "email sarah -> mon": a task, an arrow, and only a date after it.
    static let arrowToDate = Pattern(#/^(.+?)\s*(?:->|→|=>)\s*(.+)$/#, example: "email sarah -> mon")
    /// "re: passport - EOD tmrw": a task named as an email subject, then only a date for it.
    static let regardingDate = Pattern(#/(?i)^re\s*:\s*(.+?)\s+[-–—]\s+(.+)$/#, example: "re: passport - EOD tmrw")

    /// "move TASK to DATE" when `date` is only a date, "make TASK p3" when it is only a level,
    /// else `whole` as it was.
    private static func moving(_ task: Substring, to date: Substring, else whole: Substring) -> String {
        if let level = PriorityPhrase.extract(from: String(date)), level.rest.trimming(" ,.!").isEmpty {
            return "make " + task + " " + date
        }
        guard let found = DuePhrase.extract(from: "due " + date), found.rest.wholeMatch(of: UpdateParser.dateComment.regex) != nil
        else { return String(whole) }
        return "move " + task + " to " + date
    }

    /// "delete7", "mark3done": a command typed without its spaces.
    static let glued = Pattern(#/(?i)\b(delete|remove|complete|mark|done|finish|tick|del|rm|task)(\d{1,9})(done|complete|completed|finished)?\b/#,
                               example: "mark3done")
    /// "mark it like completed": a learner's "like" for "as" before a state.
    static let likeForAs = Pattern(#/(?i)\b(mark|put|set|leave|count)\s+(it|that|this|them|[a-z]+)\s+like\s+(?=(?:done|completed?|finished|closed|resolved|paid)\b)/#,
                                   example: "mark it like completed")
    /// "add right the quarterly report": dictation's "right" for "write" where a task starts.
    /// "make rent do december second", "the bill is do friday": "due" as a phone hears it.
    static let dueHeard = Pattern(#/(?i)\b(is|are|was|be|now|(?:make|set)\s+(?:the\s+|my\s+)?[\w']+)\s+do\s+(?=(?:on\s+|by\s+)?(?:next|this|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the\s+\d)\b)/#,
                                  example: "make rent do december")
    /// "finished task for", "delete task to", "move task two to to friday": a number heard as
    /// the word that sounds like it, where only a number makes sense.
    static let numberHeard = Pattern(#/(?i)\b(task|item|number)\s+(for|four|to|too|two)\b(?=\s*[.!?]?$|\s+(?:as\s+)?(?:done|complete|completed|finished|off|to\s|too\s)|\s+and\s+(?:task|item|number|\d))/#,
                                     example: "finished task for")
    /// "move task nine too tomorrow": "to" heard as "too" after the task's number.
    static let tooHeard = Pattern(#/(?i)\b((?:task|item|number)\s+[\w-]+)\s+too\s+/#, example: "task nine too ")
    static let rightForWrite = Pattern(#/(?i)\b(add|to|must|need\s+to|have\s+to|gotta|should)\s+right\s+(?=(?:the|a|an|up|my|our|back|down|this|that|some|those|these|to)\b)/#,
                                       example: "add right the report")
    /// "y'all can check that off", "tick em off", "gonna need": spoken forms of "you",
    /// "them", "going to"; "dye date" or "do date": "due date" misheard or misspelt.
    static let spokenForm = Pattern(#/(?i)\by'?all\b(?![\s.!?,]*$)|'?\bem\b|\bgonna\b|\bwanna\b|\bfixin'?g?\s+to\b|\b(?:dye|do|dew)\s+date\b/#, example: "tick em off")
    private static let spokenForms: [String: String] = ["y'all": "you", "yall": "you", "em": "them", "'em": "them", "gonna": "going to", "wanna": "want to",
                                                            "fixin to": "going to", "fixin' to": "going to", "fixing to": "going to",
                                                            "dye date": "due date", "do date": "due date", "dew date": "due date"]
    /// "add buy formula oh and book the health visitor": "oh" only marks a thought just had.
    static let ohAnd = Pattern(#/(?i)\s*,?\s+oh\s*,?\s+and\s+(?:also\s+)?/#, example: " oh and ")
    /// "dentist and sarah both to monday", "make X and Y both monday": two tasks moved, in a
    /// note's shorthand.
    static let bothTo = Pattern(#/(?i)^(?!(?:move|push|shift|put|set|change|add|create|new|stick|remind)\b)(?:(?:make|have)\s+)?(.+?\s+and\s+.+?)\s+both\s+(?:(?:to|till|until|due(?:\s+on)?|for|on)\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*|to(?:day|morrow|night)\b.*|next\s.*|the\s+\d.*|\d.*)$/#,
                                example: "dentist and sarah both to monday")
    /// "add task 'return library books' with deadline 2026-12-10".
    static let withDeadline = Pattern(#/(?i)\s*,?\s+with\s+(?:a\s+|the\s+)?(?:deadline|due\s+date)(?:\s+(?:of|on|is|as))?\s+/#, example: " with deadline ")
    /// "move the dentist two monday": dictation's "two" for "to" before a day, unless it is an
    /// hour ("quarter past two tomorrow").
    static let twoForTo = Pattern(#/(?i)\b((?!(?:past|to|at|half|quarter|till|until|before|after|by|from|around|about)\b)[a-z]+)\s+two\s+(?=(?:next\s+|this\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th))\b)/#,
                                  example: "the dentist two monday")
    /// "for the passport please change the date to …": the task named first, then the change.
    static let forTopic = Pattern(#/(?i)^for\s+((?:the|my)\s+[a-z' ]+?)\s+(?:please\s+|pls\s+|can\s+you\s+)?((?:change|move|set|make|push|mark|tag|delete|remove|put)\b.*)$/#,
                                  example: "for the passport please change the date")
    /// "Trish wants the garage moved to the 14th": a move asked for by someone.
    static let wantsMoved = Pattern(#/(?i)^(?:[a-z]+\s+)?(?:wants|want|would\s+like|needs|need|'d\s+like)\s+(.+?)\s+(?:moved|pushed|changed|put\s+back)\s+(?:to|till|until)\s+(.+)$/#,
                                    example: "Trish wants the garage moved to the 14th")
    /// "could the groceries wait until Saturday?", "the bike can wait till monday", "sarah email
    /// can slip to next week", "that one can go on saturday": a wait to a day is a move.
    static let waitUntil = Pattern(#/(?i)^((?:[^,]+,\s*)?)(?:(?:could|can|may|might)\s+([^,]+?)|([^,]+?)\s+(?:can|could|will\s+have\s+to|has\s+to|must))\s+(?:(?:wait|slip|slide)\s+(?:until|till|til|'til|to)|go\s+(?:on|to|for|until|till)(?=\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|tmrw|next|this|the\s+\d|\d|in\s+(?:a|\d))\b))\s+(.+)$/#,
                                   example: "could the groceries wait until Saturday")
    /// "to the flights add also the tag family", "to the dentist add a note: bring the card":
    /// the task first, as German and French put it.
    static let objectFirst = Pattern(#/(?i)^to\s+(.+?)\s+(?:please\s+|pls\s+)?add\s+(?:also\s+|too\s+)?((?:a|the)\s+(?:note|description|tag|label)|tags?|labels?)(\s*:)?\s+(.+)$/#,
                                     example: "to the flights add also the tag family")
    /// "the garage can wait, put it in a fortnight": the wait explains the new date and
    /// says nothing of its level.
    static let waitThenDate = Pattern(#/(?i)^(.+?)\s+can\s+wait\s*[,.;:]?\s*(?:so\s+|just\s+|and\s+)?(?:put|move|push|do|shift|make|set)\s+(?:it|that|them)\s+(?:for\s+|to\s+)?((?:in|on|next|this|tomorrow|after|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|the\s+\d|\d)\b.*)$/#,
                                      example: "the garage can wait, put it in a fortnight")
    /// "change the title of email sarah to: email Sarah about the budget": the colon before
    /// the new words.
    static let renameColon = Pattern(#/(?i)^((?:change|rename|set|update)\s+.+?\s+to)\s*:\s+/#, example: "change the title of email sarah to: ")
    /// "make the note 'buy oven spray first'": the note of the task in hand, not a task
    /// whose name holds "note".
    static let noteChanged = Pattern(#/(?i)^(?:(?:actually|no|wait|sorry|oops)[\s,]+)*(?:make|change|set)\s+the\s+(?:note|description)\s+(?:to\s+|say\s+|read\s+)?(?=['"“]|\S)(.+)$/#,
                                     example: "actually make the note 'buy oven spray first'")
    /// "just the high priority ones": a list narrowed to the kind named.
    static let justTheOnes = Pattern(#/(?i)^(?:just|only)\s+(?=(?:the\s+)?(?:[#a-z-]+\s+){1,3}ones\??$)/#, example: "just the high priority ones")
    /// "meal prep every sunday pls add": the task first, the verb last on its own.
    static let addSaidLast = Pattern(#/(?i)^(?!add\b)(.+?)[\s,.!]+(?:pls|please|plz)\s+add[\s.!]*$/#, example: "meal prep every sunday pls add")
    /// "the first one you can mark done": the task said first, then the leave to mark it.
    static let youCanMark = Pattern(#/(?i)^((?:the|my|task|number|item|#)\b(?:(?!\bso\s)[^,;.!?])*?)\s+(?:you|u)\s+(?:can|could|may)\s+(?:now\s+)?(?:mark|tick|check|cross)(?:\s+(?:it|that))?\s+(?:as\s+)?(?:done|complete|completed|finished|off)$/#,
                                    example: "the first one you can mark done")
    /// "she's moved it to monday 3pm", "they've pushed the meeting to friday": news of a new
    /// date, made by someone else, is the move.
    static let movedBySomeone = Pattern(#/(?i)^[a-z]+(?:'s|'ve|\s+has|\s+have)?\s+(?:moved|changed|pushed|shifted|rescheduled)\s+(it|that|this|the\s+[a-z]+)\s+(?:to|till|until)\s+(.+)$/#,
                                        example: "she's moved it to monday 3pm")
    /// "put vet appt for Biscuit in for monday morning": something new put in the diary.
    static let putInFor = Pattern(#/(?i)^(?:put|stick|pop|pencil|bung)\s+(?!(?:the|my|task|it|that|this|them)\b|#|\d)(.+?)\s+in\s+(?=(?:for|on|at)\s)/#,
                                  example: "put vet appt for Biscuit in for monday")
    /// "slot the bike fix in for this weekend": a task already named ("the", "my", a number)
    /// fitted into a day is moved there; "squeeze in a haircut friday" is a new one.
    static let slotIn = Pattern(#/(?i)^(?:slot|fit|squeeze|pencil)\s+((?:the|my|task|#)\b.+?|#?\d+)\s+in\s+(?:for|on|to)\s+(.+)$/#,
                                example: "slot the bike fix in for this weekend")
    /// "change Email Sarah so that it is Tuesday afternoon": the change said as its result.
    static let soThatItIs = Pattern(#/(?i)^(?:(?:would|could|can|will)\s+you\s+(?:please\s+)?)?(change|set|make|alter|amend)\s+(.+?)\s+so\s+(?:that\s+)?(?:it'?s|it\s+is|it'?ll\s+be|it\s+will\s+be)\s+(?:due\s+)?(?:on\s+)?(.+?)(?:\s+instead)?$/#,
                                    example: "change Email Sarah so that it is Tuesday afternoon")
    /// "the garage isn't low priority any longer, it's high": the level denied, then the one it has.
    static let lowNoLonger = Pattern(#/(?i)\b(?:is\s+not|isn'?t|is\s+no\s+longer|'s\s+no\s+longer|'s\s+not)\s+(?:an?\s+)?low[\s-]+prio(?:rity)?(?:\s+(?:any\s*(?:more|longer)|now))?\s*[,;.\-–—]?\s*(?:(?:it'?s|it\s+is|make\s+it|but|now|so)\s+)+(?:high|urgent|important|top)(?:[\s-]+prio(?:rity)?)?/#,
                                     example: "isn't low priority any longer, it's high")
    /// "what's left on the shopping front": the front is the tag.
    static let onTheFront = Pattern(#/(?i)\bon\s+the\s+([a-z][\w-]+)\s+front\b/#, example: "on the shopping front")
    /// "put the garage off till the 14th": put off to a day is a move.
    static let putOff = Pattern(#/(?i)^put\s+(.+?)\s+off\s+(?:till|until|til|to|for)\s+(.+)$/#, example: "put the garage off till the 14th")
    /// "renew the licence in 3rd of Jan", "in monday": "in" where English says "on" before a day.
    static let inForOn = Pattern(#/(?i)\bin\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/#,
                                 example: "in 3rd of Jan")
    /// "got the shoppin' in": a spoken "-ing".
    static let droppedG = Pattern(#/(?i)\b([a-z]{3,})in'(?=[\s,.!?]|$)/#, example: "shoppin' ")
    /// "I made the payment of the rent": paid it.
    /// "I have paid the rent. How do I tick it off?": asking how, about a task named, is asking for it.
    static let howDoI = Pattern(#/(?i)\bhow\s+(?:do|can|would|should)\s+(?:i|we|u|you)\s+(?=(?:tick|mark|cross|delete|remove|complete|finish|move|change|rename|tag|clear)\s+(?!a\s+task\b|tasks?\b|a\s+reminder\b|things?\b|something\b|stuff\b|one\b))/#,
                                example: "how do I tick it off")
    static let madePayment = Pattern(#/(?i)\b(?:made|did|done)\s+(?:the\s+)?payment\s+(?:of|for|on)\s+/#, example: "made the payment of ")
    /// "tick em off mate", "that's done, love": a name for the listener after the request.
    static let vocative = Pattern(#/(?i)\b(off|it|that|this|them|done|now|please|pls|thanks|cheers|today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[a-z]{3,}ed)[\s,]+(?:my\s+)?(?:mate|love|hun|hon|honey|babe|luv|dude|bro|pal|buddy|man|sweetie|darling|pet|dear|duck|hen|sweetheart|chuck|our\s+kid|lad|la|kidda|cock|our\s+lass|cher)([\s.!?]*)$|\b([a-z0-9]+),\s*(?:my\s+)?(?:dear|darling|love|luv|mate|sweetheart|sweetie|hun)([\s.!?]*)$/#,
                                  example: "tick them off mate")
    /// "passport. renewed. tick.": a tick said as a word closing a message of fragments is
    /// "done".
    static let tickSaid = Pattern(#/(?i)[.,;!-]\s*(?:tick(?:ed)?|✓|✔)[\s.!]*$/#, example: "passport. renewed. tick.")
    /// "make the garage high priority pls, inspectors coming": a "please" inside the message,
    /// before a pause.
    static let innerPlease = Pattern(#/(?i)\s+(?:please|pls|plz)(?=\s*[,;])/#, example: "high priority pls, inspectors coming")
    /// "add a task too buy batteries": "to" as dictation writes it after the word for a task.
    static let taskToo = Pattern(#/(?i)\b(task|reminder|todo|note)\s+too\s+(?=[a-z])/#, example: "a task too buy batteries")
    /// "add by new headphones", "need to by milk": "buy" as dictation hears it, where no date follows.
    static let byForBuy = Pattern(#/(?i)\b(add|to)\s+by\s+(?!(?:the|this|next|end|tomorrow|tonight|today|tmrw|noon|midnight|lunch|close|eod|cob|then|when|now|later|mid|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|christmas|xmas|\d+)\b)(?=[a-z])/#,
                                  example: "add by new headphones")
    /// "remove task ate", "done with task for": a task's number heard as a word of another meaning.
    static let soundedNumber = Pattern(#/(?i)\b(task|item|number)\s+(ate|won)\b|\b(task|item|number)\s+(for|to|too)$/#, example: "remove task ate")
    /// "dleet the pasport won": "one" spelled by its sound after a task's name.
    static let wonForOne = Pattern(#/(?i)\b((?:the|that|this)\s+[a-z]+)\s+won\b(?!\s+(?:the|a|an|my|our|it|again|by|at|in)\b)/#,
                                   example: "the pasport won")
    /// "buy printer ink comma high priority period": punctuation dictated by name. "Period"
    /// and "comma" are words of titles too ("trial period"), so they are read as marks only
    /// when a message says two of them.
    static let dictatedMark = Pattern(#/(?i)\s*\b(comma|period)\b/#, example: "buy ink comma high priority period")

    /// "tick off task 7 comma the passport came": "comma" between two words is a pause, but
    /// not after "a" or "the" ("add an oxford comma", "fix the comma").
    static let spokenComma = Pattern(#/(?i)\b((?!(?:a|an|the|oxford|this|that|one)\b)[\w']+)\s+comma\b(?=\s+[\w#])/#,
                                     example: "tick off task 7 comma the passport came")
    /// "new task colon call the gas man": a colon dictated after the word that announces a task.
    static let spokenColon = Pattern(#/(?i)\b(task|to-?do|reminder|note|list|items?|things)\s+colon\b/#, example: "new task colon call the gas man")

    /// "hashtag fitness", "hash tag work": a tag said aloud, as voice typing writes it.
    static let spokenHashtag = Pattern(#/(?i)\bhash\s?tag\s+([a-z][\w-]*)/#, example: "hashtag fitness")

    private static func dictatedMarksRead(in text: String) -> String {
        let text = text.replacing(spokenHashtag.regex) { "#" + $0.output.1 }
        if text.matches(of: dictatedMark.regex).count >= 2 {
            return text.replacing(dictatedMark.regex) { $0.output.1.lowercased() == "comma" ? "," : "." }
        }
        return text.replacing(spokenComma.regex) { $0.output.1 + "," }.replacing(spokenColon.regex) { $0.output.1 + ":" }
    }

    /// "…, tick both off", "rent paid + dentist called": both named, both done.
    static let bothOff = Pattern(#/(?i),\s*(?:(?:please|pls|can\s+you|you\s+can)\s+)?(?:tick|mark|cross|check)\s+(?:them\s+|em\s+)?both\s+(?:off|done|as\s+done)$/#,
                                 example: ", tick both off")
    /// "'Quarterly review' w/ description: …": the shorthand before a field is "with"; in a
    /// title ("lunch w/ Priya") it stays as typed.
    static let withSlash = Pattern(#/(?i)\bw\/\s*(?=(?:the\s+|a\s+)?(?:description|desc|notes?|details|tags?|labels?)\b)/#, example: "w/ description")
    /// "for the 2. december": a day's number with the full stop that makes it an ordinal in
    /// German and much of Europe.
    static let ordinalStop = Pattern(#/(?i)\b(\d{1,2})\.\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/#, example: "2. december")
    /// "tag team mtg notes w/ sprint": after a verb that tags, what follows "w/" is the tag.
    static let tagWithSlash = Pattern(#/(?i)^((?:tag|label)\s+.+?)\s+w\/\s+/#, example: "tag the notes w/ ")
    static let plusSign = Pattern(#/(?i)([a-z]+ed|paid|done|sorted|sent|bought)\s+\+\s+(?=[a-z])/#, example: "rent paid + dentist called")
    /// "ring the electrician + send the quote": a plus before a verb joins two things to do.
    /// "chuck a food tag on the groceries", "bung a note on the insurance one: …": a tag or a
    /// note thrown on is put on, though "chuck the groceries" throws the task away.
    static let throwOn = Pattern(#/(?i)\b(?:chuck|bung|whack|throw|slap|shove|pop)\s+(?=(?:a|an|the|some|this|that)\s+(?:[#\w-]+\s+){0,2}(?:tags?|labels?|notes?|comments?|descriptions?)\s+(?:on|onto|to|for)\b)/#,
                                 example: "chuck a food tag on the groceries")
    /// "close that out", "close out task 4", "what have I closed out": office words for done.
    static let closeOut = Pattern(#/(?i)\b(close\s+(?:it|that|this(?:\s+one)?|them))\s+out\b|^(close)\s+out\s+(?=task\b|#|\d|the\b|it\b|that\b|my\b)|\b(closed)\s+out\b/#,
                                  example: "close that out")
    /// "action item for me: …", "three action items from standup: …", "my open action items":
    /// an office word for a task, said where a task would be.
    static let actionItem = Pattern(#/(?i)(^|\b(?:my|open|new|an|one|two|three|four|five|some|any|these|all|outstanding|pending)\s+)action\s+item(s?)\b/#,
                                    example: "new action item: prep slides")
    /// "that one can be closed", "task 10 can be closed": news that a task is finished.
    static let canBeClosed = Pattern(#/(?i)\s+(?:can|could|should)\s+(?:now\s+)?be\s+(?:closed|closed\s+(?:out|off)|signed\s+off)\b/#,
                                     example: "task 10 can be closed")
    /// "three action items from standup: …", "2 things for the weekend: …": a list announced
    /// by its count is a list to add, though no verb says so.
    static let countedLead = Pattern(#/(?i)^(?=(?:\d+|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+(?:new\s+)?(?:things|items|tasks|todos|to-?dos)(?:\s+(?:from|for|after|out\s+of)\s+[\w' -]{1,30}?)?\s*:)/#,
                                     example: "three tasks from standup: …")
    /// "monday COB (5pm)", "by EOW (fri)": the time or day in brackets pins the date said
    /// just before it down.
    static let timeInBrackets = Pattern(#/(?i)\s*\(\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midday)\s*\)/#,
                                        example: "monday COB (5pm)")
    static let weekEndInBrackets = Pattern(#/(?i)\b(?:eow|end\s+of\s+(?:the\s+)?(?:work(?:ing)?\s+)?week)\s*\(\s*((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?\s*\)/#,
                                           example: "by EOW (fri)")
    /// "… when you get a chance", "… if you get a sec": courtesy said last asks nothing.
    static let whenYouCan = Pattern(#/(?i)[\s,]+(?:when(?:ever)?\s+you\s+(?:get|have)\s+(?:a\s+)?(?:sec|second|min|minute|moment|chance|mo)|if\s+you\s+(?:get|have)\s+(?:a\s+)?(?:sec|second|min|minute|moment|chance))\s*(?=[.!?]*$)/#,
                                    example: "set the garage to medium when you get a chance")
    /// "— owner: me —", ", assignee: me": who does it, which on one person's list is always them.
    static let ownerMe = Pattern(#/(?i)\s*(?:[—–,;]|\s-)?\s*\b(?:owner|assignee|assigned\s+to|dri)\s*[:=]?\s*(?:me|myself)\b\s*[—–]?/#,
                                 example: "submit expense report — owner: me —")
    /// "its a blocker so high priority": why it matters, then the level it earns.
    static let soLevel = Pattern(#/(?i)(?:\s*[,.;?!]\s*|\s+)(?:it'?s|its|it\s+is|this\s+is|that'?s)\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+so\s+(?=(?:(?:very|really|super)\s+)?(?:high|low|medium|top|urgent)\b)/#,
                                 example: ", its a blocker so high priority")
    /// "email sarah should happen every monday going forward": a repeat said of a task.
    static let goingForward = Pattern(#/(?i)\b(?:going\s+(?:forward|fwd)|moving\s+forward|from\s+here\s+on(?:\s+in|\s+out)?)\b/#, example: "going forward")
    static let shouldRecur = Pattern(#/(?i)\s+(?:should|will|needs\s+to|has\s+to|must|is\s+going\s+to)\s+(?:happen|be\s+done|go\s+out)\s+(?=(?:every|each)\b|(?:weekly|daily|monthly|fortnightly)\b)/#,
                                     example: "email sarah should happen every monday")
    /// "anything with passport in it", "tasks with 'passport' in them": the words to look for.
    static let wordsInIt = Pattern(#/(?i)(?:\bwith|\bw\/)\s+(['"]?)([\w-]+(?:\s+[\w-]+)?)\1\s+in\s+(?:it|them|the\s+(?:title|name)s?)\b/#,
                                   example: "tasks with 'passport' in them")
    /// "can I get a view of tasks …", "could I see a list of …": asking to be shown.
    static let getAView = Pattern(#/(?i)^(?:can|could|may)\s+i\s+(?:get|have|see|grab)\s+(?:a\s+)?(?:view|list|look|rundown|overview)\s+(?:of|at)\s+/#,
                                  example: "can I get a view of tasks")
    /// "the flights task AND the garage one": a joining word typed in capitals for stress.
    static let shoutedJoin = Pattern(#/\s(AND|THEN|ALSO)\s/#, example: " AND ")
    /// "due date for fixing the bike: dec 12", "deadline on the report - friday": a field named, then its value.
    static let dueDateFor = Pattern(#/(?i)^(?:the\s+)?(?:new\s+)?(?:due\s+date|deadline)\s+(?:for|on|of)\s+(.+?)\s*(?::|\s[-–—=]|\s+(?:is|should\s+be|now))\s*(.+)$/#,
                                    example: "due date for fixing the bike: dec 12")
    /// "doneee", "flightsss", "finallyyy": a letter held for effect; no English word has one three times.
    static let stretched = Pattern(#/(?i)([a-z])\1{2,}/#, example: "doneee")
    /// "done lol that was quick", "… lmao its not even that bad": a laugh, then a remark on it.
    /// "doneee lol that was quick": news that the task just named is done, and fast.
    static let doneQuick = Pattern(#/(?i)^(?:done|finished|did\s+it)[\s,.!]*(?:(?:lol|lmao|haha+)[\s,.!]*)?(?:that|it)\s+was\s+(?:quick|easy|fast|painless)\b.*$/#,
                                   example: "done lol that was quick")
    /// ", im busy till then": why a date was chosen, said after it.
    static let busyTillThen = Pattern(#/(?i)\s*[,;]\s*(?:i'?m|im|i\s+am)\s+(?:so\s+|too\s+|really\s+)?(?:busy|away|swamped|slammed|snowed\s+under|flat\s+out)\b[^,;]*$/#,
                                      example: ", im busy till then")
    static let laughRemark = Pattern(#/(?i)[\s,]+(?:lol|lmao|lmfao|rofl|haha+|hehe+|xd)\b[\s,.!]*(?:(?:that|this|it|its|it'?s|i|im|i'?m|my|mine|she|he|they|we|so|omg|ngl|fr|tbh|but|jk|cant|can'?t)\b[^,;]*)?$/#,
                                   example: "done lol that was quick")
    /// "nvm, just delete that one": the change of mind is said by the request after it.
    static let nevermindLead = Pattern(#/(?i)^(?:nvm|never\s*mind|nevermind|scratch\s+that)[,.!\s]+(?:just\s+)?(?=(?:delete|remove|scrap|bin|cancel|get\s+rid|drop|mark|tick|complete|move|push|add|make|change|set|put)\b)/#,
                                     example: "nvm just delete that one")
    /// "ima need to …", "imma call mum": what the speaker has to do.
    static let imma = Pattern(#/(?i)^(?:ima|imma|i'?ma)\s+((?:need|have|got)\s+to\s+|gotta\s+)?/#, example: "ima need to")
    static let plusVerb = Pattern(#/\s+\+\s+([a-z]+)\b/#, example: "ring the electrician + send the quote")
    /// "add title=\"update test plan\"": a title given as a field, taken as written.
    static let titleField = Pattern(#/(?i)\btitle\s*=\s*"([^"]*)"/#, example: "title=\"update test plan\"")

    /// "take the dentist off the list, love, I've cancelled it": a name for the listener set
    /// off by commas inside the message.
    static let innerVocative = Pattern(#/(?i),\s*(?:love|pet|dear|hun|mate|duck|hen|darling|sweetheart)\s*,/#, example: ", love,")
    /// "scrap email sarah la, she's left": Scouse "la" closing a clause.
    static let scouseLa = Pattern(#/(?i)\s+la(?=\s*,)/#, example: "email sarah la,")

    /// "how r u": text-speak for "are you".
    static let textSpeakYou = Pattern(#/(?i)\br\s+u\b/#, example: "how r u")

    private static func sentence(field: Substring, id: Substring, value: Substring) -> String {
        switch field.lowercased() {
        case "status": return "mark #\(id) \(value)"
        case "due": return "make #\(id) due \(value)"
        case "title": return "rename #\(id) to \(value)"
        default: return "make #\(id) \(value) priority"
        }
    }

    private static func words(key: Substring, value: Substring) -> String {
        switch key.lowercased() {
        case "due": return "due " + value
        case "tag", "tags": return value.split(separator: ",").map { "#" + $0 }.joined(separator: " ")
        case "sort": return "sorted by " + value
        case "status": return String(value)
        default: return (value.lowercased() == "med" ? "medium" : String(value)) + " priority"
        }
    }

    init(_ text: String) {
        var core = TypoCorrector.correct(RegionalEnglish.read(LearnerEnglish.read(Scots.read(Pidgin.read(Hinglish.read(Filler.removed(from: FormalEnglish.read(TerseCommands.read(OrderForm.read(
            Self.dictatedMarksRead(in: TerminalSanitizer.sanitize(text).removingEmoji().foldingQuotes().collapsingSpaces()
                .replacing(Self.trailingOff.regex, with: ", "))))))))))))
            .replacing(Self.textSpeakTo.regex) { $0.output.1 + " to " }
            .replacing(Self.taskToo.regex) { $0.output.1 + " to " }
            .replacing(Self.textSpeakYou.regex, with: "are you")
            .replacing(Self.likeForAs.regex) { $0.output.1 + " " + $0.output.2 + " as " }
            .replacing(Self.rightForWrite.regex) { $0.output.1 + " write " }
            .replacing(Self.dueHeard.regex) { $0.output.1 + " due " }
            .replacing(Self.numberHeard.regex) { $0.output.1 + (["for", "four"].contains($0.output.2.lowercased()) ? " 4" : " 2") }
            .replacing(Self.tooHeard.regex) { $0.output.1 + " to " }
            .replacing(Self.glued.regex) { [$0.output.1, $0.output.2, $0.output.3 ?? ""].joined(separator: " ").trimming(" ") }
            .replacing(Self.timeInBrackets.regex) { " " + $0.output.1 }
            .replacing(Self.weekEndInBrackets.regex) { String($0.output.1) }
            .replacing(Self.arrowToDate.regex) { Self.moving($0.output.1, to: $0.output.2, else: $0.output.0) }
            .replacing(Self.regardingDate.regex) { Self.moving($0.output.1, to: $0.output.2, else: $0.output.0) }
            .replacing(Self.dueDateFor.regex) { Self.moving($0.output.1, to: $0.output.2, else: $0.output.0) }
            .replacing(Self.arrow.regex, with: " to ")
            .replacing(Self.textSpeakAre.regex, with: "are ")
            .replacing(Self.shorthand.regex) { Self.shorthandWords[$0.output.lowercased()] ?? String($0.output) }
            .replacing(Self.actionItem.regex) { $0.output.1 + "task" + $0.output.2 }
            .replacing(Self.newOneLead.regex, with: "add ")
            .replacing(Self.jobNumber.regex, with: "task")
            .replacing(Self.addThese.regex) { $0.output.1 + "add these things: " }
            .replacing(Self.hyphenTagged.regex) { $0.output.2 + " tagged " + $0.output.1 }
            .replacing(Self.dayItself.regex) { String($0.output.1) }
            .replacing(Self.inTheDay.regex) { "on " + $0.output.1 }
            .replacing(Self.correctedDay.regex) { String($0.output.2) }
            .replacing(Self.correctedLevel.regex) { $0.output.1 + " priority" }
            .replacing(Self.settledLevel.regex) { "is " + $0.output.1 + " priority" }
            .replacing(Self.levelAllowed.regex) { $0.output.1 + " be " + $0.output.2 + " priority" }
            .replacing(Self.levelThenRemark.regex) { $0.output.1 }
            .replacing(Self.levelEach.regex) { [$0.output.1, $0.output.2, $0.output.3, "priority and", $0.output.1, $0.output.4, $0.output.5, "priority"].joined(separator: " ") }
            .replacing(Self.levelExclaimed.regex) { $0.output.1 + ": " }
            .replacing(Self.soThats.regex, with: "so that's")
            .replacing(Self.asWell.regex, with: " too")
            .replacing(Self.doItOn.regex, with: ", ")
            .replacing(Self.fieldCall.regex) { Self.sentence(field: $0.output.1, id: $0.output.2, value: $0.output.3) }
            .replacing(Self.keyValue.regex) { Self.words(key: $0.output.1, value: $0.output.2) }
            .replacing(Self.spokenStop.regex, with: ".")
            .replacing(Self.spokenQuestion.regex, with: "?")
            .replacing(Self.softener.regex) { String($0.output.1 ?? $0.output.2 ?? "") }
            .replacing(Self.tickedOf.regex) { $0.output.1 + " off" }
            .replacing(Self.mindDoing.regex) { Self.doingToDo[$0.output.1.lowercased()].map { "would you mind " + $0 } ?? String($0.output.0) }
            .replacing(Self.throwOn.regex, with: "put ")
            .replacing(Self.stretched.regex) { String($0.output.1) }
            .replacing(Self.doneQuick.regex, with: "done it")
            .replacing(Self.busyTillThen.regex, with: "")
            .replacing(Self.laughRemark.regex, with: "")
            .replacing(Self.nevermindLead.regex, with: "")
            .replacing(Self.imma.regex, with: "i need to ")
            .replacing(Self.shouldRecur.regex, with: " ")
            .replacing(Self.goingForward.regex, with: "from now on")
            .replacing(Self.wordsInIt.regex) { " about " + $0.output.2 }
            .replacing(Self.getAView.regex, with: "show ")
            .replacing(Self.shoutedJoin.regex) { " " + $0.output.1.lowercased() + " " }
            .replacing(Self.whenYouCan.regex, with: "")
            .replacing(Self.ownerMe.regex, with: " ")
            .replacing(Self.soLevel.regex, with: ", ")
            .replacing(Self.canBeClosed.regex, with: " is done")
            .replacing(Self.countedLead.regex, with: "add ")
            .replacing(Self.closeOut.regex) { $0.output.2 != nil ? "close " : String($0.output.1 ?? $0.output.3 ?? "") }
            .replacing(Self.clippedVerb.regex) { $0.output.1.lowercased().hasPrefix("ad") ? "add " : "delete " }
            .replacing(Self.bareIDPossessive.regex) { $0.output.1 + " " + $0.output.2 + "'s" }
        // "to 'Repair the bicycle chain'": a quote's closing mark is not a dropped "g".
        let quotesATitle = core.firstMatch(of: AddParser.quoted.regex) != nil
        core = core.replacing(Self.spokenForm.regex) { Self.spokenForms[$0.output.lowercased()] ?? String($0.output) }
            .replacing(Self.bothOff.regex, with: ", both done")
            .replacing(Self.doneAndDusted.regex, with: "done")
            .replacing(Self.innerVocative.regex, with: ",")
            .replacing(Self.scouseLa.regex, with: "")
            .replacing(Self.plusSign.regex) { $0.output.1 + " and " }
            .replacing(Self.withSlash.regex, with: "with ")
            .replacing(Self.ordinalStop.regex) { $0.output.1 + " " }
            .replacing(Self.tagWithSlash.regex) { $0.output.1 + " with " }
            .replacing(Self.plusVerb.regex) { EnglishWords.startsATask(String($0.output.1)) ? " and " + $0.output.1 : String($0.output.0) }
            .replacing(Self.titleField.regex) { "'" + $0.output.1 + "'" }
            .replacing(Self.vocative.regex) { ($0.output.1 ?? $0.output.3 ?? "") + ($0.output.2 ?? $0.output.4 ?? "") }
            .replacing(Self.tickSaid.regex, with: ". done")
            .replacing(Self.innerPlease.regex, with: "")
            .replacing(Self.wonForOne.regex) { $0.output.1 + " one" }
            .replacing(Self.byForBuy.regex) { $0.output.1 + " buy " }
            .replacing(Self.soundedNumber.regex) { match in
                let (noun, word) = match.output.1.map { ($0, match.output.2 ?? "") } ?? (match.output.3 ?? "", match.output.4 ?? "")
                let number = ["ate": "8", "won": "1", "for": "4", "to": "2", "too": "2"][word.lowercased()] ?? String(word)
                return noun + " " + number
            }
            .replacing(Self.droppedG.regex) { quotesATitle ? String($0.output.0) : $0.output.1 + "ing" }
            .replacing(Self.ohAnd.regex, with: " and ")
            .replacing(Self.inForOn.regex, with: "on ")
            .replacing(Self.bothTo.regex) { "move " + $0.output.1 + " to " + $0.output.2 }
            .replacing(Self.withDeadline.regex, with: " due ")
            .replacing(Self.twoForTo.regex) { $0.output.1 + " to " }
            .replacing(Self.forTopic.regex) { $0.output.1 + ", " + $0.output.2 }
            .replacing(Self.wantsMoved.regex) { "move " + $0.output.1 + " to " + $0.output.2 }
            .replacing(Self.lowNoLonger.regex, with: "is high priority")
            .replacing(Self.objectFirst.regex) { match -> String in
                let field = String(match.output.2), task = String(match.output.1), value = String(match.output.4)
                let isNote = field.lowercased().hasSuffix("note") || field.lowercased().hasSuffix("description")
                return isNote ? "add \(field) to \(task): \(value)" : "add \(field) \(value) to \(task)"
            }
            .replacing(Self.waitThenDate.regex) { $0.output.1 + " is due " + $0.output.2 }
            .replacing(Self.renameColon.regex) { $0.output.1 + " " }
            .replacing(Self.youCanMark.regex) { "mark " + $0.output.1 + " done" }
            .replacing(Self.addSaidLast.regex) { "add " + $0.output.1 }
            .replacing(Self.noteChanged.regex) { "put a note on it: " + $0.output.1 }
            .replacing(Self.justTheOnes.regex, with: "show ")
            .replacing(Self.movedBySomeone.regex) { "move " + $0.output.1 + " to " + $0.output.2 }
            .replacing(Self.putInFor.regex) { "add " + $0.output.1 + " " }
            .replacing(Self.slotIn.regex) { "move " + $0.output.1 + " to " + $0.output.2 }
            .replacing(Self.waitUntil.regex) { $0.output.1 + "move " + ($0.output.2 ?? $0.output.3 ?? "") + " to " + $0.output.4 }
            .replacing(Self.soThatItIs.regex) { $0.output.1 + " " + $0.output.2 + " to " + $0.output.3 }
            .replacing(Self.putOff.regex) { "move " + $0.output.1 + " to " + $0.output.2 }
            .replacing(Self.onTheFront.regex) { "#" + $0.output.1 }
            .replacing(Self.omForPm.regex) { $0.output.1 + "pm" }
            .replacing(Self.wantDoing.regex) { $0.output.1 + " need " }
            .replacing(Self.madePayment.regex, with: "paid ")
            .replacing(Self.howDoI.regex, with: "")
        asked = core.hasSuffix("?")
        if let match = core.firstMatch(of: Self.closing.regex) { core.removeSubrange(match.range) }
        whole = core.lowercased()
        if let match = core.firstMatch(of: Self.opening.regex), match.range.upperBound < core.endIndex {
            core.removeSubrange(match.range)
        }
        self.core = core
        self.key = core.lowercased()
    }
}
