/// One file of a report folder: its name and its full text.
public struct ReportFile: Sendable, Equatable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Builds one named report (a Markdown and usually a CSV file) from a pipeline result.
/// Builders only build strings; `ReportWriter` writes them.
public protocol ReportBuilder: Sendable {
    /// The report's file name without extension, as CONTRACT.md names it.
    var name: String { get }
    /// The report's title in the context's language.
    func title(_ context: ReportContext) -> String
    func build(_ context: ReportContext) -> [ReportFile]
}
