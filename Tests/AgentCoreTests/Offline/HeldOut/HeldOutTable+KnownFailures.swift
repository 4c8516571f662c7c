/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the first three tables were written, 159 rows and 7 writes-nothing
/// rows failed; when the fourth (``HeldOutTable/fourth``) was added, 22 of its 100 rows did;
/// when the fifth (``HeldOutTable/fifth``) was added, 34 of its 96 rows did.
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
        "bump the garage priority up a notch",
        "prioritise the bike, high",
        "rent doesnt repeat anymore, stop the recurrence",
        "anything overdue?",
        "push the friday task to monday",
        // The fifth table's rows that write something wrong.
        "remind me to call grandma today after lunch",
        "Good morning. Would you kindly add a task to collect my prescription from the chemist on Saturday. Thank you.",
        "i must renew the car insurance, at the latest 5th december",
        "💊 add a daily task: take my vitamins",
        "you can add for me: go to the bank for open account, on tuesday",
        "ok so add order the birthday cake by wednesday, party is on saturday 🎉",
        "emailing sarah should be weekly from now on",
        // The fifth table's rows that write nothing, or list with the wrong filter.
        "first thing tmrw: email the landlord about the boiler",
        "add tidy the loft, no rush, low priority",
        "add pay the credit card bill on the 1st of every month",
        "rents paid 👍",
        "flights booked ✈️",
        "i finaly renewed my pasport!!",
        "garage is clean now, took me all weekend lol",
        "bike fixed 🔧",
        "you can tick off the garage, its done",
        "I have now paid the rent for this month, so you may mark it as completed. Thank you.",
        "i already called the dentst",
        "trip is off so the flights are cancelled",
        "sarah left the company so forget the email to her",
        "please you can delete the task about garage, is not needed",
        "meeting got cancelled, bin the notes task",
        "dentist appointment was cancelled, take it off my list",
        "we moved out of the flat so no more rent to pay there, pls remove it",
        "lower the dentist to medium",
        "change task 1s name to get groceries at aldi",
        "rent is not monthly anymore, stop repeating it",
        "for the flights, put in the description: window seat, max 300 euro",
        "passport notes: need 2 photos and the old passport",
        "the dentist is on wednesday now not tomorrow",
        "whats due this wk",
    ]

    static let knownWriters: Set<String> = [
    ]
}
