import Foundation

/// The statistics of one indicator that its normalisation needs, taken over a reference set of
/// raw values (the cities of a year, or every city-year for `panel`).
struct NormalizationBounds: Sendable {
  /// Reference values, ascending, missing ones left out — only when ranks are needed
  /// (`percentile`); the other methods need one pass, not a sort.
  var sorted: [Double]
  var count: Int
  var min: Double
  var max: Double
  var mean: Double
  /// Sample standard deviation (n − 1); `NaN` below two values.
  var standardDeviation: Double

  init(reference: some Sequence<Double>, needsRanks: Bool = true) {
    var values: [Double] = []
    for value in reference where !value.isNaN { values.append(value) }
    count = values.count
    min = values.min() ?? .nan
    max = values.max() ?? .nan
    let n = Double(values.count)
    let mean = values.isEmpty ? .nan : values.reduce(0, +) / n
    self.mean = mean
    standardDeviation =
      values.count < 2 ? .nan : (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
    sorted = needsRanks ? values.sorted() : []
  }

  /// All reference values are equal (or there is at most one): nothing tells the cities apart.
  var hasZeroRange: Bool { count > 0 && min == max }

  /// The average 1-based rank `x` would have among the reference values, counting upwards
  /// (`ascending`) or downwards.
  func averageRank(of x: Double, ascending: Bool) -> Double {
    let below = partition { $0 < x }
    let notAbove = partition { $0 <= x }
    let ties = Double(notAbove - below)
    let before = ascending ? Double(below) : Double(sorted.count - notAbove)
    return before + (ties + 1) / 2
  }

  /// The rank of `x` counted from the worst reference value (1), ties sharing the lowest number.
  func lowestRank(of x: Double, higherIsBetter: Bool) -> Double {
    let worse = higherIsBetter ? partition { $0 < x } : sorted.count - partition { $0 <= x }
    return Double(worse + 1)
  }

  /// The number of leading values for which `belongs` holds (binary search).
  private func partition(_ belongs: (Double) -> Bool) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if belongs(sorted[mid]) { low = mid + 1 } else { high = mid }
    }
    return low
  }
}

extension Normalization {
  /// Whether the method needs the sorted reference values.
  var needsRanks: Bool { self == .percentile || self == .rank }

  /// Whether the method follows the definition's bounds rather than the cities' spread, so
  /// that a zero range among the cities means nothing special.
  var usesFixedBounds: Bool { self == .goalpost || self == .distanceToTarget || self == .rank }

  /// Rescales raw values of one indicator to 0–100 (or `range`) so that higher is always better.
  ///
  ///     let bounds = NormalizationBounds(reference: [2, 4, 6])
  ///     Normalization.minMax.apply(to: [2, 4, 6], bounds: bounds, direction: .higherIsBetter)
  ///     // [0, 50, 100]
  ///
  /// A zero range (every reference value equal) gives every city the top of the range — unlike
  /// COINr's `n_minmax`, which returns `NaN`: no city is worse than another, so none loses
  /// points. The caller warns about it. `rank` gives plain ranks (worst 1), whatever the range.
  ///
  /// - Parameters:
  ///   - goalposts: the definition's fixed `(min, max)`; only `goalpost` uses them.
  ///   - target: the definition's target; only `distance-to-target` uses it.
  ///   - range: what the scores span; `zscore` maps its mean to the middle and ten points of
  ///     0–100 per standard deviation proportionally.
  /// - Returns: Scores in input order; `NaN` (missing) stays `NaN`.
  /// - Complexity: O(*n* log *m*) for `percentile` and `rank`, O(*n*) otherwise.
  func apply(
    to values: [Double], bounds: NormalizationBounds, direction: Direction,
    goalposts: (min: Double, max: Double)? = nil, target: Double? = nil, range: ClosedRange<Double> = 0...100
  ) -> [Double] {
    let up = direction == .higherIsBetter
    let (lo, span) = (range.lowerBound, range.upperBound - range.lowerBound)
    if !usesFixedBounds && bounds.hasZeroRange {
      return values.map { $0.isNaN ? .nan : range.upperBound }
    }
    switch self {
    case .minMax:
      let (low, high) = (bounds.min, bounds.max)
      return values.map { x in lo + span * ((up ? x - low : high - x) / (high - low)) }
    case .goalpost:
      guard let (low, high) = goalposts else { return values.map { _ in .nan } }
      return values.map { x in
        x.isNaN ? .nan : lo + span * Swift.min(1, Swift.max(0, (up ? x - low : high - x) / (high - low)))
      }
    case .zScore:
      let (mean, sd) = (bounds.mean, bounds.standardDeviation)
      let standard = range == 0...100
      return values.map { x in
        let score = 50 + 10 * (up ? x - mean : mean - x) / sd
        return standard ? score : lo + span * score / 100
      }
    case .percentile:
      let n = Double(bounds.count)
      return values.map { x in
        x.isNaN ? .nan : lo + span * ((bounds.averageRank(of: x, ascending: up) - 1) / (n - 1))
      }
    case .distanceToTarget:
      guard let target else { return values.map { _ in .nan } }
      let start = up ? bounds.min : bounds.max
      let way = up ? target - start : start - target
      return values.map { x in
        guard !x.isNaN else { return .nan }
        let done = up ? x - start : start - x
        return lo + span * (way > 0 ? Swift.min(1, Swift.max(0, done / way)) : 1)
      }
    case .rank:
      return values.map { x in x.isNaN ? .nan : bounds.lowestRank(of: x, higherIsBetter: up) }
    }
  }
}
