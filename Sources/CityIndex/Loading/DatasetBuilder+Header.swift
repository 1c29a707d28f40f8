/// How a data file's header is read: long or wide, cities by name or official key, and the
/// dataset column of each indicator a header or a long row names.
extension DatasetBuilder {
  mutating func shape(of header: CSVHeader, log: inout DiagnosticLog) -> Shape? {
    let isLong = header.index(of: "indicator") != nil && header.index(of: "value") != nil
    // Cities by official key (`ags`, or `ars`) where the file has one, the names beside checked.
    keyField = header.index(of: "ags") ?? header.index(of: "ars")
    nameField = keyField == nil ? nil : header.index(of: "city")
    if keyField != nil && keys == nil {
      log.error(.keysNeedCitiesFile(column: header.index(of: "ags") != nil ? "ags" : "ars"), at: header.location)
      return nil
    }
    let cityColumn = keyField.map { header.names[$0] } ?? "city"
    let required = isLong ? [cityColumn, "year", "indicator", "value"] : [cityColumn, "year"]
    let missing = required.filter { header.index(of: $0) == nil }
    for name in missing {
      log.error(.missingColumn(name, header: header.names, table: .data(long: isLong)), at: header.location)
    }
    guard missing.isEmpty, let city = keyField ?? header.index(of: "city"), let year = header.index(of: "year") else { return nil }
    if isLong, let indicator = header.index(of: "indicator"), let value = header.index(of: "value") {
      return .long(city: city, year: year, indicator: indicator, value: value)
    }
    var columns: [(field: Int, indicator: Int)] = []
    var ok = true
    let other = Set(["note", "source", "flag", "city"].compactMap { header.index(of: $0) })
    for (field, name) in header.names.enumerated() where field != city && field != year {
      if other.contains(field) { continue }
      if definition.index(of: name) == nil {
        // Counted per data row as the rows come, reported once at the end.
        unknownIndicators.append((name, 0, header.location(of: field)))
        columns.append((field, -unknownIndicators.count))
        continue
      }
      if let column = Self.indicatorColumn(name, definition: definition, at: header.location(of: field), log: &log) {
        columns.append((field, column))
      } else {
        ok = false
      }
    }
    if ok && columns.isEmpty {
      log.error(.noIndicatorColumns, at: header.location)
      ok = false
    }
    return ok ? .wide(city: city, year: year, columns: columns) : nil
  }

  /// The column of an indicator id, or an error that says why it is none.
  static func indicatorColumn(
    _ id: String, definition: IndexDefinition, at location: SourceLocation, log: inout DiagnosticLog
  ) -> Int? {
    guard let node = definition.index(of: id) else {
      let suggestions = Suggestion.names(for: id, in: definition.leaves.map { definition.nodes[$0].id })
      log.error(.unknownIndicator(id, file: definition.file, suggestions: suggestions), at: location)
      return nil
    }
    guard let column = definition.leafColumn[node] else {
      log.error(.groupNotIndicator(id, file: definition.file), at: location)
      return nil
    }
    return column
  }

  /// The column of the indicator a long row names, interned by its bytes; negative for an
  /// indicator the definition does not have (counted in `unknownIndicators`), `nil` after an
  /// error.
  mutating func indicatorColumn(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    if let known = record.withBytes(at: field, { indicatorColumns.value(for: $0) }) {
      if known < 0 { unknownIndicators[-known - 1].rows += 1 }
      return known
    }
    let id = record.string(at: field)
    if id.isEmpty {
      log.error(.emptyIndicatorID, at: record.location(at: field))
      return nil
    }
    if definition.index(of: id) == nil {
      unknownIndicators.append((id, 1, record.location(at: field)))
      record.withBytes(at: field) { indicatorColumns.insert($0, value: -unknownIndicators.count) }
      return -unknownIndicators.count
    }
    let column = Self.indicatorColumn(id, definition: definition, at: record.location(at: field), log: &log)
    if let column {
      record.withBytes(at: field) { indicatorColumns.insert($0, value: column) }
    }
    return column
  }
}
