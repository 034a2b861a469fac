import Foundation

/// Writes RFC 4180 CSV (comma, CRLF line ends, a header row, fields quoted when needed).
///
/// Cells that a spreadsheet would run as a formula — beginning with `=`, `+`, `-`, `@`, a tab,
/// a carriage return or a line feed — are neutralised as OWASP recommends, by prefixing a
/// single quote, unless the cell is a plain number such as `-3` or `-0.5`.
public struct CSVWriter: Sendable {
    /// The dialect: RFC 4180, or what Danish Excel opens directly (semicolon, BOM, decimal comma).
    public enum Dialect: String, Sendable, CaseIterable {
        case rfc4180 = "rfc4180"
        case excelDanish = "excel-da"
    }

    public var dialect: Dialect

    public init(dialect: Dialect = .rfc4180) { self.dialect = dialect }

    public func render(_ table: Table) -> String {
        var columns: DataPackage.Columns?
        return String(decoding: render(table, columns: &columns), as: UTF8.self)
    }

    /// The table as a report file that carries its columns' kinds, read from the cells as they
    /// are written, so that `DataPackage` need not read the table back.
    public func file(_ name: String, _ table: Table) -> ReportFile {
        var columns: DataPackage.Columns? = table.columns.isEmpty ? nil : DataPackage.Columns(count: table.columns.count, excel: dialect == .excelDanish)
        let bytes = render(table, columns: &columns)
        return ReportFile(name: name, bytes: bytes, columns: columns)
    }

    /// - Parameter columns: when given, gets each column's name and the widest kind of its cells,
    ///   as `DataPackage.columns` would read them from the text (which skips a row with another
    ///   number of cells than the header).
    private func render(_ table: Table, columns: inout DataPackage.Columns?) -> [UInt8] {
        var out: [UInt8] = dialect == .excelDanish ? [0xEF, 0xBB, 0xBF] : []
        out.reserveCapacity(64 * (table.rows.count + 1))
        if columns == nil {
            append(table.columns, to: &out) { _, _ in }
            for row in table.rows { append(row, to: &out) { _, _ in } }
        } else {
            append(table.columns, to: &out) { index, bytes in columns!.name(bytes, column: index) }
            for row in table.rows {
                if row.count == table.columns.count {
                    append(row, to: &out) { index, bytes in columns!.read(bytes, column: index) }
                } else {
                    append(row, to: &out) { _, _ in }
                }
            }
        }
        return out
    }

    private var separator: UInt8 { dialect == .excelDanish ? UInt8(ascii: ";") : UInt8(ascii: ",") }

    /// One line, written byte by byte: a cell is copied as it is unless it must be neutralised,
    /// given a decimal comma, or quoted; `written` sees each cell's text before quoting.
    private func append(_ cells: [String], to out: inout [UInt8], _ written: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(separator) }
            append(cell, to: &out) { bytes in written(index, bytes) }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    private func append(_ raw: String, to out: inout [UInt8], written: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }) {
        var cell = raw
        if dialect == .excelDanish, Self.isDecimal(cell) {
            cell = cell.replacingOccurrences(of: ".", with: ",")
        }
        if let first = cell.utf8.first, Self.isDangerous(first) {
            cell = Self.neutralise(cell)
        }
        let separator = separator
        cell.withUTF8 { bytes in
            written(bytes)
            if Self.needsQuotes(bytes, separator: separator) {
                out.append(0x22)
                var start = 0
                if ByteSearch.contains(bytes, 0x22, 0x22, 0x22, 0x22) {
                    for (index, byte) in bytes.enumerated() where byte == 0x22 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                        out.append(0x22)
                        start = index + 1
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }

    /// Whether a cell holds the separator, a quote or a line break.
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        ByteSearch.contains(bytes, separator, 0x22, 0x0A, 0x0D)
    }

    /// A first byte that makes a spreadsheet read the cell as a formula.
    static func isDangerous(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, 0x0A, 0x00: true
        default: false
        }
    }

    func field(_ raw: String) -> String {
        var out: [UInt8] = []
        append(raw, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Prefixes `'` to a cell a spreadsheet would evaluate as a formula.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        let dangerous: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "\u{0}"]
        guard dangerous.contains(first) else { return cell }
        if isNumber(cell) { return cell }
        return "'" + cell
    }

    static func isNumber(_ cell: String) -> Bool {
        var body = Substring(cell)
        if body.first == "-" { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        var seenDot = false
        for character in body {
            if character == "." {
                if seenDot { return false }
                seenDot = true
            } else if !character.isASCII || !character.isNumber {
                return false
            }
        }
        return body.first != "." && body.last != "."
    }

    static func isDecimal(_ cell: String) -> Bool { isNumber(cell) && cell.contains(".") }
}
