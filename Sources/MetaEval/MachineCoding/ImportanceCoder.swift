/// Steps 2–3, importance (box 1), suggested from whether the document holds evaluation
/// material and results: high with several experience statements backed by systematic or
/// scientific documentation, medium with at least one statement, low with none (the report's
/// most frequent reason for low importance: no evaluation or collected experience).
public struct ImportanceCoder: Sendable {
    /// Statements needed, together with documented results, for high importance.
    public static let statementsForHigh = 3
    /// The document path evidence names; set per document on a coder built once.
    public var source: String

    public init(source: String) { self.source = source }

    public func code(statements: [DocumentCoding.Statement], documentation: Code<String>?) -> (code: Code<String>, note: CodingNote) {
        let evidence = statements.prefix(3).map { Evidence(text: $0.text, source: source, line: $0.line) }
        let documented = documentation.map { $0.value == "scientific" || $0.value == "systematic" } ?? false
        if statements.count >= Self.statementsForHigh && documented {
            return (Code(value: "high", coder: Code<String>.machineCoder, evidence: evidence),
                    CodingNote("coding-note-statements-documented", [String(statements.count)]))
        }
        if !statements.isEmpty {
            return (Code(value: "medium", coder: Code<String>.machineCoder, evidence: evidence), CodingNote("coding-note-statements", [String(statements.count)]))
        }
        return (Code(value: "low", coder: Code<String>.machineCoder), CodingNote("coding-note-no-statements"))
    }
}
