/// A city left out of a ranking, and why.
public struct NotRanked: Sendable, Equatable {
  public var city: String
  /// Share of indicators with a value, 0…1.
  public var coverage: Double
  public var reason: String

  public init(city: String, coverage: Double, reason: String) {
    self.city = city
    self.coverage = coverage
    self.reason = reason
  }
}

/// One year's raw values after the coverage screen and imputation: the input to normalisation.
struct PreparedYear: Sendable {
  var year: Int
  /// Dataset rows of the cities kept, in dataset order.
  var rows: [Int]
  /// Kept cities × indicators, imputed where the method imputes.
  var values: Matrix
  /// Coverage of each kept city, before imputation.
  var coverage: [Double]
  var notRanked: [NotRanked]
}

extension MissingData {
  /// Screens coverage, then imputes raw values as the method says.
  ///
  /// Coverage is the share of indicators with a value before imputation; a city below
  /// `minCoverage` is dropped before anything else and listed as not ranked.
  func prepare(_ dataset: Dataset, year: Int, options: ScoringOptions) -> PreparedYear {
    let all = dataset.values(for: year) ?? Matrix(rows: 0, columns: dataset.indicators.count)
    let columns = all.columns
    var kept: [Int] = []
    var coverage: [Double] = []
    var notRanked: [NotRanked] = []
    for row in dataset.participants(in: year) {
      var present = 0
      for column in 0..<columns where !all[row, column].isNaN { present += 1 }
      let share = columns == 0 ? 0 : Double(present) / Double(columns)
      if share < options.minCoverage {
        notRanked.append(
          NotRanked(
            city: dataset.cities[row], coverage: share,
            reason: "coverage \(percent(share)) is below the minimum of \(percent(options.minCoverage))"))
      } else {
        kept.append(row)
        coverage.append(share)
      }
    }
    var values = all.selectingRows(kept)
    if self == .mean || self == .median {
      for column in 0..<columns {
        let observed = (0..<values.rows).map { values[$0, column] }.filter { !$0.isNaN }
        guard !observed.isEmpty, observed.count < values.rows else { continue }
        let fill = self == .mean ? observed.reduce(0, +) / Double(observed.count) : CityIndex.median(observed)
        for row in 0..<values.rows where values[row, column].isNaN { values[row, column] = fill }
      }
    }
    return PreparedYear(year: year, rows: kept, values: values, coverage: coverage, notRanked: notRanked)
  }
}

/// The median of non-empty values (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// `0.4` → `"40%"`, `0.125` → `"12.5%"`.
func percent(_ share: Double) -> String {
  let value = (share * 1000).rounded() / 10
  return value == value.rounded() ? "\(Int(value))%" : "\(value)%"
}
