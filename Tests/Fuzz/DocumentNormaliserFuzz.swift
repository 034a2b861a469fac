// libFuzzer target: arbitrary bytes through the document reader, the text normaliser and the
// sentence splitter, both after decoding and on the raw bytes. Any crash, hang or sanitizer
// report is a bug; a refused document is fine. Every sentence must carry a line of the input.
import Foundation

let fuzzAbbreviations: [String] = {
    let directory = ProcessInfo.processInfo.environment["METAEVAL_CODEBOOK"] ?? "codebook"
    return CodebookLoader(directory: URL(fileURLWithPath: directory)).load().0?.cues["abbreviation"]?.synonyms ?? ["fx", "bl.a.", "ca."]
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentNormaliser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let splitter = SentenceSplitter(abbreviations: fuzzAbbreviations)
    let lines = bytes.filter { $0 == 0x0A }.count + 1
    if case .success(let document) = DocumentReader.decode(bytes) {
        for sentence in splitter.split(TextNormaliser().normalise(document.text)) where sentence.line < 1 || sentence.line > lines {
            fatalError("sentence line \(sentence.line) outside 1...\(lines)")
        }
    }
    _ = splitter.split(TextNormaliser().normalise(bytes))
    return 0
}
