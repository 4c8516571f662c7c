extension JSONByteReader {
    /// `null`, or a value read by `read`, as `decodeIfPresent` treats an optional member.
    mutating func optional<Value>(_ read: (inout JSONByteReader) throws(Malformed) -> Value) throws(Malformed) -> Value? {
        if try readNull() { return nil }
        return try read(&self)
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try optional { reader throws(Malformed) in try reader.readString() }
    }

    /// `null`, or an array whose elements are each read by `element`; a `null` element is refused.
    mutating func optionalArray<Element>(
        _ element: (inout JSONByteReader) throws(Malformed) -> Element
    ) throws(Malformed) -> [Element]? {
        if try readNull() { return nil }
        var elements: [Element] = []
        try readArray { reader throws(Malformed) in elements.append(try element(&reader)) }
        return elements
    }
}
