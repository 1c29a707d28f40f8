/// A position in an input file; prints as `datasets/2024.csv:12:4`.
///
/// `column` is the number of the field in its record, counted from 1 — the column a
/// spreadsheet shows — not a character offset. Either part may be absent where it means
/// nothing: a whole file (`data.csv`) or a whole record (`data.csv:12`).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The path as the user gave it.
  public var file: String
  /// The 1-based line, or `nil` for the whole file.
  public var line: Int?
  /// The 1-based field number, or `nil` for the whole record.
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
  }
}
