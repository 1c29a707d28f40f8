import CityIndex
import Foundation

/// A result table that every command can print as an aligned terminal table, CSV, JSON or
/// Markdown, so that all commands format alike.
///
///     var table = OutputTable(title: "Movers", columns: [.init("city"), .init("rank_change", .integer)])
///     table.rows = [[.text("Bonn"), .integer(3)]]
///     table.csv()   // "city,rank_change\nBonn,3\n"
public struct OutputTable: Sendable {
  /// How a column reads to people; CSV and JSON always carry the full value.
  public enum Kind: Sendable { case text, integer, number, fraction, raw }

  public struct Column: Sendable {
    /// The machine name: CSV header and JSON key.
    public var key: String
    public var kind: Kind
    /// The header people read in `table` and `markdown`; by default the key capitalised, with
    /// spaces for underscores (`city` → `City`, `value_year` → `Value year`).
    public var header: String
    /// Shown to people only (`table`, `markdown`), never in `csv` or `json`, whose columns are fixed.
    public var humanOnly: Bool
    /// In `csv` and `json` only: people read the same facts in a ``humanOnly`` column.
    public var machineOnly: Bool
    /// Left out of the workbook, whose cells hold the machine columns' numbers as numbers (a
    /// ``humanOnly`` column that writes them as text).
    public var notInWorkbook = false

    public init(
      _ key: String, _ kind: Kind = .text, header: String? = nil, humanOnly: Bool = false, machineOnly: Bool = false,
      notInWorkbook: Bool = false
    ) {
      self.notInWorkbook = notInWorkbook
      self.key = key
      self.kind = kind
      self.header = header ?? (key.prefix(1).uppercased() + key.dropFirst().replacingOccurrences(of: "_", with: " "))
      self.humanOnly = humanOnly
      self.machineOnly = machineOnly
    }
  }

