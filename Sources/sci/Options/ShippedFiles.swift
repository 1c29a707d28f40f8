import Foundation

/// The shipped index, data and cities files, found where `sci` runs from the repository
/// (relative paths), beside an installed binary in `../share/sci/` (`make install`, the release
/// tarball), or — for a binary built in the repository and run from another folder — in the
/// repository it was built in.
enum ShippedFiles {
  /// The running binary's folder.
  static let binaryFolder: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()

  /// Where shipped files may be, in order: `<prefix>/share/sci` for `<prefix>/bin/sci`, then the
  /// repository a `.build/<configuration>/sci` was built in.
  static let roots: [URL] = {
    var roots = [binaryFolder.deletingLastPathComponent().appendingPathComponent("share/sci")]
    var folder = binaryFolder
    for _ in 0..<4 {
      folder = folder.deletingLastPathComponent()
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("indicators/open-smart-city-index.csv").path) {
        roots.append(folder)
        break
      }
    }
    return roots
  }()

  /// `path` itself when it exists (or is absolute), else the first shipped copy there is; else
  /// `path`, for the error to name.
  static func resolve(_ path: String) -> String {
    guard !path.hasPrefix("/"), !FileManager.default.fileExists(atPath: path) else { return path }
    for root in roots {
      let copy = root.appendingPathComponent(path).path
      if FileManager.default.fileExists(atPath: copy) { return copy }
    }
    return path
  }
}
