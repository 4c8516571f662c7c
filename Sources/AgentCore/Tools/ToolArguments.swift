import Persistence

/// A tool's arguments as the model sent them, read field by field with errors the model
/// can act on.
///
/// Small models often send ids as strings ("3", "#3"); those are accepted, since the intent
/// is unambiguous. Unknown fields are refused, because they usually mean a misunderstanding
/// ("name" for "title") that the model should hear about.
struct ToolArguments {
    let tool: String
    private let members: [(String, JSONValue)]

    init(tool: String, json text: String, allowed: [String]) throws(ToolFailure) {
        self.tool = tool
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let value: JSONValue
        do {
            value = trimmed.isEmpty ? .object([]) : try JSONValue(parsing: trimmed)
        } catch {
            throw ToolFailure(
                "arguments for \(tool) are not valid JSON, so nothing was done; "
                    + "call \(tool) again with its arguments as one JSON object")
        }
        guard case .object(let members) = value else {
            throw ToolFailure(
                "arguments for \(tool) must be a JSON object, not \(value.kind), so nothing was done; "
                    + "call \(tool) again with its arguments as one JSON object")
        }
        if let unknown = members.map(\.0).first(where: { !allowed.contains($0) }) {
            throw ToolFailure(
                "unknown argument '\(unknown)' for \(tool); expected \(allowed.joined(separator: ", "))")
        }
        self.members = members
    }

    /// The raw value, `.null` when sent as null, nil when absent.
    func value(_ key: String) -> JSONValue? {
        members.first { $0.0 == key }?.1
    }

    func string(_ key: String) throws(ToolFailure) -> String? {
        switch value(key) {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw ToolFailure("\(key) must be a string")
        }
    }

    func requiredString(_ key: String) throws(ToolFailure) -> String {
        guard let text = try string(key) else { throw ToolFailure("\(key) is required") }
        return text
    }

    func bool(_ key: String) throws(ToolFailure) -> Bool? {
        switch value(key) {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case .string(let text)? where ["true", "false"].contains(text.lowercased()): return text.lowercased() == "true"
        default: throw ToolFailure("\(key) must be true or false")
        }
    }

    func integer(_ key: String) throws(ToolFailure) -> Int64? {
        switch value(key) {
        case nil, .null?: return nil
        case .string(let text)?:
            let digits = text.trimmingCharacters(in: .whitespaces).drop { $0 == "#" }
            guard let number = Int64(digits) else { throw ToolFailure("\(key) must be an integer, not \"\(text)\"") }
            return number
        case let other?:
            guard let number = other.intValue else { throw ToolFailure("\(key) must be an integer") }
            return number
        }
    }

    func requiredTaskID() throws(ToolFailure) -> Int64 {
        guard let id = try integer("task_id") else { throw ToolFailure("task_id is required") }
        return id
    }

    /// A list of strings; a single string is taken as a list of one, or split on commas.
    func strings(_ key: String) throws(ToolFailure) -> [String]? {
        switch value(key) {
        case nil, .null?: return nil
        case .string(let text)?:
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .array(let values)?:
            return try values.map { element throws(ToolFailure) in
                guard let text = element.stringValue else { throw ToolFailure("\(key) must be a list of strings") }
                return text
            }
        default: throw ToolFailure("\(key) must be a list of strings")
        }
    }

    /// How an optional field of `update_task` changes: absent keeps, null clears.
    func change<T: Hashable & Sendable>(_ key: String, _ parse: (String) throws -> T) throws(ToolFailure) -> FieldChange<T> {
        switch value(key) {
        case nil: return .keep
        case .null?: return .clear
        case .string(let text)?: return .set(try ToolFailure.wrapping { try parse(text) })
        default: throw ToolFailure("\(key) must be a string or null")
        }
    }
}

/// A tool call that cannot be carried out, worded for the model: it becomes `{"error": …}`.
struct ToolFailure: Error, Equatable {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    /// Runs `body`, turning a Persistence error into its sentence.
    static func wrapping<T>(_ body: () throws -> T) throws(ToolFailure) -> T {
        do {
            return try body()
        } catch let failure as ToolFailure {
            throw failure
        } catch {
            throw ToolFailure(String(describing: error))
        }
    }
}

extension JSONValue {
    /// What a value is, as a tool's error names it ("an array").
    fileprivate var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
