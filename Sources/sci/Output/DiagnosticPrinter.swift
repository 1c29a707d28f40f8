import ArgumentParser
import CityIndex
import Foundation

/// Writes diagnostics to stderr, one per line, `file:line:column: message`.
enum DiagnosticPrinter {
  /// At most this many errors are shown; the rest are counted.
  static let limit = 50

  /// - Parameter omitted: errors found but not kept, counted in the last line.
  static func print(_ diagnostics: [Diagnostic], omitted: Int = 0) {
    var lines: [String] = []
    let sorted = diagnostics.sortedByLocation()
    let errors = sorted.filter { $0.severity == .error }
    let warnings = sorted.filter { $0.severity == .warning }
    lines += warnings.prefix(limit).map(\.description)
    if warnings.count > limit { lines.append("… and \(warnings.count - limit) more warnings") }
    lines += errors.prefix(limit).map(\.description)
    let total = errors.count + omitted
    if total > limit { lines.append("… and \(total - min(limit, errors.count)) more errors (\(total) in all)") }
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
    DiagnosticPrinter.print(warnings + error.diagnostics, omitted: error.omitted)
    throw ExitCode(1)
  }
}

