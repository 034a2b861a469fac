/// Reads CSV as RFC 4180 and the dialect Danish Excel writes: the separator (`;` or `,`) is
/// taken from the header line, a UTF-8 byte-order mark is dropped, Windows-1252 text (bytes that
/// are not valid UTF-8) is decoded with a warning, and CR, LF or CRLF end a row. Quoted fields
/// may hold separators, line breaks and doubled quotes.
///
/// The tokeniser (`CSVTokenizer`) works on bytes and keeps only the row it is reading; `open`
/// hands the rows on one at a time (`CSVRowStream`), `read` collects them. Every row knows its
/// number as a spreadsheet shows it: the header is row 1, and a quoted field spanning several
/// lines still makes one row.
public struct CSVReader: Sendable {
    /// One row: its spreadsheet row number, the line of the file it starts on, and its cells.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var line: Int
        public var fields: [String]

        public init(number: Int, line: Int, fields: [String]) {
            self.number = number
            self.line = line
            self.fields = fields
        }

        /// True when every cell is empty or blank (Excel writes such rows as `;;;`).
        public var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces.isEmpty } }
    }

    /// The text encoding the bytes were read in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with byte-order mark"
        case windows1252 = "Windows-1252"
    }

    /// A whole file: header, data rows whose cell count matches the header, and every problem.
    /// Ragged rows are left out of `rows` and reported as errors naming their row.
    public struct Document: Sendable {
        public var header: Row
        public var rows: [Row]
        public var separator: UInt8
        public var encoding: Encoding
    }

    public let file: String

    public init(file: String) { self.file = file }

    /// Reads a whole file. The document is nil when the file cannot be read as a table at all
    /// (empty, binary, no data rows, a duplicated column); the diagnostics say why.
    public func read(_ bytes: [UInt8]) -> (Document?, [Diagnostic]) {
        let (opened, openDiagnostics) = open(bytes)
        guard var stream = opened else { return (nil, openDiagnostics) }
        var rows: [Row] = []
        while let row = stream.next() { rows.append(row) }
        let diagnostics = openDiagnostics + stream.diagnostics + finish(stream)
        guard !rows.isEmpty else { return (nil, diagnostics) }
        return (Document(header: stream.header, rows: rows, separator: stream.separator, encoding: stream.encoding), diagnostics)
    }

    /// Opens a file for reading row by row: decodes it, finds the separator and reads the header.
    /// The stream is nil when the file cannot be read as a table (empty, binary, UTF-16, an
    /// unclosed quote or a duplicated column in the header).
    public func open(_ bytes: [UInt8]) -> (CSVRowStream?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let (text, encoding) = decode(bytes, &diagnostics) else { return (nil, diagnostics) }
        let separator = Self.detectSeparator(text, preferSemicolon: encoding != .utf8)
        var tokenizer = CSVTokenizer(bytes: text, separator: separator)
        guard let header = tokenizer.next() else {
            diagnostics.append(.error(file, "the file has no rows; expected a header row and data rows"))
            return (nil, diagnostics)
        }
        for problem in tokenizer.problems {
            diagnostics.append(Diagnostic(problem.isError ? .error : .warning, file: file, line: problem.row, message: problem.message))
        }
        diagnostics += headerProblems(header)
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (CSVRowStream(file: file, header: header, tokenizer: tokenizer, separator: separator, encoding: encoding), diagnostics)
    }

    /// The error for a stream that ended without a data row and without other errors.
    public func finish(_ stream: CSVRowStream) -> [Diagnostic] {
        guard stream.rowsRead == 0, !stream.diagnostics.hasErrors else { return [] }
        return [.error(file, line: 1, "the file has only a header row; expected data rows below it")]
    }

    /// The separator the header line uses: the one of `;` and `,` it has more of outside quotes.
    /// A header with as many of each (one column) takes `;` when the file looks like Danish Excel
    /// wrote it (a byte-order mark or Windows-1252), otherwise `,`.
    public static func detectSeparator(_ bytes: [UInt8], preferSemicolon: Bool = false) -> UInt8 {
        var semicolons = 0, commas = 0, quoted = false
        for byte in bytes {
            if byte == 0x22 { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if byte == 0x3B { semicolons += 1 } else if byte == 0x2C { commas += 1 }
        }
        if semicolons == commas { return preferSemicolon ? 0x3B : 0x2C }
        return semicolons > commas ? 0x3B : 0x2C
    }

    /// UTF-8 bytes without a BOM, or nil (with an error) for empty and binary files.
    private func decode(_ bytes: [UInt8], _ diagnostics: inout [Diagnostic]) -> ([UInt8], Encoding)? {
        var body = bytes[...]
        var encoding = Encoding.utf8
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            encoding = .utf8WithBOM
        }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            diagnostics.append(.error(file, "the file is empty; expected a header row and data rows"))
            return nil
        }
        if TextProblems.looksLikeUTF16(Array(body.prefix(64))) {
            diagnostics.append(.error(file, line: 1, "the file is UTF-16; expected UTF-8 or Windows-1252 (save it as \"CSV UTF-8\")"))
            return nil
        }
        let text = Array(body)
        if let nul = text.firstIndex(of: 0) {
            diagnostics.append(.error(file, line: TextProblems.lineNumber(of: nul, in: text),
                                      "the file contains NUL bytes (binary data); expected CSV text"))
            return nil
        }
        if let bad = TextProblems.firstInvalidUTF8(text) {
            if encoding == .utf8WithBOM {
                diagnostics.append(.error(file, line: TextProblems.lineNumber(of: bad, in: text),
                                          "invalid UTF-8 at byte \(bad + 3) after a UTF-8 byte-order mark; expected UTF-8 text"))
                return nil
            }
            diagnostics.append(.warning(file, line: TextProblems.lineNumber(of: bad, in: text),
                                        "the file is not UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to be sure)"))
            return (Windows1252.utf8(text), .windows1252)
        }
        return (text, encoding)
    }

    private func headerProblems(_ header: Row) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let key = name.trimmingSpaces.lowercased()
            if key.isEmpty {
                diagnostics.append(.warning(file, line: 1, field: "column \(index + 1)", "the header cell is empty; the column is ignored"))
                continue
            }
            if let first = seen[key] {
                diagnostics.append(.error(file, line: 1, field: name.trimmingSpaces,
                                          "duplicated column (columns \(first + 1) and \(index + 1)); expected each column name once"))
            } else {
                seen[key] = index
            }
        }
        return diagnostics
    }
}
