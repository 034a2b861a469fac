/// A parsed JSON value that remembers the line it started on, so that every
/// problem found while reading a record can name the line of the offending field.
public indirect enum JSONValue: Sendable, Equatable {
    case null(line: Int)
    case bool(Bool, line: Int)
    case number(Double, text: String, line: Int)
    case string(String, line: Int)
    case array([JSONValue], line: Int)
    case object([JSONMember], line: Int)

    public var line: Int {
        switch self {
        case .null(let line), .bool(_, let line), .number(_, _, let line),
             .string(_, let line), .array(_, let line), .object(_, let line):
            return line
        }
    }

    /// The JSON type name used in diagnostics ("a string", "an object", …).
    public var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members, _) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// One key–value pair of a JSON object, in the order the file holds them.
public struct JSONMember: Sendable, Equatable {
    public let key: String
    public let value: JSONValue
    public let line: Int
}
