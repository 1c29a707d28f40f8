import Foundation

/// Writes a report into a folder all at once: everything goes to a temporary folder beside the
/// target, which replaces the target only when every file is written. A failed run leaves the
/// previous report untouched.
enum ReportFolder {
  struct Refusal: Error, CustomStringConvertible {
    var description: String
  }

  static func write(_ files: [(path: String, contents: String)], to folder: String) throws {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
      let looksLikeReport =
        isDirectory.boolValue
        && (manager.fileExists(atPath: target.appendingPathComponent("index.html").path)
          || ((try? manager.contentsOfDirectory(atPath: target.path)) ?? ["?"]).isEmpty)
      guard looksLikeReport else {
        throw Refusal(description: "\(folder): refusing to replace it: it exists and is not a report folder (no index.html)")
      }
    }
    let parent = target.deletingLastPathComponent()
    try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    let suffix = "\(ProcessInfo.processInfo.processIdentifier)"
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(suffix)")
    let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(suffix)")
    try? manager.removeItem(at: staging)
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      for file in files {
        guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else {
          throw Refusal(description: "internal error: report file path '\(file.path)' leaves the folder")
        }
        let url = staging.appendingPathComponent(file.path)
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.contents.utf8).write(to: url)
      }
      if manager.fileExists(atPath: target.path) {
        try manager.moveItem(at: target, to: old)
        do { try manager.moveItem(at: staging, to: target) } catch {
          try? manager.moveItem(at: old, to: target)  // put the previous report back
          throw error
        }
        try? manager.removeItem(at: old)
      } else {
        try manager.moveItem(at: staging, to: target)
      }
    } catch {
      try? manager.removeItem(at: staging)
      throw error
    }
  }
}
