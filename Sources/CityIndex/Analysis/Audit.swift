/// The statistical audit of the handbook (step 4 and 7): does each indicator behave, does it
/// belong to its group, do the groups hang together?
///
///     let audit = Audit(scorecard, dataset: dataset)
///     audit.indicators.filter { !$0.flags.isEmpty }   // the indicators to look at
///     audit.groups.map(\.cronbachAlpha)
///
/// Distribution statistics describe the raw values the year was scored on (after denominators,
/// with values carried forward from earlier years; before imputation and treatment) of the
/// cities that passed the coverage screen; correlations use the normalised and aggregated scores
/// (Pearson, over the cities where both have a score).
public struct Audit: Sendable {
  /// What an indicator's figures warn of; the raw value is the machine word (CSV, JSON).
  public enum Flag: String, Sendable, Equatable {
    /// It moves against its group (r < 0 with the parent).
    case negative
    /// Barely related to its group (r below ``Audit/weakCorrelation``).
    case weak
    /// Strongly skewed and heavy-tailed.
    case skewed
    /// Values for too few cities (below ``Audit/lowCoverage``).
    case lowCoverage = "low coverage"
  }

  public struct Indicator: Sendable, Equatable {
    public var id: String
    public var name: String
    public var parent: String
    /// Share of the screened cities with a raw value (of the year or carried forward).
    public var coverage: Double
    public var moments: Moments
    /// Fails COINr's outlier test (|skewness| > 2 and kurtosis > 3.5).
    public var hasOutliers: Bool
    /// Cities beyond Tukey's fences (1.5 interquartile ranges outside the quartiles), furthest
    /// from the median first.
    public var outliers: [String]
    public var correlationWithParent: Double
    public var correlationWithIndex: Double
    /// `negative`, `weak` (|r| < 0.2 with the parent), `skewed`, `low coverage`.
    public var flags: [Flag]
  }

  public struct Group: Sendable, Equatable {
    public var id: String
    public var name: String
    public var children: Int
    /// Cronbach's alpha of the children's scores (complete cities); `NaN` below two children.
    public var cronbachAlpha: Double
    /// Share of the children's variance the first principal component explains; `NaN` when undefined.
    public var firstComponentShare: Double
    /// Cities with every child scored (the sample of alpha and the component).
    public var completeCities: Int
  }

  /// Two indicators that move together so closely (|r| > 0.92) that one may count twice.
  public struct Pair: Sendable, Equatable {
    public var first: String
    public var second: String
    public var correlation: Double
    public var sameGroup: Bool
  }

  public static let weakCorrelation = 0.2
  public static let redundantCorrelation = 0.92
  public static let lowCoverage = 0.65

  public var year: Int
  public var indicators: [Indicator]
  public var groups: [Group]
  public var redundantPairs: [Pair]

