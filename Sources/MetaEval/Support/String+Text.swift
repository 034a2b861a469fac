import Foundation

extension String {
    /// The bytes as a string, or nil when they are not valid UTF-8: decoded in one step (the
    /// decoder replaces invalid bytes, so the text is valid exactly when its bytes are
    /// unchanged). `String(validating:)` on a buffer takes a generic path that costs about a
    /// thousand instructions for a short string.
    static func validUTF8(_ slice: UnsafeBufferPointer<UInt8>) -> String? {
        var string = String(decoding: slice, as: UTF8.self)
        if ByteSearch.isASCII(slice) { return string }
        let same = string.withUTF8 { decoded in
            decoded.count == slice.count && (slice.isEmpty || memcmp(decoded.baseAddress!, slice.baseAddress!, slice.count) == 0)
        }
        return same ? string : nil
    }

    /// The string without leading and trailing spaces, tabs and line breaks.
    public var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Runs of white space (including line breaks) folded to one space, trimmed.
    public var collapsingWhitespace: String {
        var out = ""
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
