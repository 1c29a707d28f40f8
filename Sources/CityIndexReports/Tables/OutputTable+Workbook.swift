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
    return Workbook.Sheet(name: sheetName ?? title, tables: [.init(columns: columns, rows: rows)], notes: notes)
  }
}
