/// Every city's change between two years, like for like: on the indicators it has values of its
/// own for in both years (not carried forward, not across a break in the source, not entering or
/// leaving the index), on bounds fixed over the two years.
///
///     let change = try LikeForLike(definition, dataset, from: 2020, to: 2021, options: options)
///     change.difference(of: "Wiesbaden")?.total   // its score change on what both years measure
///     change.status(of: "Wiesbaden", indicator: 4) // .break
///
/// Ranks stay each year's own ranking (``ranked``): what a reader saw published. Scores and their
/// changes come from a scoring of the two years together — every compared indicator normalised
/// over both years' values, nothing carried, nothing imputed — and each city's totals are
/// aggregated over its compared indicators alone, so that its change is the sum of their
/// contributions (``ScoreDifference``). Under `--normalize-over year` the bounds stay per year.
public struct LikeForLike: Sendable {
  public let fromYear: Int
  public let toYear: Int
  /// Each year's own ranking: its indicators, carried values and bounds.
  public let ranked: (from: Scorecard, to: Scorecard)
  /// The two years scored for comparing: own values only, bounds over both years.
  public let comparable: (from: Scorecard, to: Scorecard)
  /// The definition with the weights the later year's ranking used.
  public var definition: IndexDefinition { ranked.to.definition }
  /// Each group's aggregation.
  public let methods: [Aggregation]
  let dataset: Dataset
  let options: ScoringOptions
  private let carried: (from: Set<Scorecard.CityIndicator>, to: Set<Scorecard.CityIndicator>)
  /// Per indicator column: whether any city of the year has a value, own or carried.
  private let present: (from: [Bool], to: [Bool])
  /// The years whose `break` flags lie between the two (after the earlier, up to the later).
  private let breakYears: [Int]

  /// - Parameters:
  ///   - scope: the bounds of the comparison: `panel` (both years together, the default) or
  ///     `year` (each year its own, as `--normalize-over year` asks).
  ///   - ranked: the two years' rankings when the caller has them already (they must be of
  ///     `dataset` with `options`).
  /// - Throws: ``InputErrors`` when a year has no data or the methods cannot score it.
  public init(
    _ definition: IndexDefinition, _ dataset: Dataset, from: Int, to: Int, options: ScoringOptions,
    scope: NormalizationScope = .panel, ranked: (from: Scorecard, to: Scorecard)? = nil
  ) throws(InputErrors) {
    fromYear = from
    toYear = to
    self.dataset = dataset
    self.options = options
    let (rankedFrom, rankedTo) =
      if let ranked { ranked } else {
        (
          try Scorer.score(definition, dataset, year: from, options: options),
          try Scorer.score(definition, dataset, year: to, options: options)
        )
      }
    self.ranked = (rankedFrom, rankedTo)
    var own = options
    own.missing = .skip
    own.minCoverage = 0
    own.maxAge = 0
    own.scope = scope
    let both = dataset.selectingYears([from, to])
    comparable = (
      try Scorer.score(definition, both, year: from, options: own),
      try Scorer.score(definition, both, year: to, options: own)
    )
    methods = definition.nodes.map { $0.aggregation ?? options.aggregation }
    func keys(_ card: Scorecard) -> Set<Scorecard.CityIndicator> {
      Set(card.carried.map { Scorecard.CityIndicator(city: $0.city, indicator: $0.indicator) })
    }
    carried = (keys(rankedFrom), keys(rankedTo))
    func anyValue(_ card: Scorecard) -> [Bool] {
      dataset.indicators.map { id in !(card.vintage.first { $0.indicator == id }?.citiesByYear.isEmpty ?? true) }
    }
    present = (anyValue(rankedFrom), anyValue(rankedTo))
    breakYears = dataset.years.filter { $0 > from && $0 <= to }
  }

  /// Whether `city`'s value of the indicator in `column` counts, and if not, why.
  public func status(of city: String, indicator column: Int) -> ComparisonStatus {
    let id = dataset.indicators[column]
    let key = Scorecard.CityIndicator(city: city, indicator: id)
    let row = dataset.row(of: city)
    func own(_ year: Int) -> Bool {
      guard let row, let values = dataset.values(for: year) else { return false }
      return !values[row, column].isNaN
    }
    let broken = row.map { row in
      breakYears.contains { year in
        dataset.flag(city: row, year: year, indicator: column)?.lowercased() == ComparisonStatus.breakFlag
          && dataset.values(for: year).map { !$0[row, column].isNaN } == true
      }
    } ?? false
    let scored = ranked.from.index(of: city) != nil && ranked.to.index(of: city) != nil
    let status = ComparisonStatus.of(
      anyFrom: present.from[column], anyTo: present.to[column], ownFrom: own(fromYear), ownTo: own(toYear),
      carriedFrom: carried.from.contains(key), carriedTo: carried.to.contains(key), brokenBetween: broken)
    return status == .compared && !scored ? .missing : status
  }

  /// The city's change on its compared indicators, split by node; `nil` when it is not scored
  /// in both years, has no compared indicator, or the aggregation cannot be split (Copeland).
  public func difference(of city: String) -> ScoreDifference? {
    difference(of: city, statuses: definition.leaves.indices.map { status(of: city, indicator: $0) })
  }

  /// The same, with the city's statuses (one per indicator column) already worked out.
  func difference(of city: String, statuses: [ComparisonStatus]) -> ScoreDifference? {
    guard let a = comparable.from.index(of: city), let b = comparable.to.index(of: city) else { return nil }
    var compared = [Bool](repeating: false, count: definition.nodes.count)
    for (column, leaf) in definition.leaves.enumerated() { compared[leaf] = statuses[column] == .compared }
    let nodes = definition.nodes.indices
    return ScoreDifference(
      definition: definition, methods: methods, from: nodes.map { comparable.from.score(city: a, node: $0) },
      to: nodes.map { comparable.to.score(city: b, node: $0) }, compared: compared)
  }
}
