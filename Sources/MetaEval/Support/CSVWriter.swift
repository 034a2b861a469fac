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
        var out = dialect == .excelDanish ? "\u{FEFF}" : ""
        out += line(table.columns)
        for row in table.rows { out += line(row) }
        return out
    }

    private var separator: Character { dialect == .excelDanish ? ";" : "," }

    private func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: String(separator)) + "\r\n"
    }

    func field(_ raw: String) -> String {
        var cell = raw
        if dialect == .excelDanish, Self.isDecimal(cell) {
            cell = cell.replacingOccurrences(of: ".", with: ",")
        }
        cell = Self.neutralise(cell)
        let needsQuotes = cell.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        if needsQuotes {
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
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
