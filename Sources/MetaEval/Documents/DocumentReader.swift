import Foundation

/// Reads one full-text project document into UTF-8 text: `.txt` and `.md` as UTF-8, or as
/// Windows-1252 with a warning when the bytes are not UTF-8 (never silently mis-decoded);
/// `.pdf` through `pdftotext` when it is on the PATH. Empty and binary files are refused
/// with a message saying what was expected.
public enum DocumentReader {
    /// Why a document could not be read, and the line where that shows, if any.
    public struct Failure: Error, Sendable, Equatable {
        public let message: String
        public let line: Int?
    }

    /// The extensions read as plain text.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text", ""]

    /// Reads the file at `path`; the search path for `pdftotext` comes from `environment`.
    public static func read(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<DecodedDocument, Failure> {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        if ext == "pdf" { return readPDF(path: path, environment: environment) }
        guard textExtensions.contains(ext) else {
            return .failure(Failure(message: "unsupported file type .\(ext); expected .txt, .md or .pdf", line: nil))
        }
        switch FileContents.read(path) {
        case .success(let bytes): return decode(bytes)
        case .failure(.missing): return .failure(Failure(message: "no such file", line: nil))
        case .failure(.folder): return .failure(Failure(message: "is a folder; expected a document file", line: nil))
        case .failure(.unreadable): return .failure(Failure(message: "cannot read the file", line: nil))
        }
    }

    /// Decodes a document's bytes: UTF-8 (a byte-order mark is dropped), otherwise Windows-1252.
    public static func decode(_ input: [UInt8]) -> Result<DecodedDocument, Failure> {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            return .failure(Failure(message: "the document is empty; expected text", line: nil))
        }
        if bytes.starts(with: Array("%PDF".utf8)) {
            return .failure(Failure(message: "the file is a PDF; give it the extension .pdf so it is read through pdftotext", line: nil))
        }
        if TextProblems.looksLikeUTF16(input) {
            return .failure(Failure(message: "the document is UTF-16 text; expected UTF-8 or Windows-1252 (save it as UTF-8)", line: 1))
        }
        // One pass finds NUL bytes, other control characters and the first garbled letter; a
        // word of eight bytes with none of them, nor 0x83 (the second byte of a garbled "Ã"),
        // is skipped whole.
        var firstNul: Int?
        var controls = 0
        var mojibake: Int?
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var start = 0
            while start < buffer.count {
                let end = min(start + 8, buffer.count)
                if end - start == 8 && !mayNeedALook(raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)) {
                    start = end
                    continue
                }
                for index in start..<end {
                    let byte = buffer[index]
                    if byte == 0x83 {
                        if mojibake == nil, index > 0, buffer[index - 1] == 0xC3, isMojibake(buffer, at: index - 1) { mojibake = index - 1 }
                        continue
                    }
                    guard byte < 0x20 || byte == 0x7F else { continue }
                    if byte == 0 && firstNul == nil { firstNul = index }
                    if byte < 0x09 || byte > 0x0D { controls += 1 }
                }
                start = end
            }
        }
        if let nul = firstNul {
            return .failure(Failure(message: "the file contains NUL bytes (binary data); expected a text document", line: TextProblems.lineNumber(of: nul, in: bytes)))
        }
        if controls * 20 > bytes.count {
            return .failure(Failure(message: "the file is mostly control characters (binary data); expected a text document", line: nil))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = TextProblems.lineNumber(of: TextProblems.firstInvalidUTF8(bytes) ?? 0, in: bytes)
            return .success(DecodedDocument(text: Windows1252.decode(bytes), encoding: .windows1252, warnings: [
                DecodedDocument.Warning(line: line, message: "the document is not UTF-8 (first invalid byte on this line); read it as Windows-1252 — check æ, ø and å, and save it as UTF-8")]))
        }
        var warnings: [DecodedDocument.Warning] = []
        if let mojibake {
            warnings.append(DecodedDocument.Warning(line: TextProblems.lineNumber(of: mojibake, in: bytes),
                message: "the text holds \"Ã¦\", \"Ã¸\" or \"Ã¥\": UTF-8 that was once read as Windows-1252; æ, ø and å may be garbled"))
        }
        return .success(DecodedDocument(text: text, encoding: .utf8, warnings: warnings))
    }

    /// Whether any of the eight bytes is a control character (below 0x20, or 0x7F) or 0x83.
    @inline(__always)
    static func mayNeedALook(_ word: UInt64) -> Bool {
        let below = (word &- ByteSearch.ones &* 0x20) & ~word & ByteSearch.highs != 0
        return below || ByteSearch.has(0x7F, in: word) || ByteSearch.has(0x83, in: word)
    }

    /// Whether `Ã¦`, `Ã¸` or `Ã¥` (UTF-8 C3 83 C2 A6/B8/A5, or the capitals) begins at `index`.
    static func isMojibake(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 3 < bytes.count, bytes[index + 1] == 0x83, bytes[index + 2] == 0xC2 else { return false }
        let last = bytes[index + 3]
        return last == 0xA6 || last == 0xB8 || last == 0xA5 || last == 0x86 || last == 0x98 || last == 0x85
    }

    static func readPDF(path: String, environment: [String: String]) -> Result<DecodedDocument, Failure> {
        guard let tool = executable("pdftotext", environment: environment) else {
            return .failure(Failure(message: "cannot read PDF: pdftotext is not installed (install poppler-utils), or convert the document to .txt and run again", line: nil))
        }
        guard FileManager.default.fileExists(atPath: path) else { return .failure(Failure(message: "no such file", line: nil)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do { try process.run() } catch {
            return .failure(Failure(message: "cannot run pdftotext: \(error.localizedDescription)", line: nil))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(Failure(message: "pdftotext could not read the PDF (exit status \(process.terminationStatus))", line: nil))
        }
        return decode([UInt8](data))
    }

    /// The full path of an executable found on the PATH, or nil.
    static func executable(_ name: String, environment: [String: String]) -> String? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
