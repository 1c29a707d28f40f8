import Foundation

/// Descriptive statistics of a sample, missing values (`NaN`) left out.
///
///     let m = Moments([3, 4, 5, 2, 3, 4, 5, 6, 4, 7])
///     m.skewness   // 0.359543  (spreadsheet SKEW)
///     m.kurtosis   // -0.151800 (spreadsheet KURT)
///
/// `skewness` and `kurtosis` are the sample-adjusted estimators G1 and G2 (Joanes & Gill 1998
/// "type 2", R's `e1071::skewness(type = 2)`, COINr's `skew()`/`kurt()`, spreadsheet `SKEW`/`KURT`):
///
///     G1 = g1 √(n(n−1)) / (n−2),                g1 = m3 / m2^1.5
///     G2 = ((n+1) g2 + 6) (n−1) / ((n−2)(n−3)),  g2 = m4 / m2² − 3
///
/// with central moments `mk = Σ (x − mean)^k / n`. G2 is *excess* kurtosis (a normal sample ≈ 0).
public struct Moments: Sendable, Equatable {
  public let count: Int
  public let mean: Double
  public let min: Double
  public let max: Double
  /// Sample standard deviation (n − 1); `NaN` below two values.
  public let standardDeviation: Double
  /// G1; `NaN` below three values or when every value is equal.
  public let skewness: Double
  /// G2 (excess); `NaN` below four values or when every value is equal.
  public let kurtosis: Double

  public init(_ sample: some Sequence<Double>) {
    var values: [Double] = []
    for x in sample where !x.isNaN { values.append(x) }
    let n = Double(values.count)
    count = values.count
    min = values.min() ?? .nan
    max = values.max() ?? .nan
    let mean = values.isEmpty ? .nan : values.reduce(0, +) / n
    self.mean = mean
    var (m2, m3, m4) = (0.0, 0.0, 0.0)
    for x in values {
      let d = x - mean
      let d2 = d * d
      m2 += d2
      m3 += d2 * d
      m4 += d2 * d2
    }
    standardDeviation = count < 2 ? .nan : (m2 / (n - 1)).squareRoot()
    (m2, m3, m4) = (m2 / n, m3 / n, m4 / n)
    if count >= 3 && m2 > 0 {
      let g1 = m3 / pow(m2, 1.5)
      skewness = g1 * (n * (n - 1)).squareRoot() / (n - 2)
    } else {
      skewness = .nan
    }
    if count >= 4 && m2 > 0 {
      let g2 = m4 / (m2 * m2) - 3
      kurtosis = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
    } else {
      kurtosis = .nan
    }
  }
}
