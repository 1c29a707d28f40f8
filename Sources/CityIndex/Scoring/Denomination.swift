/// The first step of the pipeline: indicators with a `denominator` are divided by that
/// attribute of the city (a column of the cities file) and multiplied by their `scale`.
///
///     // charging_points, denominator population, scale 100000:
///     // 120 points in a city of 300,000 → 40 per 100,000 inhabitants
///     let perCapita = try Denomination.apply(definition, dataset, cities: table, citiesFile: "datasets/cities.csv").value
///
/// The attribute is looked up for the value's year (``CityTable`` picks that year's row, a row
/// without a year, or the latest earlier year). A value whose city has no usable denominator
/// (absent, not a number, or zero) becomes missing, with one warning per indicator and year.
/// A quotient whose divisor's row of that very year is flagged `break` (population on a new
/// census basis) is flagged `break` too, unless the value has a flag of its own: a rate is not
/// comparable across its divisor's break.
public enum Denomination {
  /// The dataset with every denominated indicator divided; unchanged when no indicator has a
  /// denominator.
  ///
  /// - Throws: ``InputErrors`` when an indicator names a denominator but there is no cities
  ///   file, or the file has no such column.
  public static func apply(
    _ definition: IndexDefinition, _ dataset: Dataset, cities: CityTable?, citiesFile: String
  ) throws(InputErrors) -> Loaded<Dataset> {
    let denominated = definition.indicators.enumerated().compactMap { column, node in
      node.denominator.map { (column: column, node: node, attribute: $0) }
    }
    guard !denominated.isEmpty else { return Loaded(dataset) }
    var log = DiagnosticLog()
    for entry in denominated {
      guard let cities else {
        log.error(.dividedNeedsCitiesFile(id: entry.node.id, attribute: entry.attribute), at: entry.node.location)
        continue
      }
      if !cities.hasColumn(entry.attribute) {
        log.error(
          .noSuchDenominator(
            id: entry.node.id, attribute: entry.attribute, file: citiesFile, columns: cities.columns,
            suggestions: Suggestion.names(for: entry.attribute, in: cities.columns)),
          at: entry.node.location)
      }
    }
    try log.throwIfErrors()
    guard let cities else { return Loaded(dataset) }

    var result = dataset
    result.keepUndivided(columns: denominated.map(\.column))
    var breaks: [(row: Int, year: Int, column: Int)] = []
    let citiesHaveFlags = cities.hasColumn("flag")
    for year in dataset.years {
      let rows = dataset.participants(in: year)
      let brokenRows = citiesHaveFlags ? Set(rows.filter { row in
        cities.text("flag", of: dataset.cities[row], onlyIn: year)?.lowercased() == ComparisonStatus.breakFlag
      }) : []
      // Each city's denominators once per year: attribute → divisor per row.
      var divisors: [String: [Double?]] = [:]
      for attribute in Set(denominated.map(\.attribute)) {
        divisors[attribute] = rows.map { row in
          cities.number(attribute, of: dataset.cities[row], year: year).flatMap { $0 == 0 ? nil : $0 }
        }
      }
      result.modifyValues(of: year) { values in
        for entry in denominated {
          let scale = entry.node.scale ?? 1
          let divisor = divisors[entry.attribute] ?? []
          var lacking: [String] = []
          for (i, row) in rows.enumerated() where !values[row, entry.column].isNaN {
            if let d = divisor[i] {
              values[row, entry.column] = values[row, entry.column] / d * scale
              if brokenRows.contains(row) && dataset.flag(city: row, year: year, indicator: entry.column) == nil {
                breaks.append((row, year, entry.column))
              }
            } else {
              values[row, entry.column] = .nan
              lacking.append(dataset.cities[row])
            }
          }
          if !lacking.isEmpty {
            log.warning(
              .noUsableDenominator(file: citiesFile, attribute: entry.attribute, cities: lacking, year: year, id: entry.node.id),
              at: entry.node.location)
          }
        }
      }
    }
    for value in breaks { result.setFlag(ComparisonStatus.breakFlag, city: value.row, year: value.year, indicator: value.column) }
    return Loaded(result, warnings: log.warnings)
  }
}
