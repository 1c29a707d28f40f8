/// Pearson's correlation of two samples over the positions where both have a value.
///
///     pearson([1, 2, 3], [2, 4, 7])   // 0.9934
///
/// - Returns: `NaN` with fewer than two such positions or when either sample is constant there.
func pearson(_ x: [Double], _ y: [Double]) -> Double {
  var (n, sx, sy) = (0.0, 0.0, 0.0)
  for i in x.indices where !x[i].isNaN && !y[i].isNaN {
    n += 1
    sx += x[i]
    sy += y[i]
  }
  guard n >= 2 else { return .nan }
  let (mx, my) = (sx / n, sy / n)
  var (sxy, sxx, syy) = (0.0, 0.0, 0.0)
  for i in x.indices where !x[i].isNaN && !y[i].isNaN {
    let (dx, dy) = (x[i] - mx, y[i] - my)
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  guard sxx > 0, syy > 0 else { return .nan }
  return sxy / (sxx * syy).squareRoot()
}

/// The correlation matrix of `columns` over the rows where every column has a value
/// (complete cases, as principal components need one consistent sample).
func completeCaseCorrelations(_ columns: [[Double]]) -> [[Double]] {
  guard let count = columns.first?.count else { return [] }
  let complete = (0..<count).filter { row in columns.allSatisfy { !$0[row].isNaN } }
  let kept = columns.map { column in complete.map { column[$0] } }
  return kept.indices.map { i in kept.indices.map { j in i == j ? 1 : pearson(kept[i], kept[j]) } }
}

/// The first principal component of the variables whose correlation matrix is `correlations`.
struct FirstComponent {
  /// The loadings (a unit vector, largest component positive).
  var loadings: [Double]
  /// The share of the total variance it explains (eigenvalue / number of variables).
  var explainedVariance: Double

  /// `nil` when the matrix has undefined entries (a constant variable) or LAPACK fails.
  init?(correlations: [[Double]]) {
    guard !correlations.isEmpty, correlations.allSatisfy({ $0.allSatisfy { !$0.isNaN } }),
      let eigen = SymmetricEigen(correlations), let value = eigen.values.first, let vector = eigen.vectors.first
    else { return nil }
    loadings = vector
    explainedVariance = value / Double(correlations.count)
  }
}