  public init(_ scorecard: Scorecard, dataset: Dataset) {
    let definition = scorecard.definition
    year = scorecard.year
    let rows = scorecard.cities.map { dataset.row(of: $0) }
    let raw = dataset.values(for: scorecard.year)
    let index = scorecard.scores.column(definition.root)
    // A carried value is the value the city was scored on: an indicator whose values all come
    // from an earlier year has full coverage, not none.
    var carried: [String: [String: Double]] = [:]  // indicator → city → value
    for value in scorecard.carried { carried[value.indicator, default: [:]][value.city] = value.value }
    var indicators: [Indicator] = []
    var scoreColumns: [[Double]] = []
    for (column, leaf) in definition.leaves.enumerated() {
      let node = definition.nodes[leaf]
      let own = rows.map { row in row.flatMap { raw?[$0, column] } ?? .nan }
      let values = carried[node.id].map { byCity in
        zip(own, scorecard.cities).map { value, city in value.isNaN ? byCity[city] ?? value : value }
      } ?? own
      let moments = Moments(values)
      let scores = scorecard.scores.column(leaf)
      scoreColumns.append(scores)
      let parent = definition.parent[leaf] ?? definition.root
      let withParent = pearson(scores, scorecard.scores.column(parent))
      let coverage = values.isEmpty ? 0 : Double(moments.count) / Double(values.count)
      var flags: [Flag] = []
      if withParent < 0 { flags.append(.negative) } else if withParent < Self.weakCorrelation { flags.append(.weak) }
      if OutlierTest.fails(moments) { flags.append(.skewed) }
      if coverage < Self.lowCoverage { flags.append(.lowCoverage) }
      indicators.append(
        Indicator(
          id: node.id, name: node.name, parent: definition.nodes[parent].id, coverage: coverage, moments: moments,
          hasOutliers: OutlierTest.fails(moments),
          outliers: Self.tukeyOutliers(values).map { scorecard.cities[$0] }, correlationWithParent: withParent,
          correlationWithIndex: pearson(scores, index), flags: flags))
    }
    self.indicators = indicators

    groups = definition.nodes.indices.filter { !definition.children[$0].isEmpty }.map { group in
      let children = definition.children[group].map { scorecard.scores.column($0) }
      let complete = (0..<scorecard.cities.count).filter { row in children.allSatisfy { !$0[row].isNaN } }
      let component = children.count > 1 ? FirstComponent(correlations: completeCaseCorrelations(children)) : nil
      return Group(
        id: definition.nodes[group].id, name: definition.nodes[group].name, children: children.count,
        cronbachAlpha: cronbachAlpha(children.map { column in complete.map { column[$0] } }),
        firstComponentShare: component?.explainedVariance ?? .nan, completeCities: complete.count)
    }

    var pairs: [Pair] = []
    for a in 0..<scoreColumns.count {
      for b in (a + 1)..<max(scoreColumns.count, a + 1) {
        let r = pearson(scoreColumns[a], scoreColumns[b])
        guard abs(r) > Self.redundantCorrelation else { continue }
        pairs.append(
          Pair(
            first: indicators[a].id, second: indicators[b].id, correlation: r,
            sameGroup: indicators[a].parent == indicators[b].parent))
      }
    }
    redundantPairs = pairs.sorted { abs($0.correlation) > abs($1.correlation) }
  }

  /// Positions of the values beyond Tukey's fences, furthest from the median first (a table
  /// that names the first few names the most extreme), ties in row order.
  static func tukeyOutliers(_ values: [Double]) -> [Int] {
    let sorted = values.filter { !$0.isNaN }.sorted()
    guard sorted.count >= 4 else { return [] }
    let (q1, median, q3) = (quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75))
    let fence = 1.5 * (q3 - q1)
    let outside = values.indices.filter { !values[$0].isNaN && (values[$0] < q1 - fence || values[$0] > q3 + fence) }
    return outside.sorted { a, b in
      let (da, db) = (abs(values[a] - median), abs(values[b] - median))
      return da != db ? da > db : a < b
    }
  }
}

/// The `p`-quantile of ascending values by linear interpolation (R's type 7, spreadsheet QUARTILE).
func quantile(_ sorted: [Double], _ p: Double) -> Double {
  let h = Double(sorted.count - 1) * p
  let low = Int(h)
  let high = min(low + 1, sorted.count - 1)
  return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
}

/// Cronbach's alpha of items (columns of equal length, no gaps):
/// `k / (k − 1) · (1 − Σ var(item) / var(Σ items))`, sample variances.
///
///     cronbachAlpha([[2, 4, 3, 5, 1], [3, 4, 5, 5, 2], [3, 5, 4, 5, 2]])   // 0.957055
func cronbachAlpha(_ items: [[Double]]) -> Double {
  let k = Double(items.count)
  guard items.count > 1, let n = items.first?.count, n > 1 else { return .nan }
  func variance(_ x: [Double]) -> Double {
    let sd = Moments(x).standardDeviation
    return sd * sd
  }
  let itemVariance = items.reduce(0) { $0 + variance($1) }
  let totals = (0..<n).map { row in items.reduce(0) { $0 + $1[row] } }
  let totalVariance = variance(totals)
  guard totalVariance > 0 else { return .nan }
  return k / (k - 1) * (1 - itemVariance / totalVariance)
}
