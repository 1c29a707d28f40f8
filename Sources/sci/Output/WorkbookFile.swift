import CityIndexReports
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Excel workbooks on disk: written beside the target and renamed over it like every output.
enum WorkbookFile {
  static func write(_ workbook: Workbook, to path: String) throws(WriteError) {
    try FileWriting.replace(path) { temporary throws(WriteError) in
      try writeInPlace(workbook, to: temporary, named: path)
      try FileWriting.flush(temporary)
    }
  }

  /// Writes the workbook at `path` itself (into a temporary folder that is renamed later);
  /// errors name `name`.
  static func writeInPlace(_ workbook: Workbook, to path: String, named name: String? = nil) throws(WriteError) {
    // libxlsxwriter prints its own "[ERROR] …" lines, naming the temporary file; the error it
    // returns becomes one message with the real path, so its lines are silenced.
    let saved = dup(STDERR_FILENO)
    let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
    if saved >= 0 && null >= 0 { dup2(null, STDERR_FILENO) }
    defer {
      if saved >= 0 {
        dup2(saved, STDERR_FILENO)
        close(saved)
      }
      if null >= 0 { close(null) }
    }
    do throws(XLSXFile.Failure) {
      try XLSXFile.write(workbook, to: path)
    } catch {
      throw WriteError(path: name ?? path, problem: .cannotWrite(reason: error.cause))
    }
  }

  /// The workbook's bytes, for standard output (a pipe or a file, never a terminal): written to
  /// a temporary file, read back and removed.
  static func bytes(_ workbook: Workbook) throws(WriteError) -> Data {
    let path = NSTemporaryDirectory() + "/sci-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).xlsx"
    defer { unlink(path) }
    try writeInPlace(workbook, to: path)
    guard let data = FileManager.default.contents(atPath: path) else { throw .errno(path) }
    return data
  }
}
