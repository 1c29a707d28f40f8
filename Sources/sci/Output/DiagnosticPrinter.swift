import ArgumentParser
import CityIndex
import Foundation

/// Writes diagnostics to stderr, one per line, `file:line:column: message`.
enum DiagnosticPrinter {
  /// At most this many errors are shown; the rest are counted.
  static let limit = 50

  static func print(_ diagnostics: [Diagnostic]) {
    var lines: [String] = []
    let sorted = diagnostics.sortedByLocation()
    let errors = sorted.filter { $0.severity == .error }
    let warnings = sorted.filter { $0.severity == .warning }
    lines += warnings.prefix(limit).map(\.description)
    if warnings.count > limit { lines.append("… and \(warnings.count - limit) more warnings") }
    lines += errors.prefix(limit).map(\.description)
    if errors.count > limit { lines.append("… and \(errors.count - limit) more errors (\(errors.count) in all)") }
    guard !lines.isEmpty else { return }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}

/// Runs `body`, turning ``InputErrors`` into printed diagnostics (after `warnings` already
/// met) and exit code 1.
func reportingInputErrors<T>(after warnings: [Diagnostic] = [], _ body: () throws(InputErrors) -> T) throws -> T {
  do {
    return try body()
  } catch {
    DiagnosticPrinter.print(warnings + error.diagnostics)
    throw ExitCode(1)
  }
}

