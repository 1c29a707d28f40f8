/// What is checked once every file is read: unknown indicators, years, value ranges.
extension DatasetBuilder {
  /// Each indicator the definition does not have, once: an error with its row count and a
  /// did-you-mean, or — with `ignoreUnknown` — one warning that names them all.
  mutating func reportUnknownIndicators() {
    guard let first = unknownIndicators.first else { return }
    let file = definition.file
    if ignoreUnknown {
      let named = unknownIndicators.prefix(20).map { (id: $0.id, rows: $0.rows) }
      log.warning(.leftOutIndicators(file: file, named: named, more: unknownIndicators.count - named.count), at: first.first)
      return
    }
    let ids = definition.leaves.map { definition.nodes[$0].id }
    for unknown in unknownIndicators {
      // A wide file's column is named in the header (line 1); a long file's rows from their first.
      log.error(
        .unknownIndicatorRows(
          unknown.id, file: file, rows: unknown.rows, wholeColumn: unknown.first.line == 1,
          suggestions: Suggestion.names(for: unknown.id, in: ids)),
        at: unknown.first)
    }
  }

  /// A year asked for that no row has: say which years the files do have.
  mutating func checkKeptYears() {
    guard let requiredYears, !log.hasErrors else { return }
    let all = seenYears.union(dataset.years).sorted()
    for year in requiredYears.sorted() where !dataset.years.contains(year) {
      log.error(.noDataForYear(year, years: all), at: SourceLocation(file: paths.joined(separator: ", ")))
    }
  }

  /// Values an indicator cannot take (a share above 100 %, a negative count or rate, a yes/no
  /// other than 0 or 1, outside the definition's `valid_min`/`valid_max`): an error each, at the
  /// cell that gives it — the first five per indicator, then a count.
  mutating func checkValidRanges() {
    guard !log.hasErrors else { return }
    let columns = definition.leaves.count
    let nodes = definition.indicators
    let ranges = nodes.map(\.validRange)
    let checked = ranges.indices.filter { ranges[$0] != nil }
    guard !checked.isEmpty else { return }
    func valid(_ value: Double, _ column: Int) -> Bool {
      guard let range = ranges[column], range.contains(value) else { return false }
      return !nodes[column].isYesNo || value == 0 || value == 1
    }
    // One pass over each year's matrix in storage order; per indicator the first five values
    // outside its range are kept, the rest counted.
    var shown = [[(year: Int, city: Int)]](repeating: [], count: columns)
    var outside = [Int](repeating: 0, count: columns)
    for year in dataset.years {
      guard let values = dataset.values(for: year) else { continue }
      for city in 0..<values.rows {
        for column in checked {
          let value = values[city, column]
          guard !value.isNaN, !valid(value, column) else { continue }
          outside[column] += 1
          if shown[column].count < 5 { shown[column].append((year, city)) }
        }
      }
    }
    for column in checked where outside[column] > 0 {
      guard let range = ranges[column] else { continue }
      let node = nodes[column]
      let bounds: Problem.Bounds =
        node.isYesNo && node.validMin == nil && node.validMax == nil
        ? .yesNo(unit: node.unit)
        : node.validMin != nil || node.validMax != nil
          ? .given(min: node.validMin, max: node.validMax)
          : range.upperBound == .greatestFiniteMagnitude
            ? .nonNegative(unit: node.unit) : .range(range.lowerBound, range.upperBound, unit: node.unit)
      for (year, city) in shown[column] {
        let value = dataset.values(for: year)?[city, column] ?? .nan
        log.error(
          .impossibleValue(value: value, id: node.id, city: dataset.cities[city], year: year, bounds: bounds),
          at: origin(year: year, city: city, column: column))
      }
      if outside[column] > 5 {
        log.error(.moreImpossibleValues(count: outside[column] - 5, id: node.id, bounds: bounds), at: node.location)
      }
    }
  }

  /// The cell a stored value came from: file, line and the column its indicator stands in.
  func origin(year: Int, city: Int, column: Int) -> SourceLocation? {
    let columns = definition.leaves.count
    guard let slot = dataset.years.contains(year) ? dataset.slotIfPresent(year) : nil, slot < origins.count else { return nil }
    let cell = city * columns + column
    guard cell < origins[slot].count, origins[slot][cell] != 0 else { return nil }
    let origin = CellOrigin(origins[slot][cell])
    let field = origin.file < valueFields.count && column < valueFields[origin.file].count ? valueFields[origin.file][column] : -1
    return SourceLocation(file: paths[origin.file], line: origin.line, column: field >= 0 ? field + 1 : nil)
  }

  /// A year whose every value is missing cannot be scored; say so where it first appears.
  mutating func checkYears() {
    for year in dataset.years {
      guard let values = dataset.values(for: year) else { continue }
      if values.values.allSatisfy(\.isNaN) {
        log.error(.yearWithoutData(year), at: firstSeen[year])
      }
    }
  }
}
