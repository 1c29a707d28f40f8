import CLapack

/// Eigenvalues and eigenvectors of a symmetric matrix, by LAPACK's `dsyev`.
///
///     let e = SymmetricEigen([[2, 1], [1, 2]])!
///     e.values        // [3, 1]  (descending)
///     e.vectors[0]    // [0.7071, 0.7071]  (sign: largest component positive)
struct SymmetricEigen {
  /// Eigenvalues, largest first.
  let values: [Double]
  /// `vectors[i]` belongs to `values[i]`; unit length, its largest-magnitude component positive
  /// (eigenvectors have no sign of their own; this makes results reproducible).
  let vectors: [[Double]]

  /// `nil` when LAPACK reports that the computation did not converge.
  init?(_ matrix: [[Double]]) {
    let n = matrix.count
    guard n > 0 else {
      values = []
      vectors = []
      return
    }
    var a = matrix.flatMap { $0 }  // symmetric: row- and column-major are the same
    var w = [Double](repeating: 0, count: n)
    let info = LAPACKE_dsyev(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "U")), Int32(n), &a, Int32(n), &w)
    guard info == 0 else { return nil }
    // dsyev: ascending eigenvalues, eigenvector i in column i (a[i * n ..< (i + 1) * n]).
    var values: [Double] = []
    var vectors: [[Double]] = []
    for i in (0..<n).reversed() {
      var v = Array(a[(i * n)..<((i + 1) * n)])
      if let largest = v.max(by: { abs($0) < abs($1) }), largest < 0 { v = v.map { -$0 } }
      values.append(w[i])
      vectors.append(v)
    }
    self.values = values
    self.vectors = vectors
  }
}
