/// Why the machine decided as it did, as a key of codebook/report-labels-coding.json and the
/// values for its `{1}`, `{2}` … placeholders, so the review sheet can give the reason in Danish
/// or English and records store it in English — the wording is codebook data, not code.
public struct CodingNote: Sendable, Equatable {
    public var key: String
    public var arguments: [String]

    public init(_ key: String, _ arguments: [String] = []) {
        self.key = key
        self.arguments = arguments
    }

    public func text(_ codebook: Codebook, _ language: Language) -> String {
        var text = codebook.text(key, language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }
}
