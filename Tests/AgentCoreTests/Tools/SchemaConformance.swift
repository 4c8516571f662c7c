import AgentCore

/// Where a value breaks a JSON Schema, for the few keywords our schemas use (`type`,
/// `const`, `enum`, `properties`, `required`, `additionalProperties: false`, `items`).
/// Enough to hold results to their output schemas without a validator package; the
/// end-to-end test has the Python client check them with `jsonschema` as well.
enum SchemaConformance {
    static func violations(of value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        var found: [String] = []
        if let types = schema["type"].map(typeNames), !types.contains(where: { matches(value, $0) }) {
            found.append("\(path): \(value.text) is not \(types.joined(separator: " or "))")
        }
        if let constant = schema["const"], constant != value {
            found.append("\(path): \(value.text) is not \(constant.text)")
        }
        if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
            found.append("\(path): \(value.text) is not one of \(JSONValue.array(allowed).text)")
        }
        if case .object(let members) = value {
            let properties = schema["properties"]
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where value[name] == nil {
                found.append("\(path): \(name) is missing")
            }
            for (name, member) in members {
                if let property = properties?[name] {
                    found += violations(of: member, against: property, at: "\(path).\(name)")
                } else if schema["additionalProperties"] == false {
                    found.append("\(path): \(name) is not in the schema")
                }
            }
        }
        if case .array(let elements) = value, let items = schema["items"] {
            for (index, element) in elements.enumerated() {
                found += violations(of: element, against: items, at: "\(path)[\(index)]")
            }
        }
        return found
    }

    private static func typeNames(_ type: JSONValue) -> [String] {
        type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
    }

    private static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("string", .string), ("array", .array),
            ("object", .object), ("number", .int), ("number", .double):
            true
        default: false
        }
    }
}
