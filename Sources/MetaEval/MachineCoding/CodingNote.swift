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

    /// The wording in `language`, each `{n}` replaced by the n-th argument in one pass over the
    /// template's bytes (a placeholder inside an argument is left as it is).
    public func text(_ codebook: Codebook, _ language: Language) -> String {
        let template = codebook.text(key, language)
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{") {
                var end = index + 1
                var number = 0
                while end < bytes.count, end - index <= 3, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: "}"), (1...arguments.count).contains(number) {
                    result.append(contentsOf: arguments[number - 1].utf8)
                    index = end + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
