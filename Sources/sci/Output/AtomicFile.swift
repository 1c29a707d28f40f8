import Foundation

/// Writes files so that a reader never sees half of one: the text goes to a temporary file
/// beside the target, which is then renamed over it.
enum AtomicFile {
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
  }
}
