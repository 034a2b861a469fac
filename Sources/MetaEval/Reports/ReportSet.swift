/// The reports of one edition in the order `index.md` lists them, the index itself, and the
/// `datapackage.json` describing the CSV tables.
public struct ReportSet: Sendable {
    public var builders: [any ReportBuilder]

    public init(builders: [any ReportBuilder]) { self.builders = builders }

    /// Every report CONTRACT.md names, for a codebook's themes.
    public static func standard(codebook: Codebook) -> ReportSet {
        var builders: [any ReportBuilder] = [FunnelReport(), ClassificationMatrixReport(),
                                             ActivityLevelReport.results, ActivityLevelReport.employment]
        builders += codebook.themes.entries.map { ChangeTheoryReport(theme: $0.id) }
        builders += [ActivityReachReport(), DescriptivesReport(), ReconciliationReport(), ProjectsReport(), AgreementReport(), EvidenceReport()]
        builders += [SupportingEvidenceReport(), ProblemsReport(), GapMapReport(), StrongestSupportReport(), TimeReport()]
        return ReportSet(builders: builders)
    }

    public func build(_ context: ReportContext) -> [ReportFile] {
        var files: [ReportFile] = []
        var titles: [String: String] = [:]
        var index = context.heading(context.t("index-title"))
        let reports = ParallelMap.map(builders) { builder -> [ReportFile] in
            guard PhaseClock.isEnabled else { return builder.build(context) }
            var clock = PhaseClock()
            defer { clock.mark("report " + builder.name) }
            return builder.build(context)
        }
        for (builder, built) in zip(builders, reports) {
            guard !built.isEmpty else { continue }
            files += built
            for file in built { titles[file.name] = builder.title(context) }
            let links = built.map { "[\($0.name.split(separator: ".").last!)](\($0.name))" }.joined(separator: " · ")
            index += "- \(builder.title(context)): \(links)\n"
        }
        index += "- \(context.t("datapackage-title")): [json](\(DataPackage.fileName))\n"
        files.append(ReportFile(name: "index.md", contents: index))
        files.append(DataPackage.build(files, titles: titles, context: context))
        return files.sorted { $0.name < $1.name }
    }
}
