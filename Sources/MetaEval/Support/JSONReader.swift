/// Reads typed fields out of a `JSONValue`, collecting a diagnostic (file, line, field path,
/// what was expected) for every field that is missing or of the wrong type instead of stopping
/// at the first one.
public struct JSONReader {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    public mutating func fail(_ value: JSONValue?, _ path: String, _ message: String, line: Int? = nil) {
        diagnostics.append(.error(file, line: line ?? value?.line, field: path, message))
    }

    /// Adds problems found elsewhere (another file read on this one's behalf).
    public mutating func absorb(_ other: [Diagnostic]) {
        diagnostics += other
    }

    public mutating func warn(_ value: JSONValue?, _ path: String, _ message: String) {
        diagnostics.append(.warning(file, line: value?.line, field: path, message))
    }

    public mutating func object(_ value: JSONValue, _ path: String) -> [JSONMember]? {
        if case .object(let members, _) = value { return members }
        fail(value, path, "expected an object, found \(value.typeDescription)")
        return nil
    }

    public mutating func array(_ value: JSONValue, _ path: String) -> [JSONValue]? {
        if case .array(let elements, _) = value { return elements }
        fail(value, path, "expected an array, found \(value.typeDescription)")
        return nil
    }

    public mutating func string(_ value: JSONValue, _ path: String, allowEmpty: Bool = true) -> String? {
        guard case .string(let text, _) = value else {
            fail(value, path, "expected a string, found \(value.typeDescription)")
            return nil
        }
        if !allowEmpty && text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            fail(value, path, "expected a non-empty string")
            return nil
        }
        return text
    }

    public mutating func bool(_ value: JSONValue, _ path: String) -> Bool? {
        if case .bool(let flag, _) = value { return flag }
        fail(value, path, "expected true or false, found \(value.typeDescription)")
        return nil
    }

    public mutating func integer(_ value: JSONValue, _ path: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard case .number(let number, let text, _) = value else {
            fail(value, path, "expected a whole number, found \(value.typeDescription)")
            return nil
        }
        guard number.rounded() == number, abs(number) < 1e15 else {
            fail(value, path, "expected a whole number, found \(text)")
            return nil
        }
        let integer = Int(number)
        if let range, !range.contains(integer) {
            fail(value, path, "expected a number from \(range.lowerBound) to \(range.upperBound), found \(text)")
            return nil
        }
        return integer
    }

    public mutating func strings(_ value: JSONValue, _ path: String) -> [String]? {
        guard let elements = array(value, path) else { return nil }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            if let text = string(element, "\(path)[\(index)]") { result.append(text) }
        }
        return result
    }

    /// Reports keys that are not among `known`, so a misspelt field is never silently ignored.
    public mutating func rejectUnknownKeys(_ members: [JSONMember], known: Set<String>, _ path: String) {
        for member in members where !known.contains(member.key) {
            let expected = known.sorted().joined(separator: ", ")
            fail(member.value, path.isEmpty ? member.key : "\(path).\(member.key)",
                 "unknown field; expected one of: \(expected)", line: member.line)
        }
    }

    public mutating func required(_ members: [JSONMember], _ key: String, _ path: String, line: Int) -> JSONValue? {
        if let value = members.first(where: { $0.key == key })?.value { return value }
        fail(nil, path.isEmpty ? key : "\(path).\(key)", "required field is missing", line: line)
        return nil
    }
}

extension Array where Element == JSONMember {
    /// The value of a key; keys of another length are passed over without comparing them.
    public subscript(key: String) -> JSONValue? {
        let length = key.utf8.count
        return first { $0.key.utf8.count == length && $0.key == key }?.value
    }
}
