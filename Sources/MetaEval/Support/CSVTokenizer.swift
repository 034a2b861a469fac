/// Splits UTF-8 CSV bytes into rows, one at a time, by RFC 4180 with lenient recovery: a quote
/// inside an unquoted cell is kept as text, text after a closing quote is kept with a warning,
/// and a quote never closed is an error naming the row where it opened.
public struct CSVTokenizer: Sendable {
    /// Something wrong in the bytes, and the row it belongs to.
    public struct Problem: Sendable, Equatable {
        public var row: Int
        public var message: String
        public var isError: Bool
    }

    private let bytes: [UInt8]
    private let separator: UInt8
    private var index = 0
    private var rowNumber = 0
    private var line = 1
    public private(set) var problems: [Problem] = []

    public init(bytes: [UInt8], separator: UInt8) {
        self.bytes = bytes
        self.separator = separator
    }

    /// The next row, or nil at the end of the bytes.
    public mutating func next() -> CSVReader.Row? {
        var fields: [String] = []
        guard let row = nextRow({ fields.append(String(decoding: $0, as: UTF8.self)) }) else { return nil }
        return CSVReader.Row(number: row.number, line: row.line, fields: fields)
    }

    /// The next row cell by cell: `cell` is handed each cell's bytes (quotes undone) as the
    /// cell ends, so a caller that only inspects the bytes builds no string for it. Returns the
    /// row's number and first line, or nil at the end of the bytes.
    public mutating func nextRow(_ visit: ([UInt8]) -> Void) -> (number: Int, line: Int)? {
        guard index < bytes.count else { return nil }
        rowNumber += 1
        let startLine = line
        var cells = 0
        var cell: [UInt8] = []
        var quoted = false
        var quoteOpenedLine = 0
        var afterClosingQuote = false
        var warnedStray = false

        func finishCell() {
            visit(cell)
            cells += 1
            cell.removeAll(keepingCapacity: true)
            afterClosingQuote = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == 0x22 {
                    if index < bytes.count && bytes[index] == 0x22 {
                        cell.append(0x22)
                        index += 1
                    } else {
                        quoted = false
                        afterClosingQuote = true
                    }
                } else {
                    if byte == 0x0A || (byte == 0x0D && (index >= bytes.count || bytes[index] != 0x0A)) { line += 1 }
                    cell.append(byte)
                }
                continue
            }
            switch byte {
            case separator:
                finishCell()
            case 0x0D, 0x0A:
                if byte == 0x0D && index < bytes.count && bytes[index] == 0x0A { index += 1 }
                line += 1
                finishCell()
                return (rowNumber, startLine)
            case 0x22 where cell.isEmpty && !afterClosingQuote:
                quoted = true
                quoteOpenedLine = line
            default:
                if afterClosingQuote && !warnedStray {
                    problems.append(Problem(row: rowNumber, message: "text after a closing quote in cell \(cells + 1) is kept; expected a separator or the end of the row after a quoted cell", isError: false))
                    warnedStray = true
                }
                cell.append(byte)
            }
        }
        if quoted {
            problems.append(Problem(row: rowNumber,
                                    message: "a quote opened in row \(rowNumber) (line \(quoteOpenedLine), cell \(cells + 1)) is never closed; expected a closing \" before the end of the file",
                                    isError: true))
        }
        finishCell()
        return (rowNumber, startLine)
    }
}
