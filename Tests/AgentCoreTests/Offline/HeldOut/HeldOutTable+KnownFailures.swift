/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the first three tables were written, 159 rows and 7 writes-nothing
/// rows failed; when the fourth (``HeldOutTable/fourth``) was added, 22 of its 100 rows did,
/// and the next session's engine work (emoji, postponements, priority verbs, news before a
/// request, renames by field, monthly days, overdue, due-day targets) made them all pass.
/// When the fifth (``HeldOutTable/fifth``) was added, 34 of its 96 rows failed; when the
/// sixth (``HeldOutTable/sixth``) was, 19 of its 93, five of them writing something wrong.
/// The engine work that followed (stories around a task's words, moments of the day,
/// interjections, restatements, comments after a date, notes by their task) made both pass.
/// When the seventh (``HeldOutTable/seventh``) was added, 31 of its 98 rows failed, 12 of them
/// writing something wrong; the work that followed (sign-offs and formal openings, "add that"
/// said last, one verb over a list, urgency negated across words, quoted labels, notes
/// "saying" something, moves in jargon, an emoji as a pause) left two. When the eighth
/// (``HeldOutTable/eighth``) was added, 27 of its 91 rows failed, 10 of them writing something wrong.
/// When the ninth (``HeldOutTable/ninth``) was added, 25 of its 94 rows failed, 16 of them
/// writing something wrong; the work that followed (letters, dictated punctuation, "remind me"
/// after when, quoted titles, "EOD monday", news before a change about the same task, a
/// search result acted on only when the words name it) left one. When the tenth
/// (``HeldOutTable/tenth``) was added, 15 of its 90 rows failed, 7 of them writing something
/// wrong; the work that followed (shorthand, "today itself", a tagging verb that starts a title,
/// "please add" said last, remarks after a change, news then "bump it up") left none. When the
/// eleventh (``HeldOutTable/eleventh``) was added, 21 of its 92 rows failed, 9 of them writing
/// something wrong; the first fixes (a day corrected as it is said, key=value fields, "right
/// so", "i need add", "ticked off the rent for this month", "rm #7") left eight, and the
/// next session's work two of them ("groceries I already bought", "is there anything about the
/// passport on there"). When the twelfth
/// (``HeldOutTable/twelfth``) was added, 31 of its 89 rows failed, 10 of them writing
/// something wrong; the work that followed (commit-message labels, "reckon you could", a
/// note said with a new task, a task named first then changed through "it", "the top one"
/// and "the last one", "X tonight instead of tomorrow", follow-ups that join two edits, and
/// a repeat the tools cannot keep refused on an update too) left two. When the thirteenth
/// (``HeldOutTable/thirteenth``) was added, 35 of its 98 rows failed, 18 of them writing
/// something wrong (fillers and particles left in titles, orders written as forms read as new
/// tasks); the work that followed (``Filler``, ``OrderForm``, tickets, a weekday before its
/// date, the task said before "I bought", "from now on", an arrow to a date) left one. When
/// the fourteenth (``HeldOutTable/fourteenth``) was added, 24 of its 93 rows failed, 10 of them
/// writing something wrong (Hinglish verbs said last, "shift X and bump it", "X should be
/// high priority" added as tasks); the work that followed (``Hinglish``, "Hey chattui",
/// "it" after a change to a named task, a tag changed "instead of" another, two errands
/// joined by "and") left three. When the fifteenth (``HeldOutTable/fifteenth``) was added, 27
/// of its 97 rows failed, 9 of them writing something wrong (a Pidgin "e no urgent" read as
/// high, times in words left in titles, "oh no take the date off" undoing the add); the work
/// that followed (times in words in the shared grammar, a bare phrase with a date dating the
/// task it names instead of adding a twin, bulleted lists, "delete7", numeric dates asked
/// about, ``Pidgin``, "what's in travel", "what about the bike") left the five last below,
/// none of which writes anything wrong. The sixteenth (``HeldOutTable/sixteenth``), written
/// after all of that, is the session's measure of how the engine generalises: 73 of its 94
/// rows passed on arrival, 4 of the 21 misses writing something wrong (Welsh "diolch" and
/// Filipino "po" left in titles, "could you put down …" keeping "put down"); the quick fixes
/// that followed left eight, none of which writes anything wrong. The last change of the session
/// (a change read whole, reason and all, after a named topic; a number in a title no task
/// reference) also made "oh wait also the flights thing, …" pass. The seventeenth
/// (``HeldOutTable/seventeenth``), written first in the next session, passed 66 of its 87 rows
/// on arrival, 7 of the 21 misses writing something wrong ("put in replace the valve" kept
/// "put in", "dentist call is first thing tomorrow" added a task, "change the bike to low
/// priority and due saturday" renamed it); the work that followed (deadlines said as
/// sentences, holidays and midnight in the shared grammar, Markdown checklists, an emoji for
/// the verb, fields said together or alone after an add) left one. The eighteenth
/// (``HeldOutTable/eighteenth``) passed 66 of its 91 rows on arrival (89 once two rows that
/// turned out to be training sentences were dropped), 12 of the 25 misses writing something
/// wrong (Scots "tae", "merci", "eh" and "sweet as" left in titles, "rent isn't monthly any
/// more" read as a lower priority, "the garage needs doing by …" added as a task); the work
/// that followed (``Scots``, thanks in other languages, tasks named by their due day with the
/// day the system prompt gives, or by their priority, words split by dictation joined again,
/// chat sentences around a request, remarks among the names of a change) left none, and
/// made eight of the rows below pass. The nineteenth (``HeldOutTable/nineteenth``) passed 75
/// of its 91 rows on arrival (88 are kept: three first messages were training sentences), 7
/// of the 16 misses writing something wrong ("a valuation at 14 Elm Road" kept its article,
/// "turn off the monthly repeat on pay rent" and "move the bike to saturday.. no, sunday"
/// added tasks); the work that followed (requests after "anyway", corrections said as the
/// request is made, "y'all", "gonna", "tick em off mate", a task named before "please change
/// to …") left the two first below. The twentieth (``HeldOutTable/twentieth``), written while
/// that work went on and scored on arrival, passed 78 of its 93 rows (84 %; 92 are kept, one
/// first message being a training sentence), 6 of the 15
/// misses writing something wrong ("tho", "innit", "entitled" and "Please:" left in titles,
/// "cross off email sarah pls, on a call" completing the dentist too); the fixes that
/// followed ("number 5" as a place in a list without #5, asides of place among names,
/// "sorted alphabetically" as an order, an add said in the passive) left the two below it.
/// The twenty-first (``HeldOutTable/twentyFirst``), written after all of that and left as it
/// arrived, is the session's last measure: 77 of its 87 rows passed (89 %), 2 of the 10
/// misses writing something wrong ("yeah man" and "New one." left in titles). The next
/// session fixed all ten (Geordie openings, fragments and a tick said as a word, "Done: X",
/// fields after "make X", a reason after a comma, "a list of …", two things in one add) and
/// four older ones. The twenty-second (``HeldOutTable/twentySecond``), written meanwhile and
/// scored after that work, passed 75 of its 90 rows on arrival (83 %; ten rows repeating a
/// test string were dropped), 5 of the 15 misses writing something wrong ("can or not" and
/// "i'm fixin to forget otherwise" left in titles, a completion by id then news of it
/// completing the next occurrence too, "make clean the garage high priority pls, inspectors
/// coming" added as a task, "move X to monday and Y to tuesday" added as one task); the
/// work that followed (Singlish, Welsh, Pidgin and Southern words, a verb left unsaid after
/// a move, news after a change read as its reason, "the new one", words spelled by sound)
/// passed all fifteen. The twenty-third (``HeldOutTable/twentyThird``), written after that,
/// passed 66 of its 90 kept rows on arrival (73 %; seven rows repeating a test string and
/// three training sentences were dropped), 15 of the 24 misses writing something wrong:
/// times written "3p" and "10a", punctuation dictated by name, requests numbered "1. … 2. …"
/// on one line, "can ah", a remark after the request ("we ALWAYS run out", "the old one
/// didn't survive", "because the shop shuts early") kept in titles, "did jane already book
/// the flights?" completing it. The work that followed passed all but the two "jane" rows
/// below: the person writes of themselves by a name the engine is never told. The twenty-fourth (``HeldOutTable/twentyFourth``), written after that,
/// passed 63 of its 85 kept rows on arrival (74 %; fifteen rows repeating a test string
/// were dropped), 7 of the 22 misses writing something wrong ("Put" and "pet" and "Don't
/// forget," left in titles, "order more foils and also order toner" added as one task,
/// "the holiday one needs doing by …" and a long thank-you added as tasks, "no rush on it"
/// lowering a priority nobody asked to change). The work that followed ("put" before a
/// verb, names for the listener, "don't forget,", "how to" before a request, "never mind
/// about X", thanks and sighs never added, "bicycle" and "teeth" for the bike and the
/// dentist, a reason after a question mark) left nine, listed below under its name. The
/// twenty-fifth (``HeldOutTable/twentyFifth``), written after that, passed 67 of its 80 kept
/// rows on arrival (84 %; nineteen rows repeating a test string and one training sentence
/// were dropped), 3 of the 13
/// misses writing something wrong (Scouse "la" and "friday... no actually make it" left in
/// titles, "defrost the freezer and descale the kettle" added as one task). The work that
/// followed (a day first as in a diary, a detail in brackets as the note, "la" and "sound",
/// a dash after a date, more errand verbs, a level corrected as it is said, "when is X due")
/// left two ("both" in answer to "which one?" among them), which the next session's work
/// fixed. When the twenty-sixth (``HeldOutTable/twentySixth``) was added, 16 of its 91 rows
/// failed, 4 of them writing something wrong ("the tomatoes don't need watering so often"
/// deleted the task; "move #7 to fri w/ high prio" added one); the work that followed (Scots
/// and Jamaican words, "items 4 and 9", a level after a new date, "before saturday" ending on
/// the Friday, a reason after "I must", a turn "on the bright side") left none. When the
/// twenty-seventh (``HeldOutTable/twentySeventh``) was added, 13 of its 84 rows failed, 5 of
/// them writing something wrong ("nowt urgent" read as high, "X can be medium priority"
/// added as a task); the work that followed (Yorkshire words, "oh and", "also" between two
/// requests, "mark it off", "*tuesday" and "no, wednesday" after an add, "the last one" for
/// the task just added, "until day 10") left none. When the twenty-eighth
/// (``HeldOutTable/twentyEighth``) was added, 14 of its 88 rows failed, 7 of them writing
/// something wrong ("Able to add a task to …", "Po: buy …", "… so I will" left in titles);
/// the work that followed (those openings and closings, "in 3rd of Jan", "X and Y both to
/// monday", "garage high", two dated things in one add, a verbless title done by a deed
/// such as "typed up") left one. When the twenty-ninth (``HeldOutTable/twentyNinth``) was
/// added, 16 of its 82 rows failed, 5 of them writing something wrong ("Flights:,, and add
/// the holiday tag" added as a task, "move the dentist two monday" added); the work that
/// followed (Geordie and Cornish words, "with deadline", dictation's "two", "for the X
/// please change …", "Trish wants X moved to …", "X needs paying first thing tuesday",
/// "add the holiday tag") left three. When the thirtieth (``HeldOutTable/thirtieth``) and
/// the thirty-first (``HeldOutTable/thirtyFirst``) were added, 15 of 90 and 14 of 90 rows
/// failed, 3 and 8 of them writing something wrong (numbered lines that ask added as tasks,
/// "is cleaning the garage marked as high?" setting it, "giz a reminder", "ta-ra", "y'all
/// mind adding" and "add to my list:" left in titles, "move X to tonight after my shift"
/// added); the work that followed (lines read as requests in a row, a level asked about
/// answered, "the night before the 9th", a pause at "!", "take X off", "the first two")
/// left four long messages that lean on context. When the thirty-second
/// (``HeldOutTable/thirtySecond``) and the thirty-third (``HeldOutTable/thirtyThird``) were
/// added, 14 and 16 of 87 rows each failed, 11 and 9 of them writing something wrong ("full
/// list please, done and not done" completing the meeting notes, "clear off the plants one,
/// it's done anyway" reopening them, "remind him to" and "a week on Friday" left in titles,
/// changes with a remark added as tasks); the work that followed (someone else's deed, both
/// statuses listed, a reopening only when the words say so, dates and times in more formats,
/// sign-offs) left one. When the thirty-fourth (``HeldOutTable/thirtyFourth``) and the
/// thirty-fifth (``HeldOutTable/thirtyFifth``) were added, 23 of 91 and 17 of 94 rows failed,
/// 8 and 5 of them writing something wrong (vowel-less shorthand "pls mv th rent 2 wed" and
/// Norfolk's "dun't want doing till the 14th" added as tasks, "2moro", "afore", "itself",
/// "new job:" and ", it's all on the huh" left in titles, "nappies and also wet wipes" added as
/// one); the work that followed fixed every wrong write and left the 21 misses below, none
/// of which writes anything. When the thirty-sixth (``HeldOutTable/thirtySixth``) and the
/// thirty-seventh (``HeldOutTable/thirtySeventh``) were added, 16 of 90 and 20 of 93 rows
/// failed, 6 and 8 of them writing something wrong ("stick this on my list:", "chur", "ar" and
/// "y'all" left in titles, "it's nowt urgent" and "🔥" not read as levels, "a fortnight
/// tuesday" and "end of play wednesday" left in titles, "napkins and foil trays" added as one);
/// the work that followed (lists of things, sign-offs, a correction that is a request of its
/// own, fields jotted in sentences of their own, "the 2nd of next month") left three, none of
/// which writes anything. When the thirty-eighth (``HeldOutTable/thirtyEighth``) and the
/// thirty-ninth (``HeldOutTable/thirtyNinth``) were added, 16 of 82 and 10 of 89 rows failed,
/// 2 and 4 of them writing something wrong ("the garage should be made high priority"
/// renaming it "Made high priority", "rent should go every 4 weeks" and "nice one mate, that's
/// me sorted for today" added as tasks, "priority 2" not read); the work that followed
/// (priorities as numbers, changes in the passive, the diary asked about, errands each with
/// its own day, "quick one", "inshallah") left two, neither of which writes anything. When
/// the fortieth to the forty-third (``HeldOutTable/fortieth`` … ``HeldOutTable/fortyThird``)
/// were added, 10 of 89, 7 of 80, 11 of 87 and 7 of 85 rows failed, 6, 1, 5 and 3 of them
/// writing something wrong ("chain'" read as a dropped "g" in a quoted title, a repeat
/// said not to recur set again, "add X and show me my list" as one title, "put the garage
/// off till the 14th" and "work tasks, urgent first" added as tasks); the work that followed
/// (a list after a request, a task named before a colon then its fields, "put off till",
/// "no rush at all", letters opening "I hope you're keeping well", "pakiadd po", "nix")
/// left eight, none of which writes anything. When the forty-fourth (``HeldOutTable/fortyFourth``)
/// and the forty-fifth (``HeldOutTable/fortyFifth``) were added, 10 of 89 and none of 78 rows
/// failed, 4 of them writing something wrong ("starting december 1st" left in a title,
/// "snooze X till next week" and "X happen every friday now" added as tasks, "flights are
/// urgent and need booking by dec 4" dating the task without the level); the work that
/// followed ("snooze", "resolve", "knocked out", "todo X", "filter by", a tag swapped for
/// another, a deadline given to a task, the time after a repeating weekday, "7.30pm") left
/// one, which writes nothing. When the forty-sixth (``HeldOutTable/fortySixth``) and the
/// forty-seventh (``HeldOutTable/fortySeventh``) were added, 22 of 93 and 8 of 81 rows failed,
/// 12 and 2 of them writing something wrong (dictated "comma", "colon" and "full stop" left in
/// titles, a story before "so here goes" or "so please remind me to" taken as the title,
/// "seven o'clock in the evening" read as 07:00, "put it back on my list as not done" added,
/// "add two tasks: X and cancel Y" read as an add and a delete); the work that followed left
/// 17, none of which writes anything wrong: two keep "The" at the head of a title as typed.
/// When the forty-eighth (``HeldOutTable/fortyEighth``) and the forty-ninth
/// (``HeldOutTable/fortyNinth``) were added, 23 of 116 and 21 of 105 rows failed, 11 and 8 of
/// them writing something wrong (a sentence about the app before the request, "I have a …
/// appointment", "b4 i forget", "nearly forgot" and "at 4pm" after the title kept in titles,
/// "tea bags, digestives and marmalade" as one task, a note "with a note saying" or "on X
/// please add a note -" added as a task, "its ever so cold isnt it" added, "finished X and Y
/// this morning" dating Y, "make it 11am" moving a saturday task to today); the work that
/// followed left 21, none of which writes anything wrong: one keeps "pls" out of a note. A
/// time alone ("make it 11am") is now sent with the task's own day, so that row passes.
/// When the fiftieth (``HeldOutTable/fiftieth``, people writing English as a second language)
/// and the fifty-first (``HeldOutTable/fiftyFirst``, people used to voice assistants) were
/// added, 21 of 110 and 22 of 108 rows failed, 8 and 10 of them writing something wrong
/// ("remember me to" kept in a title, "put in my list X, Y and Z" as one task, "put high
/// priority to the bike" and "repeat the garage cleaning every month" added as tasks, "add low
/// priority task: X" titled "Task: X", "five thirty p m" and "nine a m" left in titles,
/// "hashtag fitness" kept, "set the dentist for three p m tomorrow" added); the work that
/// followed left 6, none of which writes anything wrong.
/// When the fifty-second (``HeldOutTable/fiftySecond``, people who brain-dump: a story, then
/// the request, then why it matters) and the fifty-third (``HeldOutTable/fiftyThird``,
/// tradespeople typing between jobs) were added, 37 of 109 and 18 of 103 rows failed, 21 and 2
/// of them writing something wrong (the story before "- add …" kept in the title, "bc i
/// missed it", ", been putting it off" and "or we're eating toast" kept, "isn't low priority"
/// read as low, "move it to wednesday" after "can't do the dentist tomorrow" moving it to
/// tomorrow, a bike renamed "That", "i need to feel good" after a question added, "the second
/// one" after two adds changing task 2); the work that followed left 8, none of which writes
/// anything wrong. Updates now send "every monday" as the date and "weekly",
/// as adds do, so the rows that wanted that pass.
/// When the fifty-fourth (``HeldOutTable/fiftyFourth``, office workers in corporate jargon)
/// and the fifty-fifth (``HeldOutTable/fiftyFifth``, teenagers and gamers) were added, 25 of
/// 109 and 11 of 103 rows failed, 13 and 6 of them writing something wrong ("action item for
/// me:" and "owner: me" kept in titles, "X is now high prio, need it for …", "set X to medium
/// when you get a chance" and "due date for X: dec 12" added as tasks, "rename … and make it
/// low priority" renaming to the whole rest, "lol my teacher said so" kept, "chuck a food tag
/// on the groceries" deleting the groceries, "doneee lol" undoing the add); the work that
/// followed (office words, "EOW", a time or day in brackets, a laugh and the remark after it,
/// stretched letters, a tag thrown on, "can be closed", several tags at once, a time alone
/// kept on the task's day) made both pass. "What's due before dec 5" now lists by that date
/// alone, as five batches asked. When the fifty-sixth (``HeldOutTable/fiftySixth``, parents
/// typing one-handed) and the fifty-seventh (``HeldOutTable/fiftySeventh``, formal and exact
/// writers) were added, 12 of 111 and 35 of 114 rows failed, 2 and 13 of them writing
/// something wrong (a change then a remark, "make the bike low priority, no ones riding it",
/// added as a task; a quoted title that kept "and assign it high priority"; "remove the
/// existing due date from the rent task and replace it with …" deleting the rent; "if you
/// would" and "I should not have done that" added as tasks); the work that followed
/// (``FormalEnglish``, a change said before a remark, "due tomorrow pls" right after an add
/// dating that task) left 14, none of which writes anything wrong. When the fifty-eighth
/// (``HeldOutTable/fiftyEighth``, shift workers and nurses on a break) and the fifty-ninth
/// (``HeldOutTable/fiftyNinth``, developers typing as to a command line or a ticket tracker)
/// were added, 22 of 114 and 44 of 113 rows failed, 8 and 15 of them writing something wrong
/// ("garage monthly pls" and "bikes no rush" added as tasks "Garage" and "Bikes"; "3rd dec
/// 1600" read as the year 1600; "#2 eta fri 4pm" adding a task "Eta" tagged "2"; "task 4 p2"
/// adding "Task 4"; "ls p1" adding "Ls"; "+infra" and backticks kept in titles); the work that
/// followed (``TerseCommands``, a task named with only a field after it changing that task,
/// fields after a task's number, "s/old/new/", tags said last or after the task's name, a
/// repeat that starts "from" a day, a 24-hour time after a date) left two, neither writing.
/// When the sixtieth (``HeldOutTable/sixtieth``, small-business owners with order numbers and
/// amounts) and the sixty-first (``HeldOutTable/sixtyFirst``, grumpy and sarcastic people)
/// were added, 12 of 104 and 35 of 113 rows failed, 4 and 15 of them writing something wrong
/// (grumbles kept in titles: "Milk, we're out AGAIN", "Meal prep. sigh"; "#4521" taken for a
/// tag; "i hate everything today" added; "change the flights tag from travel to business"
/// renaming the task "Business"; "rent isn't monthly anymore it's every 4 weeks" ending the
/// repeat); the work that followed (a grumble after a task dropped unless it names a field,
/// sighs and scorn words ignored, tags swapped "from … to" and by possessive, a new repeat
/// after the old) left 18, none writing. "The 1st and 2nd ones" with no list shown stays a
/// question: "delete the top 3" must not guess. When the sixty-second
/// (``HeldOutTable/sixtySecond``, people who check the list, then act on the answer, correct
/// themselves and undo) and the sixty-third (``HeldOutTable/sixtyThird``, gardeners, cooks and
/// DIYers whose titles hold command words) were added, 16 of 106 and 8 of 105 rows failed, 6
/// and 3 of them writing something wrong ("no rush on that" kept in a title; "saturday.. no
/// sorry sunday" kept whole; "bread, butter & coffee" one task; an inline "1) … 2) … 3) …"
/// list one task; "isn't that important anymore, medium is fine" setting low; "the weekly
/// veg box" read as a weekly repeat; a note cut at its comma; "change the tags on X to a and
/// b" renaming the task); the work that followed (a correction "I meant the passport" taking
/// back the change and making it on the task named, status questions searched first so "it"
/// can follow them, a frequency before a noun kept in the title) left one. When the
/// sixty-fourth (``HeldOutTable/sixtyFourth``, people planning a wedding, a move or Christmas)
/// and the sixty-fifth (``HeldOutTable/sixtyFifth``, couples and housemates sharing a list)
/// were added, 11 of 98 and 18 of 108 rows failed, 2 and 5 of them writing something wrong
/// ("flights are important, prices keep going up" and "garage this weekend, he promised"
/// added as tasks; "tag the garage one tom so he knows it's his job" tagging "job"; "note: …"
/// after an add adding the note as a task; "tom says the garage is done. it is NOT. leave it
/// on there" completing it); the work that followed (one tag said for a whole list, a remark
/// about who promised or why cut from a change, a bare note after an add, a denied claim
/// changing nothing, news of what a named person did, "what's on for monday", "+" between
/// names, "as well" read as "too", "and do it sunday") left five. When the sixty-sixth
/// (``HeldOutTable/sixtySixth``, people dictating by voice: no punctuation, fillers, numbers
/// heard as other words) and the sixty-seventh (``HeldOutTable/sixtySeventh``, people tidying
/// a neglected list with bulk changes) were added, 11 of 105 and 7 of 95 rows failed, 4 and 2
/// of them writing something wrong ("eggs and bread and like coffee" one task; "I gotta uh I
/// mean I have to …" kept in a title; "make rent do december second" added; a note "for the
/// garage one" added as a task; "dentist can be medium, not that urgent" and "email sarah fri
/// at 2pm instead" added as tasks), and nothing read "all the work ones" or "everything due
/// tomorrow": the work that followed (a change to every task a filter picks, undone as one;
/// numbers and "due" heard as other words; a start given up; "and" between every item;
/// a level allowed; "instead" dating the task there) left four, one of them making the right
/// change in two writes. The third batch's two rows that expected "delete the finished ones"
/// to list the done tasks now expect them deleted, as the sixty-seventh does. When the
/// sixty-eighth (``HeldOutTable/sixtyEighth``, households run on routines and repeats) and the
/// sixty-ninth (``HeldOutTable/sixtyNinth``, office workers reorganising many tasks at once)
/// were added, 12 of 92 and 9 of 96 rows failed, 3 and 1 of them writing something wrong
/// ("remind me to top up the gas meter and renew the TV licence" one task; "make the dentist
/// call 3pm tmrw" added; "and add a note: …" after a change added as a task; "coffee pods +
/// printer paper + post-its" one task); the work that followed ("the work ones" and "both"
/// after a short list as many tasks, "every other tuesday", "when's rent due next", a tag
/// taken off everything) left eleven, one of them writing ("make the dentist call 3pm tmrw"
/// added a task), which the next session's work mended. When the seventieth
/// (``HeldOutTable/seventieth``, people writing English as a second language) and the
/// seventy-first (``HeldOutTable/seventyFirst``, people who check their list before they act)
/// were added, 22 of 110 and 5 of 94 rows failed, 8 and 2 of them writing something wrong
/// ("add to my list pick up the parcel" titled "List pick up …", "por favor" and "shukran" kept
/// in titles, "flights - make priority low" and "sarah email move on tomorrow afternoon" added
/// as tasks, "meeting notes: change tag work to office" written as a note, "add one more -
/// hoover the stairs" titled "One more - …"); the work that followed (a task said again with a
/// date dates it rather than adding a twin, a task named first and its command after with no
/// pause or no object, "ready with", "16h30", thanks in other languages, "change tag X to Y",
/// "the first" after a list) left six, none of them writing. One row of the fresh table
/// changed with it: "renew my passport in a month", said while "Renew passport" is on the
/// list, now dates that task instead of adding a second one. When the seventy-second
/// (``HeldOutTable/seventySecond``, parents juggling family logistics) and the seventy-third
/// (``HeldOutTable/seventyThird``, people typing fast on a phone, with real typos) were added,
/// 9 of 98 and 12 of 99 rows failed, 2 and 7 of them writing something wrong ("add 3 things -
/// …" one task; "note for the garage - …" added as a task; "nxt week", "mornign", "in a
/// fortnite", "remeber … tonite", "whenever is fine" and "travel + admin" left in titles;
/// "email sarah shld repeat every week" added); the work that followed (slips of the key
/// for "remember", "actually", "morning", "fortnight" and shorthand like "nxt", "shld",
/// "r"; a counted list after a dash; a note after a dash; "needs to be" before a date; tags
/// joined by "+"; "just the X ones"; "X are no rush") left eight, none of them writing.
/// When the seventy-fourth (``HeldOutTable/seventyFourth``, people keeping on top of health
/// and care) and the seventy-fifth (``HeldOutTable/seventyFifth``, several requests in one
/// longer message) were added, 6 of 102 and 58 of 115 rows failed, 1 and 28 of them writing
/// something wrong: a message of two requests is still mostly read as one. The first fixes
/// (a joining "then" or "also" after a full stop, a name or title that carries a second
/// sentence or command refused, "X - do it <date>") left 5 and 54, none of the former and 22
/// of the latter writing something wrong, most of them the first request right and the
/// second missing. The next session's first fixes (a classifier guess of "complete" no longer
/// overrides a date the rules read, a short name alone is no completion, ``SentenceTrail``,
/// another errand after ", and" or "also", the same change "as well", a retraction) left 47,
/// 17 of them writing. When the seventy-sixth (``HeldOutTable/seventySixth``, people
/// dictating by voice) and the seventy-seventh (``HeldOutTable/seventySeventh``, two or three
/// requests in sentences, "it" pointing back) were added, 6 of 93 and 40 of 116 rows failed,
/// 3 and 22 of them writing something wrong; the work that followed (fields in sentences of
/// their own joined to the task before, a task named or asked about then changed through
/// "it", searches that end with their sentence, "task too", "add by", "task ate", notes after
/// "X: add a note", "replace its tags", the same change to another task "too", quoted
/// titles in one add, each with its fields) left 3 and 10, 1 and 4 of them writing, and 41
/// of the seventy-fifth, 13 of them writing. The seventy-eighth (``HeldOutTable/seventyEighth``,
/// students) and the seventy-ninth (``HeldOutTable/seventyNinth``, older people, polite and
/// long-winded), written in the next session and scored on arrival, passed 95 of 100 and 87
/// of 111, 1 and 7 of the misses writing something wrong ("I should like to add …" and ",
/// could you pop that on the list?" left in titles, "the second one" after an add of two
/// read as task 2); the work that followed (names for the listener after a comma, "if that
/// is possible", "would you" said last, "description:", "X can wait until Y", "so that it is
/// Y", tags "as well as" or "rather than" others, news of a task then "tick it", a level
/// denied then said) left none and two, none of them writing. The eightieth
/// (``HeldOutTable/eightieth``, people trying the app for the first time) passed 77 of its 81
/// rows on arrival, 2 of the 4 misses writing something wrong ("tagged home, not shopping"
/// kept both tags, "oops i meant oat milk" renamed "Get milk" to "Oat milk"); the fixes that
/// followed left none. The same session's work on two requests after a list or a change
/// ("the 2nd one is done. oh and delete the first", "that one's done. ok and add …", "undo it
/// and mark 9 instead") made six more rows of the seventy-fifth and seventy-seventh pass.
/// The eighty-first to eighty-fourth (office jargon, hurried typing in capitals or none,
/// parents on their phones, English with another language's habits), scored on arrival,
/// passed 93 of 106, 89 of 92, 86 of 95 and 84 of 102, with 8, 1, 5 and 6 of the misses
/// writing something wrong ("ugh back to back meetings till COB" moved the meeting notes,
/// "to the flights add also the tag family" added a task "The", "add these for fri - …" one
/// task, "the garage can wait, put it in a fortnight" lowered it too); the work that followed
/// (office shorthand, a sigh never guessed at, dates with full stops, a part of the day before
/// the day, the task said first, "add … to it" after a list, "them both" after two adds) left
/// none, none, one and none, none of them writing. The eighty-fifth (teenagers texting in
/// slang) and eighty-sixth (longer conversations with remarks between requests), written
/// later that session, passed 86 of 95 and 79 of 97 on arrival, 3 and 2 of the misses
/// writing ("finna …" and "… pls add" kept in titles, "+" turned to "and" in a new name,
/// "just the high priority ones" added "The ones", "make the note '…'" renamed the meeting
/// notes); the fixes that followed (remarks passed over to the request before, "both of
/// those" after two adds, "just the X ones", the note changed in place) left 4 of 93 and 14
/// of 77, none writing. The next session read the conversation as a state: a field said
/// alone amends the change before ("no actually medium", "at 2pm", "sorry, the 2nd", "and
/// home too"), a follow-up carries the request on ("eggs as well", "and 4", "and 7", "and the
/// other one"), a list is narrowed, widened or sorted by what follows it, and "scratch that"
/// or "put the bike back" takes a change back; that left none of the eighty-sixth. The
/// eighty-seventh (people correcting and refining as they go) and eighty-eighth (the English
/// of India, Australia, Scotland, South Africa and Singapore), written after that work,
/// passed 76 of 98 and 80 of 87 on arrival, 6 and 1 of the misses writing something wrong
/// ("drop the priority on the dentist to medium" emptied the priority, "high priority only
/// pls" added a task "Only", "undo the last one" after two completions undid both, "sorry,
/// call it vet checkup not dentist checkup" kept the old name, "need the bike fixed by tmrw
/// evening" added a task); the fixes that followed left one of each, neither writing. The
/// eighty-ninth (people exact about when: "three weeks today", "the week after next", "12.30",
/// "a week later") and ninetieth (planning tomorrow the evening before), written later that
/// session, passed 83 of 96 and 87 of 97 on arrival, 6 and 1 of the misses writing ("add book
/// MOT the week after next" kept the date in the title, "need to: a; b; c" one task, "flights
/// are my top thing tmrw" added a task); the fixes that followed (new phrases of the shared
/// date grammar, a time no rule read asked about) left 7 and 4, one of them writing.
/// Each batch's rows below are grouped under its name, the newest first.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        // ninetieth: planning tomorrow the evening before
        "show me what's tagged travel ⏎ that's done, booked them this arvo",
        "set a deadline of weds on the flights",
        "the garage isn't getting done this year, delete it",
        "dentist to saturday pls",
        // eighty-ninth: exactly when, times and days in every form
        "stick lunch with Tom in for 12.30 on the 2nd",
        "add chase the invoice, this time tomorrow",
        "sarah email a week later pls",
        "change the time on task 9 to 7.30pm",
        "stick a #weekend tag on the groceries",
        "remind me to call the vet tomorrow ⏎ make that 10 past 4 in the afternoon",
        "add pick up the cake ⏎ for saturday, and tag it party",
        // eighty-eighth: the English of India, Australia, Scotland, South Africa, Singapore
        "got the messages in",
        // eighty-seventh: corrections and refinements in short back-and-forths
        "find anything mentioning sara ⏎ sarah with an h sorry",
        // eighty-fifth: teenagers texting in slang
        "dentist aint that deep, make it low",
        "got anything w dentist in it?",
        "whats up w the dentist task ⏎ push it to monday",
        // eighty-third: parents juggling family logistics
        "task 10 is Sam's bike not mine, call it Fix Sam's bike",
        // seventy-ninth: older people, polite and long-winded
        "Scrub out the groceries, my daughter does my shopping now.",
        "I email Sarah every Monday, really. Could you set that one up to repeat?",
        // seventy-seventh: two or three requests in sentences, "it" pointing back
        "add two things: return library books and buy printer ink. the ink one is urgent",
        "put 'buy stamps' on my list. oh and also 'post the parcel'. the parcel one is due tomorrow",
        "groceries done ✅ ok and add buy more coffee",
        "the water the plants one is finished anyway. delete it",
        "email sarah is due friday right? make it tonight instead",
        "water the plants: done ✔ ok cheers",
        // seventy-sixth: dictated by voice
        "add bread eggs and um bananas",
        "done with eight and nine",
        "put a note on the garage um take old paint to the dump",
        // seventy-fifth: several requests in one message, most not yet split
        "need to book a haircut sometime next week, no rush. also renew car insurance by dec 15, that one's urgent",
        "new task: ring the bank about the card, tomorrow afternoon. and the dentist's sorted, rang them first thing",
        "this weekend i need to mop the kitchen floor, vacuum the stairs and dust the shelves, pls add them",
        "stick 'buy wrapping paper' on there w/ the shopping tag, and 'post the xmas cards' by dec 10th",
        "two things: 1) read chapter 4 for book club by tuesday 2) message landlord about the boiler asap",
        "Add a task to back up my laptop every 2 weeks, and one to clear out my inbox tonight",
        "pls add 'call the plumber' for tomorrow morning w/ a note 'number is on the fridge'. oh and the passport renewal is done!!",
        "add take the car for its MOT in a fortnight and also pay the water bill on the 1st, monthly",
        "add 'sprint retro' every friday at 4pm tagged work, and delete team meeting notes, dont need it anymore",
        "I paid the rent already so mark that done. and the passport too",
        "mark the first one and the fourth one as done",
        "emailed sarah, called the dentist. cross both off",
        "Team meeting notes are written up and sent. Mark it complete and make a new one called 'send follow-up email' for tomorrow",
        "the garage is finally done!! and you can delete the bike one, getting a new one anyway",
        "Can you remove 'Water the plants'? It's done anyway and I don't want to see it. And delete the meeting notes one too.",
        "bin tasks 7, 8 and 10 lol, clearing out",
        "take the work tag off the meeting notes and tag it personal instead",
        "pay rent should be high priority. also it's actually due on the 2nd not the 1st",
        "passport -> urgent, due in a fortnight",
        "the garage isn't low priority anymore, make it high. and it should be done this weekend",
        "3rd one: make it weekly?? no wait, keep it monthly but put it on high",
        "change the bike one to 'take the bike to the shop', and there's no rush on it",
        "put notes on two of them pls. dentist: ask about the filling. passport: need new photos",
        "the meeting notes are for tuesday afternoon. also they're important",
        "call the dentist: rename to 'dentist checkup' and drop it to low",
        "what's on the dentist one? actually nvm just change it to wednesday 11am",
        "does the rent one repeat? anyway push it to the 3rd",
        "what's open under work? and is anything urgent?",
        "is there anything about the bike? then show me what's done",
        "add 'get new tyres' and 'book MOT' ⏎ make book MOT urgent and put the tyres on saturday",
        "what's high priority? ⏎ ok push that one to monday and add a note: ask about whitening",
        "add pick up dry cleaning for tomorrow ⏎ thx. also make it 5pm and mark the groceries done",
        "rename the bike task to 'sell the bike' ⏎ hmm no, put it back how it was. and delete the garage one",
        "mark water the plants as done and thanks for yesterday's help!",
        "tick it off and delete the other one",
        "can you finish off task 5 for me? cheers",
        // seventy-fourth
        "tasks 1 and 2 both done now",
        "meeting notes done x",
        "done: dentist call + emailing sarah",
        "tasks 4 and 9, bump both to high",
        "change its time to 3pm",
        // seventy-third
        "put \"window seat\" in the flight notes",
        "tag dentist health and passport admin",
        // seventy-second
        "garage is top priority now, in-laws are coming",
        "flights - bump to high priority and tag it xmas",
        "just the work ones pls",
        // seventy-first
        "meeting notes due in a fortnight, high prio",
        // seventieth
        "i already did the dentist call and also the sarah mail",
        "task 2 is not so urgent anymore, put medium",
        "is there something with passport?",
        "which are pending from shopping tag?",
        "is there something about the bike? ⏎ ok make it high priority",
        // sixty-ninth
        "bin the low priority stuff, never getting to it",
        "email sarah isn't work anymore, retag it personal",
        // sixty-eighth
        "rent's paid for december",
        "push rent back to friday the 4th just this once",
        "skip december's rent, landlord's given us the month free",
        "give myself a fortnight for the flights",
        // sixty-seventh
        "split the garage job: add \"sweep the garage\" and \"tip run\", then delete the old one",
        // sixty-sixth: the tag swapped in two writes, the end state right.
        "remove the travel tag from flights and tag it holiday",
        "put a note on book flights check the baggage allowance",
        // sixty-fifth
        "he says the garage is done and for once he's right, tick it off",
        "mark the 2nd and 3rd ones complete",
        "both work things are done - the meeting notes and sarah's email",
        // sixty-fourth
        "ok so for the move i need to add: book the van for the 12th, change address with the bank, defrost the freezer on the 11th",
        // sixty-second
        "which ones are tagged work again ⏎ mark the meeting notes done ⏎ no the other one",
        // sixty-first
        "the 1st and 2nd ones are done, moving on",
        "passport's renewed, 2 HOURS in that queue, never again",
        "why is the bike thing STILL on here?? delete it",
        "passport, high priority. trip is in like 3 weeks, brilliant",
        "what's on my work pile",
        "where's the passport thing, search for it",
        "shopping tag, what's on it",
        "add buy a new toaster ⏎ make it high priority, the old one literally EXPLODED",
        "what's the dentist one about ⏎ move it to monday then",
        "add renew gym pass ⏎ add sort the recycling ⏎ actually delete that last one",
        // sixtieth
        "bin off number 6, trip's cancelled",
        "meeting notes - put the details as: Q4 targets, 3 new clients, hire 1 PT",
        // fifty-eighth
        "got my new passport thru the post",
        "did the shopping and the team notes on my break",
        // fifty-seventh
        "Add: Order new spectacles. Description: the prescription is in the blue folder. Priority: low.",
        "Would you add two tasks, please: first, \"Return the library books\"; second, \"Buy a birthday card for Margaret\".",
        "I have just noticed that the smoke alarm has begun to chirp. Please add \"Replace the smoke alarm battery\" with priority high.",
        "Kindly delete the completed task concerning the plants.",
        "Please replace the labels on task no. 4 with \"meetings\" only.",
        "The task \"Book flights\" should also carry the label holiday; please add it.",
        // fifty-sixth
        "add order dad's repeat prescription, high priority, he's nearly out",
        "rent needs paying by dec 3 this month, change it",
        "team meeting notes - take off the work tag and put school instead",
        "shopping tag pls",
        "mark the plants as watered, did it before school",
        // fifty-third
        "add invoice the taylors £2,350 ⏎ add order skirting board ⏎ invoice sent, mark it done",
        // fifty-second
        "cleaned the garage AND called the dentist, productive morning for once",
        "can u get rid of 6 and 8 i'm overwhelmed just looking at them",
        "add buy a new kettle ⏎ actually nvm the old one works fine, delete it",
        // fifty-first
        "ok so remove the bike one i sold the bike",
        // fiftieth
        "groceries I do every week, put it repeating weekly",
        // forty-ninth: the note without "pls" stores what a person means.
        "low priority: sort out the loft",
        "book parking for graduation dec 16 - note: need 2 spaces",
        "dont need the rent one anymore weve moved out, delete it",
        "passport - high priority and due mon",
        "email sarah by mon not fri",
        "rent due dec 2 this time",
        "flights - change tag to holiday",
        "dentist to mon and bike to sun",
        "show travel stuff ⏎ put a note on it: window seat pls",
        // forty-eighth
        "two things please dear, phone the gas man and buy bird seed",
        "please add order the turkey from the butchers, put it under shopping and christmas",
        "got the new passport through the post today so thats finished",
        "change the rent so it repeats every four weeks",
        "show me everything that's due before the 1st of December",
        "what have I got about the dentist ⏎ move it to monday please",
        // forty-seventh
        "new recurring task: mow the lawn every 2nd week",
        "erase the finished plants task",
        "the bike can wait until a week from friday",
        "the team meeting notes should be weekly, every monday",
        "rent is a one-off from now on",
        // forty-sixth: the first two keep "The" in the title, as typed (see TitleRoundTripTests).
        "Could you add the church flower rota every Sunday please",
        "I'd like to add the parish council meeting, it's on the tenth of December at seven o'clock in the evening",
        "remind me to collect Mum's prescription tomorrow ⏎ oh I've just remembered my neighbour picked it up for me yesterday so that's done",
        "hello dear, just to let you know the bike is back from the repair shop and working beautifully, so that one's done",
        "I've emailed Sarah, and I've also done the team meeting notes",
        "I need to water the plants again, would you put it back on my list as not done",
        "delete the garage one ⏎ oh no I didn't mean that, please undo it",
        "Would you read me out everything I've already done",
        "what have I got with the work tag on it",
        // forty-fourth: "12/10" is 12 October or 10 December; the engine asks which.
        "set a to-do for 12/10 to pick up my prescription",
        // forty-third
        "put fitness test on the 3rd of jan",
        "rent paid only, please close the task",
        "can remove the rent one ah, moving out already",
        // forty-second
        "wipe number three off",
        "what have I got for travel",
        "fit like, fit's on for work?",
        // forty-first
        "got the messages in, you can tick that off",
        // fortieth
        "WHAT HAVE I GOT WITH HIGH PRIORITY",
        // thirty-eighth
        "flights already book liao",
        // thirty-seventh
        "so i went down tesco then got all the groceries then came home so yeah thats done",
        // thirty-sixth: five later batches list "due before <a date>" by that date alone; this one wanted pending, by due date.
        "which tasks are due before the 10th of december?",
        "add put the winter tires on next tuesday eh",
        // thirty-fifth
        "gonnae add phone the council aboot the bins",
        "garage clean out finish, tick it nah",
        "passport task give medium priority please",
        "the groceries need doing tonight, can you set that",
        "Show me tasks with flights",
        // thirty-fourth
        "got the garage done on my day off",
        "the rent went out of my account this morning so you can tick that off",
        "I already make the shopping",
        "I've called the dentist, chale",
        "gorra the garage sided, mark it off",
        "what work have I still got to do",
        "please show me everything, also the finished ones",
        // thirty-third
        "finished the work one about the meeting",
        // thirtieth
        "So my sister is flying over from Canada next week and staying with us till Christmas, which is lovely, but the spare room is still full of boxes from the move. Can you add clear out the spare room for sunday?",
        "My manager just told me the all-hands has been moved and the notes aren't needed until the 10th of December. Can you push the team meeting notes back to then?",
        "the bike must be repaired before the 5th, put this date please",
        // twenty-ninth
        "I think I've done the groceries actually... yeah go on tick it",
        // twenty-eighth
        // twenty-fourth
        "wow, I actually sorted the holiday booking. mark it done before I faint",
        "done the groceries and the rent, also emailed sarah",
        "the holiday one needs doing by the end of the week",
        "oh sure, as if I'll do the garage this weekend. set it for saturday anyway",
        "how to see all the task for travel?",
        // twenty-third
        "jane needs to book a haircut sometime next week",
        "jane wants a note on the bike task: rear brake cable needs replacing",
        // earlier batches
        "ring the fish supplier about the turbot after lunch",
        "I was today in the shop and bought all groceries, please mark it",
        "Bike fixed, brekkie now 🥣",
        "move book flights to after my nights, so the 14th",
        "please delete the last task on my list",
        "heaps on this week, whats due by tomorrow",
        "add bakery inspection 4/12 - uk date so 4th december",
        "delete the thing with the tag",
        "The team meeting notes must be ready for the PCC on Wednesday 9th, set that as the due date",
    ]

    static let knownWriters: Set<String> = [
    ]
}
