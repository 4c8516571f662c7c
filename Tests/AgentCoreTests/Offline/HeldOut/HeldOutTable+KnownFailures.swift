/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the first three tables were written, 159 rows and 7 writes-nothing
/// rows failed; when the fourth (``HeldOutTable/fourth``) was added, 22 of its 100 rows did.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        // The fourth table's rows that write something wrong.
        "add call grandma saturday 📞",
        "note to self: back up the laptop 💻",
        "email sarah can wait till next tues",
        "lower the dentist to low priority",
        // The fourth table's rows that write nothing and ask or explain instead.
        "remind me to pay the water bill on the 1st of every month",
        "rang the dentist, all sorted",
        "groceries can be ticked off",
        "flights are booked ✈️",
        "sarahs been emailed, cross it off",
        "done w the dentist call",
        "sarah left the company, no need to email her anymore",
        "the team meeting got cancelled, bin the notes task",
        "we sold the bike so scrap fixing it",
        "remove renew passport, wrong list",
        "cancelled my dentist thing, take it off the list",
        "get rid of the rent task, moving back in with my parents",
        "change the title of #10 to 'service the bike'",
        "bump the garage priority up a notch",
        "prioritise the bike, high",
        "rent doesnt repeat anymore, stop the recurrence",
        "anything overdue?",
        "push the friday task to monday",
    ]

    static let knownWriters: Set<String> = [
    ]
}
