/// One problem found in the input, printed compiler-style:
/// `corpus/p017.json:12: error: statements[0].links[1].from: unknown id "mentor"; expected …`.
///
/// Stages collect diagnostics instead of throwing, so one run reports every problem at once.
public struct Diagnostic: Sendable, Equatable, Comparable, CustomStringConvertible {
    /// How serious a problem is: errors make the command exit 1, warnings do not.
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

    public init(_ severity: Severity = .error, file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public static func error(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, field: field, message: message)
    }

    public static func warning(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, field: field, message: message)
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        let subject = field.flatMap { $0.isEmpty ? nil : "\($0): " } ?? ""
        return "\(location): \(severity.rawValue): \(subject)\(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line ?? 0, a.field ?? "", a.message) < (b.file, b.line ?? 0, b.field ?? "", b.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Thrown by a step that cannot go on because its input had errors; carries all of them.
public struct DiagnosticsError: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
