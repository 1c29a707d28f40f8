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
  /// Rescales raw values of one indicator to 0–100 so that higher is always better.
  ///
  ///     let bounds = NormalizationBounds(reference: [2, 4, 6])
  ///     Normalization.minMax.apply(to: [2, 4, 6], bounds: bounds, direction: .higherIsBetter)
  ///     // [0, 50, 100]
  ///
  /// A zero range (every reference value equal) gives every city 100 — unlike COINr's
  /// `n_minmax`, which returns `NaN`: no city is worse than another, so none loses points.
  /// The caller warns about it.
  ///
  /// - Parameters:
  ///   - goalposts: the definition's fixed `(min, max)`; only `goalpost` uses them.
  /// - Returns: Scores in input order; `NaN` (missing) stays `NaN`.
  /// - Complexity: O(*n* log *m*) for `percentile`, O(*n*) otherwise.
  func apply(
    to values: [Double], bounds: NormalizationBounds, direction: Direction,
    goalposts: (min: Double, max: Double)? = nil
  ) -> [Double] {
    let up = direction == .higherIsBetter
    if self != .goalpost && bounds.hasZeroRange {
      return values.map { $0.isNaN ? .nan : 100 }
    }
    switch self {
    case .minMax:
      let (low, high) = (bounds.min, bounds.max)
      return values.map { x in (up ? x - low : high - x) / (high - low) * 100 }
    case .goalpost:
      guard let (low, high) = goalposts else { return values.map { _ in .nan } }
      return values.map { x in
        x.isNaN ? .nan : Swift.min(100, Swift.max(0, (up ? x - low : high - x) / (high - low) * 100))
      }
    case .zScore:
      let (mean, sd) = (bounds.mean, bounds.standardDeviation)
      return values.map { x in 50 + 10 * (up ? x - mean : mean - x) / sd }
    case .percentile:
      let n = Double(bounds.count)
      return values.map { x in
        x.isNaN ? .nan : (bounds.averageRank(of: x, ascending: up) - 1) / (n - 1) * 100
      }
    }
  }
}
