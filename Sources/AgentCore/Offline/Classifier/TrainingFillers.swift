/// What fills a template's slots: a few words of each kind, rotated through deterministically.
///
/// Deliberately not the held-out tables' tasks, so the table's score measures phrasings the
/// model never saw.
enum TrainingFillers {
    static let slots: [String: [String]] = [
        "task": [
            "the laundry task", "todo 12", "the report one", "the gym task", "water the lawn", "item 9",
            "the invoice", "the car one", "todo number three", "the second item", "the tax return", "number 2",
            "the haircut task", "#14", "item number eleven", "the last task", "the cat food one", "item #15",
        ],
        "title": [
            "water the lawn", "buy stamps", "call grandma", "book a barber", "send the invoice",
            "clean the windows", "return the library books", "pay the phone bill", "feed the cat",
            "order new glasses", "plan the trip", "back up the laptop", "mow the grass", "fix the tap",
            "see the doctor", "check the tyre pressure", "get a haircut", "email the school", "visit grandpa",
            "make dinner", "pick up the parcel", "show the flat to the buyers", "list the things to pack",
        ],
        "date": [
            "tomorrow", "on monday", "next thursday", "in two days", "by the 9th", "this saturday",
            "at 6pm", "on 12 may", "tonight", "next week",
        ],
        "tag": ["garden", "health", "family", "chores", "finance", "hobby"],
        "topic": ["the car", "taxes", "the garden", "grandma", "insurance", "the landlord", "school"],
        "thing": [
            "the laundry", "the car", "the invoice", "the gutters", "the report", "the tax return", "the lawn",
            "the windows", "the boiler", "the vet appointment", "the parcel", "the phone bill", "the fridge",
            "grandma's present", "the school forms", "my tax thing", "the oil change", "that form",
        ],
        "done": [
            "fixed", "paid", "sent", "cleaned", "washed", "posted", "sorted", "bought", "repaired", "emailed",
            "renewed", "returned", "mowed", "collected", "submitted", "ordered", "signed", "phoned",
        ],
    ]
}