  public enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int?)
    case number(Double?)

    /// `NaN` becomes an empty cell.
    public static func value(_ value: Double) -> Cell { .number(value.isNaN ? nil : value) }
  }

  public var title: String
  public var columns: [Column]
  public var rows: [[Cell]] = []
  /// Lines printed under the title in `table` and `markdown`, and as `notes` in JSON.
  public var notes: [String] = []
  /// Figures about the whole table (a correlation, its *n*), as `summary` in JSON; people read
  /// them in ``notes``.
  public var summary: [(key: String, value: Cell)] = []
  /// How `table` and `markdown` write numbers (decimal commas in German); CSV and JSON stay
  /// machine formats.
  public var language: Language = .en
  /// The workbook sheet's name (at most 31 characters); the title when `nil`.
  public var sheetName: String?
  /// Lines a workbook sheet ends with, under its title and notes: where its data come from
  /// (``provenance(definition:dataFiles:language:)``).
  public var workbookNotes: [String] = []

  public init(title: String, columns: [Column], rows: [[Cell]] = [], notes: [String] = []) {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }

  /// The header line, then one line per row; numbers in full round-trip precision, empty when missing.
  public func csv() -> String {
    let machine = columns.indices.filter { !columns[$0].humanOnly }
    var lines = [machine.map { CSVText.field(columns[$0].key) }.joined(separator: ",")]
    for row in rows {
      lines.append(
        machine.map { row[$0] }.map { cell in
          switch cell {
          case .text(let text): CSVText.field(text)
          case .integer(let value): value.map(String.init) ?? ""
          case .number(let value): value.map(CSVText.number) ?? ""
          }
        }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `{"title": …, "notes": […], "rows": [{key: value}, …], "sciVersion": …}` (and `"summary":
  /// {key: value}` when the table has one), keys sorted, `null` when missing.
  public func json() -> String { Self.encode(JSONDocument(self)) }

  /// Several tables as one JSON document, `{"sciVersion": …, "tables": [{"title": …}, …]}`, so
  /// that a script reads one value (`json.load`); one table is ``json()``'s document.
  public static func json(_ tables: [OutputTable]) -> String {
    if tables.count == 1, let only = tables.first { return only.json() }
    return encode(Tables(tables: tables.map { JSONDocument($0, version: false) }))
  }

  private struct Tables: Encodable {
    var tables: [JSONDocument]
    var sciVersion = SCIVersion.current
  }

  private struct JSONDocument: Encodable {
    var title: String
    var notes: [String]
    var summary: [String: JSONValue]?
    var rows: [[String: JSONValue]]
    var sciVersion: String?

    init(_ table: OutputTable, version: Bool = true) {
      title = table.title
      notes = table.notes
      summary =
        table.summary.isEmpty
        ? nil : Dictionary(table.summary.map { ($0.key, JSONValue($0.value)) }, uniquingKeysWith: { first, _ in first })
      rows = table.rows.map { row in
        var object: [String: JSONValue] = [:]
        for (column, cell) in zip(table.columns, row) where !column.humanOnly {
          switch cell {
          case .text(let text): object[column.key] = .text(text)
          case .integer(let value): object[column.key] = value.map { .integer($0) } ?? .null
          case .number(let value): object[column.key] = value.map { .number($0) } ?? .null
          }
        }
        return object
      }
      sciVersion = version ? SCIVersion.current : nil
    }
  }

  private static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// People see no table without rows when the notes say why (`Hamburg is already ahead of
  /// Ulm`); CSV and JSON keep their header and empty `rows`.
  private var showsTable: Bool { !rows.isEmpty || notes.isEmpty }

  /// Aligned columns for a terminal; numbers to one decimal.
  public func text() -> String {
    var lines = [title]
    lines += notes
    if showsTable {
      let shown = columns.indices.filter { !columns[$0].machineOnly }
      let header = shown.map { columns[$0].header }
      let body = rows.map { row in shown.map { human(row[$0], kind: columns[$0].kind) } }
      let right = Set(shown.indices.filter { columns[shown[$0]].kind != .text })
      lines.append("")
      lines += TextTable(header: header, rows: body, rightAligned: right).lines
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A GitHub-flavoured Markdown table with the title as a heading; text escaped.
  public func markdown() -> String {
    var lines = ["## \(MarkdownText.escape(title))", ""]
    if !notes.isEmpty { lines += notes.map { "_\(MarkdownText.escape($0))_" } + [""] }
    guard showsTable else { return lines.dropLast().joined(separator: "\n") + "\n" }
    let shown = columns.indices.filter { !columns[$0].machineOnly }
    lines.append("| " + shown.map { MarkdownText.escape(columns[$0].header) }.joined(separator: " | ") + " |")
    lines.append("|" + shown.map { columns[$0].kind == .text ? " --- |" : " ---: |" }.joined())
    for row in rows {
      lines.append("| " + shown.map { MarkdownText.escape(human(row[$0], kind: columns[$0].kind)) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func human(_ cell: Cell) -> String {
    switch cell {
    case .text(let text): text
    // German numbers write the minus sign (−0,6); integers beside them too (−45, not -45).
    case .integer(let value): value.map { language == .de && $0 < 0 ? "−\(-$0)" : String($0) } ?? "–"
    case .number(let value): Decimal1.format(value, in: language)
    }
  }

  private func human(_ cell: Cell, kind: Kind) -> String {
    guard case .number(let value) = cell, let value else { return human(cell) }
    switch kind {
    case .fraction: return Decimal1.percent(value, in: language)
    case .raw: return language == .de ? Decimal1.raw(value).replacingOccurrences(of: ".", with: ",") : Decimal1.raw(value)
    default: return human(cell)
    }
  }
}

/// A JSON scalar with `null`.
enum JSONValue: Encodable, Sendable {
  case text(String)
  case integer(Int)
  case number(Double)
  case null

  init(_ cell: OutputTable.Cell) {
    switch cell {
    case .text(let text): self = .text(text)
    case .integer(let value): self = value.map { .integer($0) } ?? .null
    case .number(let value): self = value.map { .number($0) } ?? .null
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .text(let text): try container.encode(text)
    case .integer(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .null: try container.encodeNil()
    }
  }
}
