/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the first three tables were written, 159 rows and 7 writes-nothing
/// rows failed; when the fourth (``HeldOutTable/fourth``) was added, 22 of its 100 rows did,
/// and the next session's engine work (emoji, postponements, priority verbs, news before a
/// request, renames by field, monthly days, overdue, due-day targets) made them all pass.
/// When the fifth (``HeldOutTable/fifth``) was added, 34 of its 96 rows failed; when the
/// sixth (``HeldOutTable/sixth``) was, 19 of its 93, five of them writing something wrong.
/// The engine work that followed (stories around a task's words, moments of the day,
/// interjections, restatements, comments after a date, notes by their task) made both pass.
/// When the seventh (``HeldOutTable/seventh``) was added, 31 of its 98 rows failed, about a
/// dozen of them writing something wrong.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        "Kindly add a reminder for me to post the birthday card to my grandson Thomas on Friday. Thank you dear.",
        "Would you be so good as to note down that I must collect my prescription from the chemist. It is rather urgent.",
        "Please set up a weekly reminder to telephone my sister Margaret on Sundays.",
        "need to return my library books before the 14th, can u add that",
        "add clean the fridge,its my week apparently 🙄",
        "chuck in a reminder to ring the mechanic this arvo",
        "Please add one task: prepare slides for client demo. Timeline is in 2 weeks.",
        "ciao, add to remember: buy the panettone for natale, is not urgent",
        "ADD CANCEL THE GYM MEMBERSHIP BEFORE IT RENEWS",
        "add: buy milk, eggs, bread and butter",
        "first thing tomorrow i need to defrost the chicken, add that pls",
        "Passport has been renewed. Kindly do the needful.",
        "mark #10 as resolved",
        "that's the dentist sorted, grand",
        "I have finish to clean the garage",
        "ticked of the bike one",
        "Bike fixed, brekkie now 🥣",
        "We have cancelled the holiday, so the flights are no longer needed. Please remove that task.",
        "kindly delete task no. 7, I am not travelling abroad this year",
        "dentist retired 🙃 take the dentist task off the list",
        "please suppress the task of the rent, now my landlord is paid by automatic transfer",
        "Could you please change the wording of the groceries task to 'Buy groceries for Sunday lunch'? Thank you.",
        "change the name of task 4 in 'Team meeting notes and action items'",
        "punt the sarah email to next tues, shes ooo",
        "Please prepone the rent task to 28th.",
        "dentist isnt that urgent anymore make it low",
        "Kindly add the label 'travel' to the passport task.",
        "stick a note on the dentist one saying ask about the wisdom tooth",
        "Kindly revert with the pending items.",
        "ls tasks sorted by due date",
        "Could you be so kind as to read me my complete list, dear?",
    ]

    static let knownWriters: Set<String> = [
    ]
}
