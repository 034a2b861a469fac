/// Writes JSON with keys in the order given, two-space indentation and a trailing newline, so
/// that files written by the tool read well in a text editor and diff cleanly.
public enum JSONWriter {
    /// A value to write; objects keep their key order.
    public indirect enum Node: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case string(String)
        case array([Node])
        case object([(String, Node)])

        public static func == (a: Node, b: Node) -> Bool {
            switch (a, b) {
            case (.null, .null): return true
            case let (.bool(x), .bool(y)): return x == y
            case let (.int(x), .int(y)): return x == y
            case let (.string(x), .string(y)): return x == y
            case let (.array(x), .array(y)): return x == y
            case let (.object(x), .object(y)):
                return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            default: return false
            }
        }
    }

    public static func render(_ node: Node) -> String {
        var out = ""
        write(node, indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// One line, no spaces: for files the tool reads back itself (the document-coding cache).
    public static func renderCompact(_ node: Node) -> String {
        var out = ""
        writeCompact(node, into: &out)
        out += "\n"
        return out
    }

    private static func writeCompact(_ node: Node, into out: inout String) {
        switch node {
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                writeCompact(element, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                out += quote(key) + ":"
                writeCompact(value, into: &out)
            }
            out += "}"
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .string(let text): out += quote(text)
        }
    }

    private static func write(_ node: Node, indent: Int, into out: inout String) {
        var pad: String { String(repeating: " ", count: indent + 2) }
        var closePad: String { String(repeating: " ", count: indent) }
        switch node {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .string(let text): out += quote(text)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            if elements.allSatisfy(isScalar) {
                out += "[" + elements.map { render($0).dropLast() }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            let pad = pad
            for (index, element) in elements.enumerated() {
                out += pad
                write(element, indent: indent + 2, into: &out)
                out += index + 1 < elements.count ? ",\n" : "\n"
            }
            out += closePad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            let pad = pad
            for (index, (key, value)) in members.enumerated() {
                out += pad + quote(key) + ": "
                write(value, indent: indent + 2, into: &out)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += closePad + "}"
        }
    }

    private static func isScalar(_ node: Node) -> Bool {
        switch node {
        case .array, .object: return false
        default: return true
        }
    }

    public static func quote(_ text: String) -> String {
        var copy = text
        if copy.withUTF8({ !$0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
