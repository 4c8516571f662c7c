import Foundation

/// Reads back arguments the engine wrote, to see what an earlier step of the turn asked for.
extension ToolCall {
    /// The `task_id` argument, for naming the task in an error.
    var taskID: Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [String: Any] else {
            return nil
        }
        return object["task_id"] as? Int
    }

    func hasArgument(_ name: String) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [String: Any] else {
            return false
        }
        return object[name] != nil
    }

    /// True when the argument is `null`: the call clears that field.
    func clearsArgument(_ name: String) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [String: Any] else {
            return false
        }
        return object[name] is NSNull
    }

    /// A text argument, such as the `status` an earlier `list_tasks` asked for.
    func textArgument(_ name: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [String: Any] else {
            return nil
        }
        return object[name] as? String
    }
}
