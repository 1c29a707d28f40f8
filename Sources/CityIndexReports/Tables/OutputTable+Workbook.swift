import CityIndex

extension OutputTable {
  /// The table as a workbook sheet: people's headers, numbers as numbers (scores with one
  /// decimal, shares as percentages, raw values as they are), the notes underneath.
  public func sheet() -> Workbook.Sheet {
    let kept = self.columns.indices.filter { !self.columns[$0].notInWorkbook }
    let columns = kept.map { self.columns[$0] }.map { column -> Workbook.Column in
      let style: Workbook.Style =
        switch column.kind {
        case .text: .text
        case .integer: .integer
        case .number: .oneDecimal
        case .fraction: .percent
        case .raw: .general
        }
      return Workbook.Column(column.header, style)
    }
    let rows = self.rows.map { row in
      kept.map { row[$0] }.map { cell -> Workbook.Cell in
        switch cell {
        case .text(let text): .text(text)
        case .integer(let value): .number(value)
        case .number(let value): .number(value)
        }
      }
    }
    return Workbook.Sheet(
      name: sheetName ?? title, tables: [.init(columns: columns, rows: rows)], notes: [title] + notes + workbookNotes)
  }
}

extension OutputTable {
  /// Where a command's data come from, for the foot of each workbook sheet: the files read and
  /// the source of each indicator, as the definition names it.
  ///
  ///     Data: datasets/open-data.csv · definition: indicators/open-smart-city-index.csv · sci 0.9.0
  ///     Source of Gigabit-Anschlüsse: Breitbandatlas (BNetzA/ateneKOM) …
  public static func provenance(definition: IndexDefinition, dataFiles: [String], language: Language) -> [String] {
    let s = Strings(language: language)
    var lines = [s.dataFilesLine(dataFiles, definition: definition.file)]
    var seen: [String: Int] = [:]
    var sources: [(names: [String], source: String)] = []
    for node in definition.indicators where !node.source.isEmpty {
      if let i = seen[node.source] {
        sources[i].names.append(node.name)
      } else {
        seen[node.source] = sources.count
        sources.append(([node.name], node.source))
      }
    }
    lines += sources.map { s.sourceOf($0.names, $0.source) }
    return lines
  }
}
