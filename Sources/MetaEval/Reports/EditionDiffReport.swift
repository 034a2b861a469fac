/// Renders an `EditionDiff` as Markdown: projects added, excluded and reclassified, then every
/// table with the cells that moved, in the reports' order and the chosen language.
public struct EditionDiffReport: Sendable {
    public let codebook: Codebook
    public let language: Language

    public init(codebook: Codebook, language: Language) {
        self.codebook = codebook
        self.language = language
    }

    func t(_ key: String) -> String { codebook.text(key, language) }

    /// A project's place in one edition: in the tables with its knowledge level, excluded with
    /// the criterion, or not coded.
    public func status(_ project: AssessedProject?) -> String {
        guard let project else { return t("diff-absent") }
        switch project.inclusion.status {
        case .excluded(let criterion):
            return t("excluded-by") + " " + (codebook.criteria[criterion]?.label.text(language) ?? criterion)
        case .included, .notCoded:
            if case .excluded(let level)? = project.importance {
                return t("excluded") + ": " + t("stage-importance") + " " + (codebook.importance[level]?.label.text(language) ?? level)
            }
            let level = project.knowledgeLevel.map { codebook.knowledgeLevels[$0]?.label.text(language) ?? $0 } ?? t("not-coded")
            return t("diff-retained") + " · " + level
        }
    }

    public func markdown(_ diff: EditionDiff, from old: Edition, to new: Edition) -> String {
        var out = "# \(t("diff-title")): \(old.label.text(language)) → \(new.label.text(language))\n\n_\(t("diff-note"))_\n\n"
        out += "## \(t("diff-projects"))\n\n"
        for (key, changes) in [("diff-added", diff.added), ("diff-excluded", diff.excluded), ("diff-reclassified", diff.reclassified)] {
            out += "### \(t(key)) (\(changes.count))\n\n"
            guard !changes.isEmpty else { out += t("diff-none") + "\n\n"; continue }
            var table = Table(columns: [t("project"), t("dedup-title-column"), old.id, new.id])
            for change in changes { table.append([change.id, change.title, change.before, change.after]) }
            out += MarkdownTableWriter.render(table) + "\n"
        }
        out += "## \(t("diff-tables"))\n\n"
        let byTable = Dictionary(grouping: diff.cells, by: \.table)
        let names = Set(byTable.keys).union(diff.onlyIn.map { String($0.table.dropLast(4)) }).sorted()
        if names.isEmpty { out += t("diff-none") + "\n" }
        for name in names {
            if let only = diff.onlyIn.first(where: { $0.table == name + ".csv" }) {
                out += "### \(name)\n\n\(t("diff-only-in")) \(only.edition).\n\n"
                continue
            }
            let cells = byTable[name] ?? []
            out += "### \(name) (\(cells.count) \(t("diff-cells-moved")))\n\n"
            var table = Table(columns: [t("diff-row"), t("diff-column"), old.id, new.id])
            for cell in cells { table.append([cell.row, cell.column, cell.before, cell.after]) }
            out += MarkdownTableWriter.render(table) + "\n"
        }
        return out
    }
}
