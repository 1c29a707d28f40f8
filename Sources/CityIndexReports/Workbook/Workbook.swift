/// A spreadsheet as data: sheets of titled tables whose numbers stay numbers. Built by
/// ``RankingWorkbook`` from a ranking or a report, written by ``XLSXFile``; nothing here
/// touches the disk.
public struct Workbook: Sendable, Equatable {
  /// The document's title (its properties in Excel).
  public var title: String
  public var sheets: [Sheet]

  public init(title: String, sheets: [Sheet]) {
    self.title = title
    self.sheets = sheets
  }

  /// One sheet: its tables one below the other, a blank row between. A sheet whose first table
  /// has no title is a list: its header row stays in view and carries an autofilter.
  public struct Sheet: Sendable, Equatable {
    /// At most 31 characters, none of `[]:*?/\` (Excel's rule; ``XLSXFile`` enforces it).
    public var name: String
    public var tables: [Table]
    /// Lines of text under the last table (sources, what the marks mean).
    public var notes: [String] = []

    public init(name: String, tables: [Table], notes: [String] = []) {
      self.name = name
      self.tables = tables
      self.notes = notes
    }

    public var isList: Bool { tables.first?.title == nil }
  }

  public struct Table: Sendable, Equatable {
    /// A bold line above the header (`nil` for a sheet's list).
    public var title: String?
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(title: String? = nil, columns: [Column], rows: [[Cell]]) {
      self.title = title
      self.columns = columns
      self.rows = rows
    }
  }

  public struct Column: Sendable, Equatable {
    public var title: String
    /// How the column's numbers are shown.
    public var style: Style

    public init(_ title: String, _ style: Style = .text) {
      self.title = title
      self.style = style
    }
  }

  /// Number formats (Excel shows the reader's decimal separator: `84,5` in a German Excel).
  public enum Style: Sendable, Equatable {
    /// Text, left-aligned.
    case text
    /// `12`.
    case integer
    /// `84.5`.
    case oneDecimal
    /// A share shown as `97.3 %` (the cell holds 0.973).
    case percent
    /// As many digits as the value has (raw indicator values of any magnitude).
    case general
    /// `+3`, `−2`, `0`: a change of places.
    case signedInteger
    /// `+3.4`, `−0.6`: a change of points.
    case signedOneDecimal
  }

  public struct Cell: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
      case empty
      case text(String)
      case number(Double)
    }

    public var value: Value
    /// A note attached to the cell (Excel's comment): `2019 value`, `value of a larger unit (proxy)`.
    public var comment: String?
    /// Shown in italics: a value carried forward or standing in (the comment says which).
    public var marked: Bool

    public init(_ value: Value, comment: String? = nil, marked: Bool = false) {
      self.value = value
      self.comment = comment
      self.marked = marked
    }

    public static let empty = Cell(.empty)
    public static func text(_ text: String) -> Cell { Cell(.text(text)) }
    /// A number; `NaN` (missing) becomes an empty cell, `nil` too.
    public static func number(_ value: Double?) -> Cell {
      guard let value, value.isFinite else { return .empty }
      return Cell(.number(value))
    }
    public static func number(_ value: Int?) -> Cell { number(value.map(Double.init)) }

    /// The number, when the cell holds one.
    public var number: Double? {
      if case .number(let value) = value { return value }
      return nil
    }
    /// The text, when the cell holds text.
    public var text: String? {
      if case .text(let value) = value { return value }
      return nil
    }
  }
}
