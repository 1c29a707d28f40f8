/// Columns aligned for a terminal, widths counted in characters (an umlaut is one column).
///
///     TextTable(header: ["Rank", "City"], rows: [["1", "München"]], rightAligned: [0]).lines
///     // ["Rank  City   ", "   1  München"]   (trailing spaces trimmed)
struct TextTable {
  var header: [String]
  var rows: [[String]]
  var rightAligned: Set<Int>

  var lines: [String] {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
    return all.map { cells in
      var line = ""
      for (column, width) in widths.enumerated() {
        let cell = cells.indices.contains(column) ? cells[column] : ""
        let pad = String(repeating: " ", count: width - cell.count)
        if column > 0 { line += "  " }
        line += rightAligned.contains(column) ? pad + cell : cell + pad
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// Splits text into lines of at most `width` characters at spaces (a longer word stays whole).
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
