/// A city left out of a ranking, and why.
public struct NotRanked: Sendable, Equatable {
  public var city: String
  /// Share of indicators with a value, 0…1.
  public var coverage: Double
  public var cause: Cause

  /// Why a city is not ranked (reports say it in their language).
  public enum Cause: Sendable, Equatable {
    /// Its coverage is below the minimum coverage (given).
    case belowMinimum(Double)
    /// None of its indicators has a value (possible with a minimum coverage of 0).
    case noValue
  }

  public init(city: String, coverage: Double, cause: Cause) {
    self.city = city
    self.coverage = coverage
    self.cause = cause
  }

  /// The cause in English: `coverage 40% is below the minimum of 50%`.
  public var reason: String {
    switch cause {
    case .belowMinimum(let minimum): "coverage \(percent(coverage)) is below the minimum of \(percent(minimum))"
    case .noValue: "no indicator has a value"
    }
  }
}

/// A raw value that imputation filled in.
public struct ImputedValue: Sendable, Equatable {
  public var city: String
  public var indicator: String
  public var value: Double
  /// For `last-year`: the year the value was carried from.
  public var fromYear: Int?

  public init(city: String, indicator: String, value: Double, fromYear: Int? = nil) {
    self.city = city
    self.indicator = indicator
    self.value = value
    self.fromYear = fromYear
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
  /// The values imputation filled, by indicator then city.
  var imputed: [ImputedValue] = []
  /// What outlier treatment did, per indicator (empty without treatment).
  var treatments: [IndicatorTreatment] = []
  /// Cities whose gaps group imputation could not fill because they have no group.
  var ungrouped: [String] = []
  /// Values carried forward from earlier years, and each indicator's vintage.
  var carried: [CarriedValue] = []
  var vintage: [IndicatorVintage] = []
}

extension MissingData {
  /// Carries values forward within their maximum age, screens coverage, then imputes raw
  /// values as the method says.
  ///
  /// Coverage is the share of indicators with a value (its own year's or one carried forward)
  /// before imputation; a city below `minCoverage` is dropped before anything else and listed
  /// as not ranked.
  func prepare(_ dataset: Dataset, year: Int, options: ScoringOptions, maxAges: [Int?]) -> PreparedYear {
    let participants = dataset.participants(in: year)
    let (all, carriedAll, vintage) = Vintage.carryForward(dataset, year: year, rows: participants, maxAges: maxAges)
    let columns = all.columns
    var kept: [Int] = []
    var keptPositions: [Int] = []
    var coverage: [Double] = []
    var notRanked: [NotRanked] = []
    for (position, row) in participants.enumerated() {
      var present = 0
      for column in 0..<columns where !all[position, column].isNaN { present += 1 }
      let share = columns == 0 ? 0 : Double(present) / Double(columns)
      if share < options.minCoverage {
        notRanked.append(
          NotRanked(city: dataset.cities[row], coverage: share, cause: .belowMinimum(options.minCoverage)))
      } else {
        kept.append(row)
        keptPositions.append(position)
        coverage.append(share)
      }
    }
    var values = keptPositions.count == participants.count ? all : all.selectingRows(keptPositions)
    var imputed: [ImputedValue] = []
    if imputes {
      // Earlier years' values, latest first, looked up once rather than per missing value.
      let earlier: [(year: Int, values: Matrix)] =
        self == .lastYear
        ? dataset.years.filter { $0 < year }.reversed().compactMap { past in dataset.values(for: past).map { (past, $0) } }
        : []
      let groupOfRow = kept.map { options.groups?.label(of: dataset.cities[$0]) }
      for column in 0..<columns {
        let missing = (0..<values.rows).filter { values[$0, column].isNaN }
        guard !missing.isEmpty else { continue }
        var fills: [Int: (value: Double, from: Int?)] = [:]
        switch self {
        case .mean, .median:
          let observed = (0..<values.rows).map { values[$0, column] }.filter { !$0.isNaN }
          guard !observed.isEmpty else { continue }
          let fill = self == .mean ? CityIndex.mean(observed) : CityIndex.median(observed)
          for row in missing { fills[row] = (fill, nil) }
        case .groupMean, .groupMedian:
          var members: [String: [Double]] = [:]
          for row in 0..<values.rows where !values[row, column].isNaN {
            if let group = groupOfRow[row] { members[group, default: []].append(values[row, column]) }
          }
          for row in missing {
            guard let group = groupOfRow[row], let observed = members[group] else { continue }
            fills[row] = (self == .groupMean ? CityIndex.mean(observed) : CityIndex.median(observed), nil)
          }
        case .lastYear:
          for row in missing {
            if let past = earlier.first(where: { !$0.values[kept[row], column].isNaN }) {
              fills[row] = (past.values[kept[row], column], past.year)
            }
          }
        case .skip, .zero:
          break
        }
        for row in missing {
          guard let fill = fills[row] else { continue }
          values[row, column] = fill.value
          imputed.append(
            ImputedValue(
              city: dataset.cities[kept[row]], indicator: dataset.indicators[column], value: fill.value, fromYear: fill.from))
        }
      }
    }
    var prepared = PreparedYear(
      year: year, rows: kept, values: values, coverage: coverage, notRanked: notRanked, imputed: imputed)
    let keptCities = Set(kept.map { dataset.cities[$0] })
    prepared.carried = carriedAll.filter { keptCities.contains($0.city) }
    prepared.vintage = vintage
    if self == .groupMean || self == .groupMedian {
      prepared.ungrouped = kept.indices.filter { row in
        options.groups?.label(of: dataset.cities[kept[row]]) == nil && (0..<columns).contains { values[row, $0].isNaN }
      }.map { dataset.cities[kept[$0]] }
    }
    return prepared
  }
}

/// The arithmetic mean of non-empty values.
func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

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
