// libFuzzer target: arbitrary bytes through the whole document coder — metadata (title,
// period, participants), inclusion, quality and statements — and both suggest formats.
// Any crash, hang or sanitizer report is a bug; a refused document is fine.
import Foundation

let fuzzCodebook: Codebook? = {
    let directory = ProcessInfo.processInfo.environment["METAEVAL_CODEBOOK"] ?? "codebook"
    return CodebookLoader(directory: URL(fileURLWithPath: directory)).load().0
}()
let fuzzCoder = fuzzCodebook.map { DocumentCoder(codebook: $0, edition: Period(start: 2005, end: 2013)) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMetadataExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let codebook = fuzzCodebook, let coder = fuzzCoder else { fatalError("no codebook; set METAEVAL_CODEBOOK") }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let coding) = coder.code(bytes, source: "fuzz.txt") else { return 0 }
    if let period = coding.period?.value, period.end < period.start { fatalError("period ends before it starts") }
    if let participants = coding.participants?.value, participants < 1 { fatalError("participants < 1") }
    _ = SuggestionJSON.render(coding, codebook: codebook)
    _ = ReviewSheet(codebook: codebook, language: .da).render(coding)
    return 0
}
