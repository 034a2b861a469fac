/// Reads the values people type into spreadsheet cells: years (alone or in a date), periods
/// ("2010–2012", "2010 til 2012", "2012") and whole numbers with thousands separators — a dot
/// in semicolon files (Danish: "1.200"), a comma in comma files ("1,200"). Each reader returns
/// the value or what was expected.
public enum SpreadsheetValue {
    /// A value, or the reason the text is not one (`expected …, found "…"`).
    public typealias Parsed<T> = Result<T, Failure>

    /// What a cell should have held.
    public struct Failure: Error, Equatable, Sendable {
        public var message: String
    }

    /// A year written alone ("2012") or inside a date ("01-03-2012", "1.3.2012", "2012-03-01").
    public static func year(_ text: String, plausible: ClosedRange<Int> = RecordDecoder.plausibleYears) -> Parsed<Int> {
        let cell = text.trimmingSpaces
        let expected = "expected a year like 2012 or a date like 01-03-2012, found \"\(cell)\""
        let parts = cell.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).map(String.init)
        guard !parts.isEmpty, parts.count == 1 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return .failure(Failure(message: expected))
        }
        let yearPart = parts.count == 1 ? parts[0] : (parts[0].count == 4 ? parts[0] : parts[2])
        guard yearPart.count == 4, let year = Int(yearPart) else { return .failure(Failure(message: expected)) }
        if parts.count == 3 {
            let (day, month) = parts[0].count == 4 ? (Int(parts[2]) ?? 0, Int(parts[1]) ?? 0) : (Int(parts[0]) ?? 0, Int(parts[1]) ?? 0)
            guard (1...31).contains(day), (1...12).contains(month) else { return .failure(Failure(message: expected)) }
        }
        guard plausible.contains(year) else {
            return .failure(Failure(message: "expected a year from \(plausible.lowerBound) to \(plausible.upperBound), found \(year)"))
        }
        return .success(year)
    }

    /// A period as one cell: two years or dates with a dash or "til"/"to" between them, or one year.
    public static func period(_ text: String) -> Parsed<Period> {
        let cell = text.trimmingSpaces
        var pieces: [String] = [cell]
        for separator in [" til ", " to ", "–", "—", " - "] where cell.contains(separator) {
            pieces = cell.components(separatedBy: separator)
            break
        }
        if pieces.count == 1, cell.filter({ $0 == "-" }).count == 1 { pieces = cell.components(separatedBy: "-") }
        guard pieces.count <= 2 else {
            return .failure(Failure(message: "expected a period like 2010–2012, found \"\(cell)\""))
        }
        var values: [Int] = []
        for piece in pieces {
            switch year(piece) {
            case .success(let value): values.append(value)
            case .failure(let failure) where failure.message.hasPrefix("expected a year from"):
                return .failure(failure)
            case .failure:
                return .failure(Failure(message: "expected a period like 2010–2012 or one year like 2012, found \"\(cell)\" (\"\(piece.trimmingSpaces)\" is not a year)"))
            }
        }
        return period(start: values[0], end: values.last!)
    }

    public static func period(start: Int, end: Int) -> Parsed<Period> {
        guard end >= start else { return .failure(Failure(message: "expected the end (\(end)) not before the start (\(start))")) }
        return .success(Period(start: start, end: end))
    }

    /// A whole number ≥ 1 and at most `maximum`, with optional thousands separators.
    public static func count(_ text: String, thousandsSeparator: Character, maximum: Int = RecordDecoder.maximumParticipants) -> Parsed<Int> {
        let cell = text.trimmingSpaces
        let decimal: Character = thousandsSeparator == "." ? "," : "."
        let expected = "expected a whole number of at least 1 (like 1\(thousandsSeparator)200), found \"\(cell)\""
        var body = Substring(cell)
        let negative = body.first == "-" || body.first == "−"
        if negative { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigit || $0 == thousandsSeparator || $0 == decimal || $0 == " " || $0 == "\u{A0}" }) else {
            return .failure(Failure(message: expected))
        }
        if body.contains(decimal) {
            return .failure(Failure(message: "expected a whole number, found the decimal number \"\(cell)\""))
        }
        let groups = body.split(whereSeparator: { $0 == thousandsSeparator || $0 == " " || $0 == "\u{A0}" }).map(String.init)
        let grouped = groups.count > 1
        guard !groups.isEmpty, !grouped || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }),
              let value = Int(groups.joined()) else {
            return .failure(Failure(message: expected))
        }
        if negative { return .failure(Failure(message: "expected a whole number of at least 1, found the negative number \"\(cell)\"")) }
        guard value >= 1 else { return .failure(Failure(message: expected)) }
        guard value <= maximum else {
            return .failure(Failure(message: "expected at most \(maximum) participants, found \(value) (a typing error?)"))
        }
        return .success(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
