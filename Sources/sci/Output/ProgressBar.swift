import Foundation
import Synchronization

/// A progress bar on stderr, shown only when stderr is a terminal (never in pipes, files or CI).
final class ProgressBar: Sendable {
  private let enabled: Bool
  private let shown = Mutex(-1)

  init(enabled: Bool) {
    self.enabled = enabled && isatty(STDERR_FILENO) == 1
  }

  /// Safe to call from any thread; redraws at most once per percent.
  var update: (@Sendable (Double) -> Void)? {
    guard enabled else { return nil }
    return { [self] share in
      let percent = Int(share * 100)
      let redraw = shown.withLock { last in
        guard percent > last else { return false }
        last = percent
        return true
      }
      guard redraw else { return }
      let filled = percent / 4
      let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 25 - filled) + "] \(percent)%"
      FileHandle.standardError.write(Data(line.utf8))
    }
  }

  func finish() {
    if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
