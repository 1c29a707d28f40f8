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
}

/// How a group's score is made from its children's scores `s` with weights `w`.
public enum Aggregation: String, CaseIterable, Sendable {
  /// `Σ w s / Σ w`.
  case arithmetic
  /// `exp(Σ w ln s / Σ w)`; needs every score > 0.
  case geometric
  /// `Σ w / Σ (w / s)`; needs every score > 0.
  case harmonic
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
