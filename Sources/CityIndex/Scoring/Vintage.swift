/// A value from an earlier year standing in for a city's missing value of the scored year.
public struct CarriedValue: Sendable, Equatable {
  public var city: String
  public var indicator: String
  public var value: Double
  /// The year the value belongs to.
  public var fromYear: Int

  public init(city: String, indicator: String, value: Double, fromYear: Int) {
    self.city = city
    self.indicator = indicator
    self.value = value
    self.fromYear = fromYear
  }
}

/// The age of one indicator's values in a scored year: which years they come from, what was
/// carried forward, and what was too old to use.
///
///     // photovoltaics scored for 2022 with data of 2021 and 2023, max age 3:
///     IndicatorVintage(indicator: "pv", maxAge: 3, citiesByYear: [2021: 80], tooOld: [], missing: 0)
public struct IndicatorVintage: Sendable, Equatable {
  /// A city whose latest value is older than the limit, so none is used.
  public struct Stale: Sendable, Equatable {
    public var city: String
    public var year: Int
  }

  public var indicator: String
  /// The most years a value may be carried forward; `nil` when it is never carried.
  public var maxAge: Int?
  /// How many of the year's cities have a value from each year (the scored year's own included).
  public var citiesByYear: [Int: Int]
  /// Cities that have only values older than ``maxAge``: they count as missing.
  public var tooOld: [Stale]
  /// Cities with no value at all (too old ones included).
  public var missing: Int

  /// The years values come from, latest first.
  public var years: [Int] { citiesByYear.keys.sorted(by: >) }

  /// Whether any value comes from an earlier year than `year`.
  public func isCarried(into year: Int) -> Bool { citiesByYear.keys.contains { $0 < year } }
}

/// Carrying values forward: the step before the coverage screen. An indicator whose
/// ``Node/maxAge`` (or ``ScoringOptions/maxAge``) is `A` may fill a city's missing value of year
/// `Y` with the city's latest value from `Y − A … Y − 1`; an older one is not used, and says
/// so. Data sources end in different years, so a ranking "for 2021" may rest on 2018's register
/// of charging points — the scorecard names every such value and its year.
enum Vintage {
  /// The year's values of the cities in `rows` with gaps filled from earlier years within each
  /// column's maximum age (`maxAges`, one per indicator; `nil`: not carried).
  static func carryForward(
    _ dataset: Dataset, year: Int, rows: [Int], maxAges: [Int?]
  ) -> (values: Matrix, carried: [CarriedValue], vintage: [IndicatorVintage]) {
    let columns = dataset.indicators.count
    let all = dataset.values(for: year) ?? Matrix(rows: dataset.cities.count, columns: columns)
    var values = all.selectingRows(rows)
    let earlier = dataset.years.filter { $0 < year }.reversed().compactMap { past in dataset.values(for: past).map { (year: past, values: $0) } }
    var carried = [[CarriedValue]](repeating: [], count: columns)
    let ages = (0..<columns).map { $0 < maxAges.count ? maxAges[$0] : nil }
    var present = [Int](repeating: 0, count: columns)
    var byYear = [[Int: Int]](repeating: [:], count: columns)
    var tooOld = [[IndicatorVintage.Stale]](repeating: [], count: columns)
    var missing = [Int](repeating: 0, count: columns)
    // Row by row, so that the matrix is read in storage order; gaps are rare.
    for (i, row) in rows.enumerated() {
      for column in 0..<columns {
        if !values[i, column].isNaN {
          present[column] += 1
          continue
        }
        // Without a maximum age nothing is carried, and nothing is "too old" either.
        guard let maxAge = ages[column], let latest = earlier.first(where: { !$0.values[row, column].isNaN }) else {
          missing[column] += 1
          continue
        }
        if year - latest.year <= maxAge {
          values[i, column] = latest.values[row, column]
          byYear[column][latest.year, default: 0] += 1
          carried[column].append(
            CarriedValue(city: dataset.cities[row], indicator: dataset.indicators[column], value: values[i, column], fromYear: latest.year))
        } else {
          missing[column] += 1
          tooOld[column].append(.init(city: dataset.cities[row], year: latest.year))
        }
      }
    }
    let vintage = (0..<columns).map { column in
      var counts = byYear[column]
      if present[column] > 0 { counts[year] = present[column] }
      return IndicatorVintage(
        indicator: dataset.indicators[column], maxAge: ages[column], citiesByYear: counts, tooOld: tooOld[column],
        missing: missing[column])
    }
    // Carried values by indicator, then city in row order.
    return (values, carried.flatMap { $0 }, vintage)
  }

  /// The latest year of the data in which every indicator has a value for some city — its own
  /// or one carried within its maximum age; the latest year when no year has all.
  static func defaultYear(_ dataset: Dataset, maxAges: [Int?]) -> Int? {
    guard let latest = dataset.years.last else { return nil }
    let present: [Int: [Bool]] = Dictionary(
      uniqueKeysWithValues: dataset.years.compactMap { year in
        dataset.values(for: year).map { values in
          (year, (0..<values.columns).map { column in (0..<values.rows).contains { !values[$0, column].isNaN } })
        }
      })
    let complete = dataset.years.last { year in
      (0..<dataset.indicators.count).allSatisfy { column in
        let maxAge = (column < maxAges.count ? maxAges[column] : nil) ?? 0
        return dataset.years.contains { $0 <= year && year - $0 <= maxAge && present[$0]?[column] == true }
      }
    }
    return complete ?? latest
  }
}

extension ScoringOptions {
  /// Each indicator's maximum age for carrying values forward: `--max-age` for all when given,
  /// else the definition's `max_age` column.
  public func maxAges(_ definition: IndexDefinition) -> [Int?] {
    definition.indicators.map { maxAge ?? $0.maxAge }
  }
}
