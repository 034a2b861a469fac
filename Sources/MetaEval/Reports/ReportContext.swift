/// What every report builder reads: the pipeline result, the tallies computed from it (shared
/// by the reports), the language of the labels, and the CSV dialect.
public struct ReportContext: Sendable {
    public let result: PipelineResult
    public let tallies: SharedTallies
    public var language: Language
    public var csv: CSVWriter

    public init(result: PipelineResult, language: Language, csv: CSVWriter = CSVWriter()) {
        self.result = result
        self.tallies = SharedTallies(result: result)
        self.language = language
        self.csv = csv
    }

    public var codebook: Codebook { result.codebook }

    /// A report label by key.
    public func t(_ key: String) -> String { codebook.text(key, language) }

    /// The label of a codebook id (activity, category, effect, theme, group).
    public func label(_ id: String) -> String { codebook.label(of: id, language) }

    public func label(_ id: String, in dimension: CodebookDimension) -> String {
        dimension[id]?.label.text(language) ?? id
    }

    /// Knowledge levels, strongest first.
    public var levels: [CodebookEntry] { codebook.knowledgeLevelsDescending }

    /// The heading every Markdown report starts with.
    public func heading(_ title: String) -> String {
        "# \(title)\n\n_\(t("edition")): \(result.edition.label.text(language)) · \(t("computed-note"))_\n\n"
    }

    public func percent(_ part: Int, of whole: Int) -> String { Format.percent(part, of: whole, language) }

    /// Column headers and cells for counts by knowledge level, with "not coded" and total.
    public func levelHeaders() -> [String] { levels.map { $0.label.text(language) } + [t("not-coded"), t("total")] }
    public func levelCSVHeaders() -> [String] { levels.map(\.id) + ["not_coded", "total"] }
    public func levelCells(_ counts: LevelCounts) -> [String] {
        levels.map { String(counts[$0.id]) } + [String(counts.notCoded), String(counts.total)]
    }
}
