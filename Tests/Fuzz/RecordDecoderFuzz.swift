// libFuzzer target: arbitrary bytes through the JSON parser and the record decoder, with and
// without a codebook. Any crash, hang or sanitizer report is a bug; diagnostics are fine.
import Foundation

let fuzzCodebook: Codebook? = {
    let directory = ProcessInfo.processInfo.environment["METAEVAL_CODEBOOK"] ?? "codebook"
    return CodebookLoader(directory: URL(fileURLWithPath: directory)).load().0
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = RecordDecoder(codebook: nil).decode(bytes, file: "fuzz.json")
    let (record, _) = RecordDecoder(codebook: fuzzCodebook).decode(bytes, file: "fuzz.json")
    if let record {
        _ = RecordEncoder.encode(record)
    }
    return 0
}
