import CXLSXWriter
import CityIndex
import Foundation

/// Writes a ``Workbook`` as an Excel `.xlsx` file through libxlsxwriter: numbers as numbers in
/// the column's format, the header of a list frozen and filtered, columns as wide as their
/// content, marked values in italics with their comment. The caller decides where (the CLI
/// writes to a temporary path and renames it).
public enum XLSXFile {
  /// Why a workbook could not be written: the library's reason, and the system's when it has one.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var cause: String
    public var description: String { "\(path): \(cause)" }
  }

  /// Excel's limits: 32,767 characters in a cell, 1,048,576 rows, 16,384 columns.
  static let maxText = 32_767
  static let maxRows = 1_048_576
  static let maxColumns = 16_384

  public static func write(_ workbook: Workbook, to path: String) throws(Failure) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    // libxlsxwriter assembles the parts in temporary files: beside the output, so that a full
    // disk fails here and not in /tmp.
    let temporaryFolder = strdup(folder)
    defer { free(temporaryFolder) }
    var options = lxw_workbook_options()
    options.tmpdir = temporaryFolder
    errno = 0
    guard let book = workbook_new_opt(path, &options) else {
      throw Failure(path: path, cause: errno != 0 ? String(cString: strerror(errno)) : "cannot create the workbook")
    }
    var strings = CStrings()
    defer { strings.free() }
    var properties = lxw_doc_properties()
    properties.title = strings.keep(workbook.title)
    // Equal inputs give equal bytes: the creation time is the one libxlsxwriter gives the ZIP
    // entries, 1980-01-01, not the clock (reports are compared and checksummed byte for byte).
    properties.created = 315_532_800
    properties.comments = strings.keep("Written by sci \(SCIVersion.current), the open Smart City Index engine")
    workbook_set_properties(book, &properties)

    var formats = Formats(book: book)
    for (name, sheet) in zip(sheetNames(workbook.sheets.map(\.name)), workbook.sheets) {
      guard let worksheet = workbook_add_worksheet(book, name) else {
        workbook_close(book)
        unlink(path)
        throw Failure(path: path, cause: "cannot add the sheet \(name)")
      }
      write(sheet, to: worksheet, formats: &formats, strings: &strings)
    }
    errno = 0
    let result = workbook_close(book)
    guard result == LXW_NO_ERROR else {
      let system = errno != 0 ? " (\(String(cString: strerror(errno))))" : ""
      unlink(path)
      throw Failure(path: path, cause: String(cString: lxw_strerror(result)) + system)
    }
  }

  /// Names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique regardless of case.
  static func sheetNames(_ names: [String]) -> [String] {
    var used: Set<String> = []
    return names.enumerated().map { index, name in
      var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
      if clean.isEmpty { clean = "Sheet\(index + 1)" }
      var candidate = String(clean.prefix(31))
      var number = 2
      while used.contains(candidate.lowercased()) {
        let suffix = " (\(number))"
        candidate = String(clean.prefix(31 - suffix.count)) + suffix
        number += 1
      }
      used.insert(candidate.lowercased())
      return candidate
    }
  }

  private static func write(
    _ sheet: Workbook.Sheet, to worksheet: UnsafeMutablePointer<lxw_worksheet>, formats: inout Formats,
    strings: inout CStrings
  ) {
    var row = 0
    var widths: [Int: Int] = [:]
    var headers: [(row: Int, titles: [String])] = []
    var wrapped: [(row: Int, column: Int, length: Int)] = []
    func widen(_ column: Int, _ length: Int) { widths[column] = max(widths[column] ?? 0, length) }
    func text(_ value: String, _ r: Int, _ c: Int, _ format: UnsafeMutablePointer<lxw_format>?) {
      let clipped = value.count > maxText ? String(value.prefix(maxText - 1)) + "…" : value
      worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(c), clipped, format)
    }

    for (number, table) in sheet.tables.enumerated() where row < maxRows - 2 {
      if number > 0 { row += 1 }
      if let title = table.title {
        text(title, row, 0, formats.title)
        row += 1
      }
      let columns = table.columns.prefix(maxColumns)
      let header = row
      for (c, column) in columns.enumerated() {
        text(column.title, row, c, formats.header(column.style))
        // Headers wrap: a column is as wide as the header's longest word, not the whole header.
        widen(c, min(column.title.split(separator: " ").map(\.count).max() ?? 0, 24))
      }
      headers.append((header, columns.map(\.title)))
      row += 1
      for cells in table.rows where row < maxRows {
        for (c, cell) in cells.prefix(columns.count).enumerated() {
          let style = columns[c].style
          // Outside lists long text wraps in its column (Excel then grows the row).
          let format = formats.cell(style, marked: cell.marked, wrap: !sheet.isList && style == .text)
          switch cell.value {
          case .empty: if cell.marked { worksheet_write_blank(worksheet, lxw_row_t(row), lxw_col_t(c), format) }
          case .text(let value):
            text(value, row, c, format)
            widen(c, value.count)
            if !sheet.isList { wrapped.append((row, c, value.count)) }
          case .number(let value):
            worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(c), value, format)
            widen(c, shownLength(value, style))
          }
          if let comment = cell.comment {
            worksheet_write_comment(worksheet, lxw_row_t(row), lxw_col_t(c), strings.keep(String(comment.prefix(maxText))))
          }
        }
        row += 1
      }
      if number == 0 && sheet.isList && !columns.isEmpty {
        worksheet_freeze_panes(worksheet, lxw_row_t(header + 1), 0)
        // Printed: landscape, as wide as one page, the header on every page.
        worksheet_repeat_rows(worksheet, lxw_row_t(header), lxw_row_t(header))
        worksheet_autofilter(worksheet, lxw_row_t(header), 0, lxw_row_t(max(row - 1, header)), lxw_col_t(columns.count - 1))
      }
    }
    if !sheet.notes.isEmpty { row += 1 }
    for note in sheet.notes where row < maxRows {
      text(note, row, 0, formats.note)
      row += 1
    }
    worksheet_set_landscape(worksheet)
    if sheet.isList { worksheet_fit_to_pages(worksheet, 1, 0) }
    func shownWidth(_ column: Int) -> Int { min(max(widths[column] ?? 0, 4), 48) }
    for column in widths.keys {
      // A note's long line spills over the empty cells to its right; it does not widen column A.
      worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), Double(shownWidth(column) + 2), nil)
    }
    // Rows of wrapped text get their height (LibreOffice does not grow them by itself).
    var lines: [Int: Int] = [:]
    for cell in wrapped {
      lines[cell.row] = max(lines[cell.row] ?? 1, (cell.length + shownWidth(cell.column) - 1) / shownWidth(cell.column))
    }
    for (row, count) in lines where count > 1 {
      worksheet_set_row(worksheet, lxw_row_t(row), 15 * Double(min(count, 20)), nil)
    }
    for (row, titles) in headers {
      let lines = titles.enumerated().map { c, title in (title.count + shownWidth(c) - 1) / shownWidth(c) }.max() ?? 1
      if lines > 1 { worksheet_set_row(worksheet, lxw_row_t(row), 15 * Double(min(lines, 4)), nil) }
    }
  }

  /// About how many characters a number takes in its format (for the column's width).
  static func shownLength(_ value: Double, _ style: Workbook.Style) -> Int {
    let whole = String(Int(abs(value.rounded(.towardZero)).clamped(to: 0...1e15))).count + (value < 0 ? 1 : 0)
    switch style {
    case .integer, .text: return whole
    case .signedInteger: return whole + 1
    case .oneDecimal: return whole + 2
    case .signedOneDecimal: return whole + 3
    case .percent: return String(Int(abs(value * 100))).count + 4
    case .general: return min(value.description.count, 12)
    }
  }

  /// The workbook's formats, made once each.
  struct Formats {
    let book: UnsafeMutablePointer<lxw_workbook>
    var made: [String: UnsafeMutablePointer<lxw_format>] = [:]
    lazy var title: UnsafeMutablePointer<lxw_format>? = make("title") { format_set_bold($0); format_set_font_size($0, 12) }
    lazy var note: UnsafeMutablePointer<lxw_format>? = make("note") { format_set_font_color($0, 0x555555) }

    init(book: UnsafeMutablePointer<lxw_workbook>) { self.book = book }

    mutating func header(_ style: Workbook.Style) -> UnsafeMutablePointer<lxw_format>? {
      make("header-\(style == .text)") {
        format_set_bold($0)
        format_set_bottom($0, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap($0)
        format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        if style != .text { format_set_align($0, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
      }
    }

    mutating func cell(_ style: Workbook.Style, marked: Bool, wrap: Bool = false) -> UnsafeMutablePointer<lxw_format>? {
      make("\(style)-\(marked)-\(wrap)") { format in
        if marked { format_set_italic(format) }
        if wrap {
          format_set_text_wrap(format)
          format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        if let code = Self.numberFormat(style) { format_set_num_format(format, code) }
      }
    }

    static func numberFormat(_ style: Workbook.Style) -> String? {
      switch style {
      case .text, .general: return nil
      case .integer: return "0"
      case .oneDecimal: return "0.0"
      case .percent: return "0.0%"
      case .signedInteger: return "+0;-0;0"
      case .signedOneDecimal: return "+0.0;-0.0;0.0"
      }
    }

    private mutating func make(_ key: String, _ setUp: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format>? {
      if let format = made[key] { return format }
      guard let format = workbook_add_format(book) else { return nil }
      setUp(format)
      made[key] = format
      return format
    }
  }

  /// C strings that must outlive the calls that take them (properties, comments), freed after
  /// the workbook is closed.
  struct CStrings {
    var pointers: [UnsafeMutablePointer<CChar>] = []
    mutating func keep(_ text: String) -> UnsafeMutablePointer<CChar>? {
      guard let copy = strdup(text) else { return nil }
      pointers.append(copy)
      return copy
    }
    func free() { pointers.forEach { Foundation.free($0) } }
  }
}

extension Comparable {
  fileprivate func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
