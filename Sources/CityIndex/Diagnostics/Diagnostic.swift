/// One problem found in the input, with where it is and what to do about it.
///
///     Diagnostic.error(.unknownIndicator("co2_pc", file: "i.csv", suggestions: []), at: SourceLocation(file: "d.csv", line: 3, column: 3))
///     // prints as: d.csv:3:3: unknown indicator 'co2_pc' (not in i.csv)
///     // in German:  d.csv:3:3: unbekannter Indikator 'co2_pc' (nicht in i.csv)
///
/// Errors print as `location: message`, warnings as `location: warning: message` (`Warnung:`).
/// What it says is a typed ``Problem``: the words come in the language it is shown in.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// Whether the problem stops the run.
  public enum Severity: Sendable, Equatable { case error, warning }

  public var severity: Severity
  public var location: SourceLocation?
  public var problem: Problem

  public init(_ severity: Severity, _ problem: Problem, at location: SourceLocation? = nil) {
    self.severity = severity
    self.problem = problem
    self.location = location
  }

  /// The words in `language`, kept short whatever the input: a quoted value longer than 60
  /// characters is cut with its length given (`'99999…' (20,000,000 characters)`), and the
  /// whole message stops at about 600 characters.
  public func text(_ language: Language) -> String { Self.bounded(problem.text(language), language: language) }

  /// The English words (``text(_:)``).
  public var message: String { text(.en) }

  /// Quoted values longer than this are cut.
  static let quoteLimit = 60
  /// Messages longer than this are cut.
  static let messageLimit = 600

  /// `message` with long quoted values cut and the whole kept under ``messageLimit``.
  ///
  ///     Diagnostic.bounded("value '" + String(repeating: "9", count: 100) + "' is not a number")
  ///     // value '99999999999999999999999999999999999999999999999999999999999…' (100 characters) is not a number
  static func bounded(_ message: String, language: Language = .en) -> String {
    let (characters, inAll) = language == .de ? ("Zeichen", "Zeichen insgesamt") : ("characters", "characters in all")
    guard message.utf8.count > 2 * quoteLimit else { return message }
    var result = ""
    var quoted: String?
    for character in message {
      if character == "'" {
        if let inside = quoted {
          if inside.count > quoteLimit {
            result += "'" + inside.prefix(quoteLimit - 1) + "…' (\(grouped(inside.count, language)) \(characters))"
          } else {
            result += "'" + inside + "'"
          }
          quoted = nil
        } else {
          quoted = ""
        }
      } else if quoted != nil {
        quoted?.append(character)
      } else {
        result.append(character)
      }
    }
    if let open = quoted { result += "'" + (open.count > quoteLimit ? open.prefix(quoteLimit - 1) + "…" : open) }
    guard result.count > messageLimit else { return result }
    return result.prefix(messageLimit - 1) + "… (\(grouped(result.count, language)) \(inAll))"
  }

  /// `20000000` → `20,000,000` (`20.000.000` in German).
  private static func grouped(_ n: Int, _ language: Language) -> String {
    let digits = Array(String(n))
    var text = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { text += language == .de ? "." : "," }
      text.append(digit)
    }
    return text
  }

  /// An error at `location`.
  public static func error(_ problem: Problem, at location: SourceLocation? = nil) -> Diagnostic {
    Diagnostic(.error, problem, at: location)
  }

  /// A warning at `location`.
  public static func warning(_ problem: Problem, at location: SourceLocation? = nil) -> Diagnostic {
    Diagnostic(.warning, problem, at: location)
  }

  /// `file:line:column: message`, a warning's with `warning: ` (`Warnung: `) before it.
  public func description(in language: Language) -> String {
    let prefix = location.map { "\($0): " } ?? ""
    switch severity {
    case .error: return prefix + text(language)
    case .warning: return prefix + (language == .de ? "Warnung: " : "warning: ") + text(language)
    }
  }

  public var description: String { description(in: .en) }
}

/// Thrown once, after loading and validation, carrying every error found (and the warnings
/// seen on the way, so that the caller can show them too).
public struct InputErrors: Error, Sendable, Equatable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  /// Errors found but not kept (a collector keeps ``DiagnosticLog/kept`` of each kind): they
  /// are counted in messages, so that a file of a million bad rows costs no million messages.
  public var omitted: Int = 0

  public init(_ diagnostics: [Diagnostic], omitted: Int = 0) {
    self.diagnostics = diagnostics
    self.omitted = omitted
  }

  /// Only the errors, in the order found.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

  public func description(in language: Language) -> String {
    diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
  }
}

/// A collector of diagnostics that loading and validation write into and keep going.
///
/// It keeps the first ``kept`` errors and the first ``kept`` warnings and counts the rest
/// (``omittedErrors``): the CLI shows 50 anyway, and memory stays bounded whatever the input.
public struct DiagnosticLog: Sendable, Equatable {
  public private(set) var diagnostics: [Diagnostic] = []
  /// How many of each kind are kept.
  public static let kept = 1_000
  public private(set) var hasErrors = false
  public private(set) var omittedErrors = 0
  private var errorCount = 0
  private var warningCount = 0

  public init() {}

  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  public mutating func error(_ problem: @autoclosure () -> Problem, at location: SourceLocation? = nil) {
    if hasRoom(for: .error) { diagnostics.append(.error(problem(), at: location)) }
  }

  public mutating func warning(_ problem: @autoclosure () -> Problem, at location: SourceLocation? = nil) {
    if hasRoom(for: .warning) { diagnostics.append(.warning(problem(), at: location)) }
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    for diagnostic in other where hasRoom(for: diagnostic.severity) { diagnostics.append(diagnostic) }
  }

  /// Counts one more diagnostic of `severity`; whether it is still among the kept ones (the
  /// message is then made — not before, so that an omitted one costs no text).
  private mutating func hasRoom(for severity: Diagnostic.Severity) -> Bool {
    switch severity {
    case .error:
      hasErrors = true
      guard errorCount < Self.kept else {
        omittedErrors += 1
        return false
      }
      errorCount += 1
    case .warning:
      guard warningCount < Self.kept else { return false }
      warningCount += 1
    }
    return true
  }

  /// Takes over another log's diagnostics and its count of errors not kept.
  public mutating func append(_ other: DiagnosticLog) {
    append(contentsOf: other.diagnostics)
    omittedErrors += other.omittedErrors
    if other.hasErrors { hasErrors = true }
  }

  /// Throws every diagnostic collected so far when one of them is an error.
  public func throwIfErrors() throws(InputErrors) {
    if hasErrors { throw InputErrors(diagnostics, omitted: omittedErrors) }
  }
}

extension Double {
  /// A number as a person writes it in a message: `10`, `2.5`, `1e-05`.
  var plainText: String {
    self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
  }
}

extension Array where Element == Diagnostic {
  /// Files in the order they first appear, each file's diagnostics by line and column;
  /// diagnostics without a location first.
  public func sortedByLocation() -> [Diagnostic] {
    var fileOrder: [String: Int] = [:]
    for diagnostic in self {
      if let file = diagnostic.location?.file, fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
    }
    return enumerated().sorted { a, b in
      func key(_ d: Diagnostic) -> (Int, Int, Int) {
        guard let location = d.location else { return (-1, 0, 0) }
        return (fileOrder[location.file] ?? 0, location.line ?? 0, location.column ?? 0)
      }
      let (ka, kb) = (key(a.element), key(b.element))
      return ka != kb ? ka < kb : a.offset < b.offset
    }.map(\.element)
  }
}
