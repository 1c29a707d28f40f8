/// The result of scoring one year: every node's score for every ranked city, and the ranks.
///
///     for city in scorecard.rankingOrder {
///       print(scorecard.ranks[city]!, scorecard.cities[city], scorecard.score(city: city, node: scorecard.definition.root))
///     }
public struct Scorecard: Sendable {
  /// The definition with the weights the run used (those of ``ScoringOptions/weighting``).
  public var definition: IndexDefinition
  public var year: Int
  public var options: ScoringOptions
  /// Cities that passed the coverage screen, in dataset order.
  public var cities: [String]
  /// Cities × nodes (the definition's order): normalised scores at the leaves, aggregated
  /// scores at the groups; `NaN` where missing.
  public var scores: Matrix
  /// Share of indicators with a raw value, per city, before imputation.
  public var coverage: [Double]
  /// Cities × indicators: the raw values that were normalised — after denominators,
  /// imputation and outlier treatment.
  public var values: Matrix
  /// The values imputation filled in (ranked and unranked cities of the year alike).
  public var imputed: [ImputedValue] = []
  /// What outlier treatment did, per indicator; empty without treatment.
  public var treatments: [IndicatorTreatment] = []
  /// Values carried forward from earlier years (``Node/maxAge``), of the scored cities.
  public var carried: [CarriedValue] = []
  /// Per indicator, the years its values come from and what was too old to use.
  public var vintage: [IndicatorVintage] = []
  /// The quality flag (`proxy` …) of each value the cities were scored on, where it has one.
  public var flags: [CityIndicator: String] = [:]
  /// With `--weights optimised`: the weights found and how close they came.
  public var weightFit: OptimisedWeights.Fit?

  /// A city and an indicator, by name and id.
  public struct CityIndicator: Hashable, Sendable {
    public var city: String
    public var indicator: String

    public init(city: String, indicator: String) {
      self.city = city
      self.indicator = indicator
    }
  }

  /// The flag of the value `city` was scored on for `indicator`, if it has one.
  public func flag(city: String, indicator: String) -> String? {
    flags.isEmpty ? nil : flags[CityIndicator(city: city, indicator: indicator)]
  }

  /// The value a city was scored on that was carried from an earlier year, when it was.
  public func carriedValue(city: String, indicator: String) -> CarriedValue? {
    carried.first { $0.city == city && $0.indicator == indicator }
  }

  /// The value `city` was scored on for an indicator as the data gives it (after any
  /// denominator, before imputation or treatment) — the year's own, or one carried forward —
  /// and the year it belongs to; `nil` when there is none. Also for a city the year did not rank.
  public func valueInForce(city: String, indicator id: String, in dataset: Dataset) -> (value: Double, year: Int)? {
    if let carried = carriedValue(city: city, indicator: id) { return (carried.value, carried.fromYear) }
    guard let row = dataset.row(of: city), let column = dataset.indicators.firstIndex(of: id),
      let value = dataset.values(for: year)?[row, column], !value.isNaN
    else { return nil }
    return (value, year)
  }

  /// The earlier year a city's value was carried from, when it was.
  public func carriedYear(city: String, indicator: String) -> Int? { carriedValue(city: city, indicator: indicator)?.fromYear }

  /// How many values of each city were carried forward and how many carry a flag.
  public var provenanceCounts: (carried: [String: Int], flagged: [String: Int]) {
    var carriedCounts: [String: Int] = [:]
    for value in carried { carriedCounts[value.city, default: 0] += 1 }
    var flagged: [String: Int] = [:]
    for key in flags.keys { flagged[key.city, default: 0] += 1 }
    return (carriedCounts, flagged)
  }
  /// Competition rank per city; `nil` when the city has no total score.
  public var ranks: [Int?]
  /// Cities of the year that are not ranked, and why.
  public var notRanked: [NotRanked]
  /// Things worth knowing that did not stop the run (e.g. an indicator with zero range).
  public var warnings: [Diagnostic]

  /// The score of one city at one node.
  public func score(city: Int, node: Int) -> Double { scores[city, node] }

  /// The total (root) score of each city.
  public var totals: [Double] { scores.column(definition.root) }

  /// Positions in ``cities`` of the ranked cities, best first; ties in name order.
  public var rankingOrder: [Int] {
    cities.indices.filter { ranks[$0] != nil }.sorted { a, b in
      let (ra, rb) = (ranks[a] ?? 0, ranks[b] ?? 0)
      return ra != rb ? ra < rb : cities[a] < cities[b]
    }
  }

  /// The position of a city by exact name.
  public func index(of city: String) -> Int? { cities.firstIndex(of: city) }

  /// A city's rank, or `nil` when it is not ranked.
  public func rank(of city: String) -> Int? { index(of: city).flatMap { ranks[$0] } }

  /// Every raw value imputation filled or outlier treatment changed: the imputed ones first,
  /// then indicator by indicator (a log transform changes every value of its indicator).
  public var adjustedValues: [AdjustedValue] {
    var result = imputed.map {
      AdjustedValue(city: $0.city, indicator: $0.indicator, from: nil, to: $0.value, change: .imputed($0.value, fromYear: $0.fromYear))
    }
    for treatment in treatments {
      switch treatment.outcome {
      case .passed:
        continue
      case .winsorized:
        result += treatment.changed.map {
          AdjustedValue(city: $0.city, indicator: treatment.indicator, from: $0.from, to: $0.to, change: .winsorized(to: $0.to))
        }
      case .logTransformed:
        guard let column = definition.indicators.firstIndex(where: { $0.id == treatment.indicator }) else { continue }
        for (row, city) in cities.enumerated() where !values[row, column].isNaN {
          result.append(
            AdjustedValue(city: city, indicator: treatment.indicator, from: nil, to: values[row, column], change: .logTransformed))
        }
      }
    }
    return result
  }

  /// How many raw values of each city imputation filled and outlier treatment changed.
  public var adjustmentCounts: (imputed: [String: Int], treated: [String: Int]) {
    var imputed: [String: Int] = [:]
    var treated: [String: Int] = [:]
    for value in adjustedValues {
      if case .imputed = value.change { imputed[value.city, default: 0] += 1 } else { treated[value.city, default: 0] += 1 }
    }
    return (imputed, treated)
  }

  /// What imputation or treatment did to one city's value of one indicator, if anything.
  public func adjustment(city: String, indicator: String) -> ValueAdjustment? {
    if let value = imputed.first(where: { $0.city == city && $0.indicator == indicator }) {
      return .imputed(value.value, fromYear: value.fromYear)
    }
    guard let treatment = treatments.first(where: { $0.indicator == indicator }) else { return nil }
    switch treatment.outcome {
    case .passed: return nil
    case .winsorized: return treatment.changed.first { $0.city == city }.map { .winsorized(to: $0.to) }
    case .logTransformed: return .logTransformed
    }
  }
}

/// One raw value that imputation or treatment replaced before normalisation.
public struct AdjustedValue: Sendable, Equatable {
  public var city: String
  public var indicator: String
  /// The raw value, where there was one and the change kept it apart (winsorisation).
  public var from: Double?
  /// The value normalised instead.
  public var to: Double
  public var change: ValueAdjustment
}

/// How a raw value was changed before normalisation.
public enum ValueAdjustment: Sendable, Equatable {
  /// Missing, filled with this value (carried from `fromYear` by `last-year`).
  case imputed(Double, fromYear: Int?)
  /// Winsorised to this value.
  case winsorized(to: Double)
  /// Log-transformed with the rest of its indicator.
  case logTransformed
}
