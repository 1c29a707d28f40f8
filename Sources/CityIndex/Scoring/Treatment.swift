import Foundation

/// What happens to indicators with outliers, before normalisation.
///
/// An indicator *has outliers* when `|skewness| > 2` and `kurtosis > 3.5` (both the
/// sample-adjusted estimators, see ``Moments``) — COINr's rule; otherwise it passes untouched.
public enum OutlierTreatment: String, CaseIterable, Sendable {
  /// Leave every value as it is.
  case none
  /// Winsorise step by step (COINr's `treat()`): each step sets every value equal to the current
  /// maximum (minimum, when the skew is negative) to the next value below (above) it, until the
  /// indicator passes or the step limit is reached; if it still fails, the winsorisation is
  /// undone and the indicator log-transformed instead.
  case winsorize
  /// Log-transform every failing indicator: `ln(x − min + 0.01 (max − min))`.
  case log
}

/// What treatment did to one indicator.
public struct IndicatorTreatment: Sendable, Equatable {
  public enum Outcome: Sendable, Equatable {
    /// The indicator passed the test as it was.
    case passed
    /// Winsorised in `steps` steps; the values changed at the top and at the bottom.
    case winsorized(steps: Int, high: Int, low: Int)
    /// Log-transformed (every value changed).
    case logTransformed
  }

  public var indicator: String
  public var outcome: Outcome
  /// Before treatment.
  public var skewness: Double
  public var kurtosis: Double
  /// After treatment.
  public var skewnessAfter: Double
  public var kurtosisAfter: Double
  /// Values that winsorisation changed (not listed for a log transform: it changes all).
  public var changed: [TreatedValue]
}

/// One raw value that winsorisation replaced.
public struct TreatedValue: Sendable, Equatable {
  public var city: String
  public var from: Double
  public var to: Double
}

/// The thresholds of the outlier test.
enum OutlierTest {
  static let skewness = 2.0
  static let kurtosis = 3.5

  static func fails(_ m: Moments) -> Bool { abs(m.skewness) > skewness && m.kurtosis > kurtosis }
}

extension OutlierTreatment {
  /// Treats one indicator's values (`NaN` = missing, left alone).
  ///
  ///     // [1, 2, 3, …, 20, 100]: skew 4.5, kurtosis 20.5 → one step sets 100 to 20
  ///     let (values, result) = OutlierTreatment.winsorize.apply(to: x, limit: 5, indicator: "i", cities: names)
  ///
  /// - Parameter limit: the most winsorisation steps (COINr's `winmax`); a step may change
  ///   several tied values.
  func apply(to values: [Double], limit: Int, indicator: String, cities: [String]) -> ([Double], IndicatorTreatment) {
    let before = Moments(values)
    var result = IndicatorTreatment(
      indicator: indicator, outcome: .passed, skewness: before.skewness, kurtosis: before.kurtosis,
      skewnessAfter: before.skewness, kurtosisAfter: before.kurtosis, changed: [])
    guard self != .none, OutlierTest.fails(before) else { return (values, result) }

    if self == .winsorize, let (treated, steps, high, low) = Self.winsorize(values, limit: limit) {
      let after = Moments(treated)
      result.outcome = .winsorized(steps: steps, high: high.count, low: low.count)
      (result.skewnessAfter, result.kurtosisAfter) = (after.skewness, after.kurtosis)
      result.changed = (high + low).sorted().map { TreatedValue(city: cities[$0], from: values[$0], to: treated[$0]) }
      return (treated, result)
    }
    let shift = before.min - 0.01 * (before.max - before.min)
    let logged = values.map { $0.isNaN ? Double.nan : Foundation.log($0 - shift) }
    let after = Moments(logged)
    result.outcome = .logTransformed
    (result.skewnessAfter, result.kurtosisAfter) = (after.skewness, after.kurtosis)
    return (logged, result)
  }

  /// Step-by-step winsorisation; `nil` when it does not make the indicator pass within `limit`
  /// steps (or would leave fewer than two distinct values).
  private static func winsorize(_ values: [Double], limit: Int) -> ([Double], Int, [Int], [Int])? {
    var x = values
    var moments = Moments(x)
    var steps = 0
    var high = Set<Int>()
    var low = Set<Int>()
    while OutlierTest.fails(moments) && steps < limit {
      let top = moments.skewness >= 0
      let extreme = top ? moments.max : moments.min
      let rest = x.filter { !$0.isNaN && $0 != extreme }
      guard let next = top ? rest.max() : rest.min(), rest.contains(where: { $0 != next }) else { return nil }
      for i in x.indices where x[i] == extreme {
        x[i] = next
        if top { high.insert(i) } else { low.insert(i) }
      }
      steps += 1
      moments = Moments(x)
    }
    guard !OutlierTest.fails(moments) else { return nil }
    return (x, steps, high.sorted(), low.sorted())
  }
}
