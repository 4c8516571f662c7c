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
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        "I need to send the signed engagement letter to Hartley & Co on or before Friday.",
        "add update the allergen sheet, tag it kitchen and compliance",
        "add rewire consumer unit at 22 park road next tues",
        "ngl i gotta cancel my gym membership fr",
        "remind me to phone the garage the morn",
        "add a wee job: fix the gate latch",
        "ok so um i need to book the car's MOT in 2 weeks (also the car is filthy but thats a different problem)",
        "hi, not sure how this works, but can you remember that I need to buy printer ink?",
        "ad call the bank tomorrow at 3",
        "ring the fish supplier about the turbot after lunch",
        "I have finish the email to Sarah, please help me to mark it",
        "would you mind marking the rent as paid",
        "I think I already renewed my passport, can I mark it as done here?",
        "86 the groceries task, supplier's delivering everything now",
        "scrap the garage one, landlord's doing it",
        "yeet the bike task lol",
        "aye bin the dentist one, nae need",
        "Please help me to delete task number 8",
        "oh wait also the flights thing, forget it, we're driving now (long story), delete it",
        "Please amend the title of task 4 to read 'Team meeting notes and action items'.",
        "tag the bike task weekend",
        "the garage needs doing every month, make it repeat",
        "Please help me to change deadline of book flights to 10 December",
        "search for anything about sarah",
        "Please show me all task which is not finish yet",
        "bought the groceries,booked the flights",
        "86 the garage task and make the dentist low priority",
        "Bike fixed, brekkie now 🥣",
        "We have cancelled the holiday, so the flights are no longer needed. Please remove that task.",
    ]

    static let knownWriters: Set<String> = [
    ]
}
