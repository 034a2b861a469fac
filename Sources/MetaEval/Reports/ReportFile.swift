/// One file of a report folder: its name and its full text.
public struct ReportFile: Sendable, Equatable {
    public var name: String
    public var contents: String
    /// A CSV table's columns and their kinds as written, when `CSVWriter.file` made it.
    var columns: DataPackage.Columns?

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }

    init(name: String, contents: String, columns: DataPackage.Columns?) {
        self.name = name
        self.contents = contents
        self.columns = columns
    }

    /// Files are equal by name and text; the columns are read from the text.
    public static func == (left: ReportFile, right: ReportFile) -> Bool {
        left.name == right.name && left.contents == right.contents
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
