/// How raw values become 0–100 scores, higher always better.
public enum Normalization: String, CaseIterable, Sendable {
  /// `(x - min) / (max - min) * 100` over the cities (Bitkom's method: best 100, worst 0).
  case minMax = "minmax"
  /// The same with the definition's fixed `min`/`max`, clamped to 0–100.
  case goalpost
  /// `50 + 10 z`, `z = (x - mean) / sd` with the sample standard deviation.
  case zScore = "zscore"
  /// `(rank - 1) / (n - 1) * 100`, ties sharing the average rank.
  case percentile
  /// `(x - min) / (target - min) * 100`, capped at 100 (`(max - x) / (max - target)` when lower is
  /// better): how far a city has come towards the definition's `target`.
  case distanceToTarget = "distance-to-target"
  /// Plain ranks counted from the worst city: worst 1, best *n*, ties sharing the lower number.
  case rank
}

/// How a group's score is made from its children's scores `s` with weights `w`.
public enum Aggregation: String, CaseIterable, Sendable {
  /// `Σ w s / Σ w`.
  case arithmetic
  /// `exp(Σ w ln s / Σ w)`; needs every score > 0.
  case geometric
  /// `Σ w / Σ (w / s)`; needs every score > 0.
  case harmonic
  /// `Π s^(w / mean w)`: the plain product with equal weights (the Chicago Environmental
  /// Justice Index multiplies its two halves).
  case product
  /// Non-compensatory: city A beats city B when the weights of the children where A scores
  /// higher outweigh those where B does; the score is the share of pairwise contests won
  /// (draws count half), × 100.
  case copeland
}

/// What a missing raw value does.
public enum MissingData: String, CaseIterable, Sendable {
  /// Aggregate over the children that have a score, their weights renormalised.
  case skip
  /// Score 0 after normalisation ("no points"); not part of the normalisation bounds.
  case zero
  /// Impute the mean of the other cities' raw values that year, before normalisation.
  case mean
  /// Impute the median of the other cities' raw values that year, before normalisation.
  case median
  /// Impute the mean of the raw values of the city's group (``ScoringOptions/groups``) that year.
  case groupMean = "group-mean"
  /// Impute the median of the raw values of the city's group that year.
  case groupMedian = "group-median"
  /// Carry forward the city's value from the latest earlier year that has one.
  case lastYear = "last-year"

  /// Whether the method fills raw values before normalisation.
  public var imputes: Bool { self != .skip && self != .zero }
}

/// Where the weights come from.
public enum Weighting: Sendable, Equatable {
  /// The definition's `weight` column.
  case definition
  /// Every weight 1: siblings count alike.
  case equal
  /// Weights given by the user (expert budget allocation or a weights file), already in the
  /// definition; `source` names where they came from.
  case custom(source: String)
  /// Within each group, the squared loadings of the first principal component of the
  /// children's scores (scaled to sum 1).
  case principalComponents
  /// Weights whose measured influence matches the definition's intended shares
  /// (``OptimisedWeights``).
  case optimised

  /// As written on the command line: `definition`, `equal`, `pca` or the file.
  public var argument: String {
    switch self {
    case .definition: "definition"
    case .equal: "equal"
    case .custom(let source): source
    case .principalComponents: "pca"
    case .optimised: "optimised"
    }
  }

  /// In words, for reports.
  public var label: String {
    switch self {
    case .definition: "the index definition"
    case .equal: "equal"
    case .custom(let source): source
    case .principalComponents: "principal components (squared PC1 loadings per group)"
    case .optimised: "optimised (effective shares matched to the definition's)"
    }
  }
}

/// Cities' membership of groups (a column of the cities file: state, size class …), for
/// group imputation and group ranks.
public struct CityGroups: Sendable, Equatable {
  /// The column the labels come from.
  public var column: String
  public var labels: [String: String]

  public init(column: String, labels: [String: String]) {
    self.column = column
    self.labels = labels
  }

  /// The groups of every city of `table` by `column` (a city's latest row). `size`, when the
  /// table has no such column, is the size class by `population` (as peer groups use it).
  public init(_ table: CityTable, column: String) {
    self.column = column
    labels = [:]
    let bySize = Self.isSizeClass(column, in: table)
    for city in table.cities {
      labels[city] = bySize ? table.number("population", of: city).map(PeerGroup.sizeClass) : table.text(column, of: city)
    }
  }

  public func label(of city: String) -> String? { labels[city] }

  /// Whether `table` can group cities by `column`: it has the column, or `size` can be
  /// derived from `population`.
  public static func canGroup(_ table: CityTable, by column: String) -> Bool {
    table.hasColumn(column) || (isSizeClass(column, in: table) && table.hasColumn("population"))
  }

  private static func isSizeClass(_ column: String, in table: CityTable) -> Bool {
    column.lowercased() == "size" && !table.hasColumn(column)
  }
}

/// Which city-years set the normalisation bounds (min, max, mean, sd, ranks).
public enum NormalizationScope: String, CaseIterable, Sendable {
  /// The cities of the scored year only.
  case year
  /// Every city-year in the data, so that scores compare across years.
  case panel
}

/// Every choice of method in one scoring run.
///
///     var options = ScoringOptions()         // minmax, arithmetic, skip, coverage ≥ 0.5, per year
///     options.normalization = .percentile
public struct ScoringOptions: Sendable, Equatable {
  public var normalization: Normalization
  public var aggregation: Aggregation
  public var missing: MissingData
  /// Cities with a smaller share of indicators with a value are not ranked (0…1).
  public var minCoverage: Double
  public var scope: NormalizationScope
  /// Outlier treatment before normalisation.
  public var treatment: OutlierTreatment = .none
  /// The most winsorisation steps per indicator.
  public var winsorizeLimit: Int = 5
  /// The groups of `group-mean`/`group-median` imputation.
  public var groups: CityGroups?
  /// What normalised scores span: `0...100` by default (`1...100` keeps geometric aggregation defined).
  public var range: ClosedRange<Double> = 0...100
  public var weighting: Weighting = .definition
  /// The most years a value may be carried forward into a later year, for every indicator;
  /// `nil`: each indicator's `max_age` from the definition (none: never carried).
  public var maxAge: Int?

  public init(
    normalization: Normalization = .minMax, aggregation: Aggregation = .arithmetic,
    missing: MissingData = .skip, minCoverage: Double = 0.5, scope: NormalizationScope = .year
  ) {
    self.normalization = normalization
    self.aggregation = aggregation
    self.missing = missing
    self.minCoverage = minCoverage
    self.scope = scope
  }
}
