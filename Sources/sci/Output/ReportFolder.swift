import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a report into a folder all at once: everything goes to a temporary folder beside the
/// target (`.<name>.tmp-<pid>`), which replaces the target only when every file is written and
/// flushed. A failed run — a full disk, an unwritable folder — leaves the previous report
/// byte for byte as it was and says which path failed and why; a run that was killed leaves its
/// temporary folder, which the next run removes once its process is gone.
enum ReportFolder {
  /// - Parameter more: writes further files (a workbook) into the temporary folder it is given,
  ///   before everything is flushed and the folder takes the target's place.
  static func write(
    _ files: [(path: String, contents: String)], to folder: String,
    more: (_ staging: String) throws(WriteError) -> Void = { _ in }
  ) throws(WriteError) {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
      let looksLikeReport =
        isDirectory.boolValue
        && (manager.fileExists(atPath: target.appendingPathComponent("index.html").path)
          || ((try? manager.contentsOfDirectory(atPath: target.path)) ?? ["?"]).isEmpty)
      guard looksLikeReport else {
        throw WriteError(path: folder, problem: .notAReportFolder)
      }
    }
    let parent = target.deletingLastPathComponent()
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: parent.path, problem: .cannotCreateFolder(reason: FileWriting.reason(error)))
    }
    removeStale(beside: target)
    let pid = getpid()
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
    let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
    try? manager.removeItem(at: staging)
    do {
      guard mkdir(staging.path, 0o755) == 0 else { throw WriteError.errno(staging.path) }
      var folders: Set<String> = [staging.path]
      for file in files {
        guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else {
          throw WriteError(path: file.path, problem: .pathLeavesFolder)
        }
        let url = staging.appendingPathComponent(file.path)
        let directory = url.deletingLastPathComponent().path
        if !folders.contains(directory) {
          guard mkdir(directory, 0o755) == 0 || Glibc.errno == EEXIST else { throw WriteError.errno(directory) }
          folders.insert(directory)
        }
        try FileWriting.write(Data(file.contents.utf8), to: url.path, flush: false)
      }
      try more(staging.path)
      try FileWriting.flushFileSystem(of: staging.path)
      if manager.fileExists(atPath: target.path) {
        guard rename(target.path, old.path) == 0 else { throw WriteError.errno(target.path) }
        guard rename(staging.path, target.path) == 0 else {
          let failure = WriteError.errno(target.path)
          _ = rename(old.path, target.path)  // put the previous report back
          throw failure
        }
        try? manager.removeItem(at: old)
      } else {
        guard rename(staging.path, target.path) == 0 else { throw WriteError.errno(target.path) }
      }
    } catch let failure as WriteError {
      try? manager.removeItem(at: staging)
      throw failure
    } catch {
      try? manager.removeItem(at: staging)
      throw WriteError(path: staging.path, problem: .cannotWrite(reason: FileWriting.reason(error)))
    }
  }

  /// Removes temporary folders of earlier runs on the same target whose process is gone
  /// (killed mid-run); a live process's folder is left alone.
  static func removeStale(beside target: URL) {
    let parent = target.deletingLastPathComponent()
    let prefixes = [".\(target.lastPathComponent).tmp-", ".\(target.lastPathComponent).old-"]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
      guard let prefix = prefixes.first(where: name.hasPrefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else {
        continue
      }
      // kill(pid, 0) probes without signalling: ESRCH means no such process.
      guard pid != getpid(), kill(pid, 0) != 0, Glibc.errno == ESRCH else { continue }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
    }
  }
}
