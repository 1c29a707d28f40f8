import ArgumentParser
import CityIndex
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writing to disk with errors that name the path and the cause (`No space left on device`),
/// never a crash, and never a half-written file in place of a good one.
struct WriteError: Error, CustomStringConvertible {
  var path: String
  var problem: Problem

  var description: String { "\(path): \(problem.text(.en))" }

  /// The error as a diagnostic at its path.
  var diagnostic: Diagnostic { .error(problem, at: SourceLocation(file: path)) }

  /// The current `errno` as words: `No space left on device`.
  static func errno(_ path: String) -> WriteError {
    WriteError(path: path, problem: .cannotWrite(reason: String(cString: strerror(Glibc.errno))))
  }
}

enum FileWriting {
  /// Writes `data` to a new file at `path` (replacing any), all of it; `flush`: and waits until
  /// the disk has it (a folder of many files is flushed once instead, ``flushFileSystem(of:)``).
  static func write(_ data: Data, to path: String, flush: Bool = true) throws(WriteError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .errno(path) }
    var failure: WriteError?
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
        if written < 0 {
          if Glibc.errno == EINTR { continue }
          failure = .errno(path)
          return
        }
        offset += written
      }
    }
    if failure == nil && flush && fsync(fd) != 0 { failure = .errno(path) }
    if close(fd) != 0 && failure == nil { failure = .errno(path) }
    if let failure { throw failure }
  }

  /// Waits until the disk has the file another writer (libxlsxwriter) wrote.
  static func flush(_ path: String) throws(WriteError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .errno(path) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw .errno(path) }
  }

  /// Flushes everything written to the file system that holds `path` (one `syncfs`), so that
  /// a rename that follows never publishes data the disk does not have yet.
  static func flushFileSystem(of path: String) throws(WriteError) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw .errno(path) }
    defer { close(fd) }
    guard linuxSyncfs(fd) == 0 else { throw .errno(path) }
  }

  /// Writes `text` to a temporary file beside `path` and renames it over `path`: readers see
  /// the old file or the new one, never a part; on failure the old file is as it was.
  static func replace(_ path: String, with text: String) throws(WriteError) {
    try replace(path) { temporary throws(WriteError) in try write(Data(text.utf8), to: temporary) }
  }

  /// Has `writer` write a temporary file beside `path` (a workbook, which libxlsxwriter writes
  /// itself), flushes it and renames it over `path`; on failure the old file is as it was.
  static func replace(_ path: String, writing writer: (_ temporary: String) throws(WriteError) -> Void) throws(WriteError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: folder, problem: .cannotCreateFolder(reason: reason(error)))
    }
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
    do {
      try writer(temporary)
    } catch {
      unlink(temporary)
      throw WriteError(path: path, problem: error.problem)
    }
    guard rename(temporary, path) == 0 else {
      let failure = WriteError.errno(path)
      unlink(temporary)
      throw failure
    }
  }

  /// The words of a Foundation error's POSIX cause, or its description.
  static func reason(_ error: any Error) -> String {
    if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(posix.code)))
    }
    if let cocoa = error as? CocoaError, let underlying = cocoa.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    return error.localizedDescription
  }
}

/// Writes a command's result to `path` (replaced atomically) or, without one, to stdout; a file
/// that cannot be written is a message naming the path and the cause, and exit code 1.
func writeResult(_ text: String, to path: String?) throws {
  guard let path else { return writeOutput(text) }
  do {
    try FileWriting.replace(path, with: text)
  } catch {
    DiagnosticPrinter.print([error.diagnostic])
    throw ExitCode(1)
  }
}

/// Writes text to stdout in one piece; a failure (a full disk behind a redirect, a closed pipe)
/// is a message and exit code 1, not a crash.
func writeOutput(_ text: String) { writeOutput(Data(text.utf8)) }

/// Writes bytes to stdout in one piece (a workbook).
func writeOutput(_ data: Data) {
  var failed = false
  data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
    var offset = 0
    while offset < buffer.count {
      let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
      if written < 0 {
        if Glibc.errno == EINTR { continue }
        failed = true
        return
      }
      offset += written
    }
  }
  guard failed else { return }
  let message = "standard output: \(String(cString: strerror(Glibc.errno)))\n"
  _ = message.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
  exit(1)
}

/// glibc's `syncfs(2)`, which its Swift module map does not export (it needs `_GNU_SOURCE`).
@_silgen_name("syncfs")
private func linuxSyncfs(_ fd: Int32) -> Int32
