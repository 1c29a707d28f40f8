import ArgumentParser
import CityIndex
import Foundation

/// Writes diagnostics to stderr, one per line, `file:line:column: message`, in the language of
/// the run.
enum DiagnosticPrinter {
  /// At most this many errors are shown; the rest are counted.
  static let limit = 50

  /// The language of messages: the locale's (`LANG=de_DE.UTF-8` → German), or `--lang`'s, which
  /// ``LanguageOption`` sets once the arguments are parsed. One per run of the command line,
  /// set before anything is printed.
  nonisolated(unsafe) static var language = Language.of(environment: ProcessInfo.processInfo.environment)

  /// - Parameter omitted: errors found but not kept, counted in the last line.
  static func print(_ diagnostics: [Diagnostic], omitted: Int = 0) {
    var lines: [String] = []
    let sorted = diagnostics.sortedByLocation()
    let errors = sorted.filter { $0.severity == .error }
    let warnings = sorted.filter { $0.severity == .warning }
    let german = language == .de
    lines += warnings.prefix(limit).map { $0.description(in: language) }
    if warnings.count > limit {
      lines.append(german ? "… und \(warnings.count - limit) weitere Warnungen" : "… and \(warnings.count - limit) more warnings")
    }
    lines += errors.prefix(limit).map { $0.description(in: language) }
    let total = errors.count + omitted
    if total > limit {
      let more = total - min(limit, errors.count)
      lines.append(german ? "… und \(more) weitere Fehler (\(total) insgesamt)" : "… and \(more) more errors (\(total) in all)")
    }
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


extension ValidationError {
  /// A usage error in the run's language (ArgumentParser adds its own `Error:` and usage).
  init(_ problem: Problem) { self.init(problem.text(DiagnosticPrinter.language)) }
}
