/// One file of a report folder: its name and its full text, kept as the UTF-8 bytes written.
public struct ReportFile: Sendable, Equatable {
    public var name: String
    /// The text as UTF-8: a CSV table is built as bytes and written as bytes, never turned into
    /// a `String` on the way (20 MB at 10,000 projects).
    public var bytes: [UInt8]
    /// A CSV table's columns and their kinds as written, when `CSVWriter.file` made it.
    var columns: DataPackage.Columns?

    public var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    public init(name: String, contents: String) {
        self.name = name
        bytes = Array(contents.utf8)
    }

    init(name: String, bytes: [UInt8], columns: DataPackage.Columns?) {
        self.name = name
        self.bytes = bytes
        self.columns = columns
    }

    /// Files are equal by name and text; the columns are read from the text.
    public static func == (left: ReportFile, right: ReportFile) -> Bool {
        left.name == right.name && left.bytes == right.bytes
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
