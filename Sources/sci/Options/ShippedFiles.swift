import Foundation

/// The shipped index and data, found where `sci` runs from the repository (relative paths) or,
/// for an installed `sci` run anywhere, beside the binary in `../share/sci/` (`make install`,
/// the release tarball).
enum ShippedFiles {
  /// `<prefix>/share/sci` for the running binary `<prefix>/bin/sci`.
  static let installed: URL = {
    let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return binary.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/sci")
  }()

  /// `path` itself when it exists (or is not one of the shipped paths' kind: absolute), else
  /// the installed copy when there is one; else `path`, for the error to name.
  static func resolve(_ path: String) -> String {
    guard !path.hasPrefix("/"), !FileManager.default.fileExists(atPath: path) else { return path }
    let copy = installed.appendingPathComponent(path).path
    return FileManager.default.fileExists(atPath: copy) ? copy : path
  }
}
