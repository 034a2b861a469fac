/// The output of `metaeval dedup`: likely duplicate pairs with score and reasons, as Markdown
/// (labels in the chosen language) or CSV (stable column names, reason ids).
public struct DuplicateCandidatesReport: Sendable {
    public let codebook: Codebook
    public let language: Language

    public init(codebook: Codebook, language: Language) {
        self.codebook = codebook
        self.language = language
    }

    func t(_ key: String) -> String { codebook.text(key, language) }

    /// A score or similarity with two decimals, decimal comma in Danish.
    static func decimal(_ value: Double, _ language: Language?) -> String {
        let hundredths = Int((value * 100).rounded())
        let text = "\(hundredths / 100).\(String(hundredths % 100).count == 1 ? "0" : "")\(hundredths % 100)"
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func reason(_ reason: DuplicateCandidate.Reason) -> String {
        if case .similarTitle(let similarity) = reason { return t("reason-" + reason.id) + " " + Self.decimal(similarity, language) }
        return t("reason-" + reason.id)
    }

    public func markdown(_ candidates: [DuplicateCandidate]) -> String {
        let out = "# \(t("dedup-title"))\n\n_\(t("dedup-note"))_\n\n"
        guard !candidates.isEmpty else { return out + t("dedup-none") + "\n" }
        var table = Table(columns: [t("dedup-score"), t("dedup-record"), t("dedup-title-column"), t("dedup-channels"),
                                    t("dedup-record"), t("dedup-title-column"), t("dedup-channels"), t("dedup-reasons")])
        for candidate in candidates {
            table.append([Self.decimal(candidate.score, language),
                          candidate.first.id, candidate.first.title, channels(candidate.first),
                          candidate.second.id, candidate.second.title, channels(candidate.second),
                          candidate.reasons.map(reason).joined(separator: "; ")])
        }
        return out + MarkdownTableWriter.render(table)
    }

    public func csv(_ candidates: [DuplicateCandidate], writer: CSVWriter) -> String {
        var table = Table(columns: ["score", "first_id", "first_title", "first_channels", "second_id", "second_title", "second_channels", "reasons"])
        for candidate in candidates {
            let reasons = candidate.reasons.map { reason -> String in
                if case .similarTitle(let similarity) = reason { return "\(reason.id):\(Self.decimal(similarity, nil))" }
                return reason.id
            }
            table.append([Self.decimal(candidate.score, nil), candidate.first.id, candidate.first.title, candidate.first.channels.joined(separator: " "),
                          candidate.second.id, candidate.second.title, candidate.second.channels.joined(separator: " "), reasons.joined(separator: " ")])
        }
        return writer.render(table)
    }

    func channels(_ record: ProjectRecord) -> String {
        let entries = codebook.descriptiveGroup("channel")?.children ?? []
        return record.channels.map { id in entries.first { $0.id == id }?.label.text(language) ?? id }.joined(separator: ", ")
    }
}
