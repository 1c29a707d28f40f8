/// Average ranks, highest score 1; ties (within ``rankTolerance``) share the mean of their places.
func averageRanks(_ scores: [Double]) -> [Double] {
  let order = scores.indices.sorted { scores[$0] > scores[$1] }
  var ranks = [Double](repeating: .nan, count: scores.count)
  var start = 0
  while start < order.count {
    var end = start + 1
    while end < order.count && scores[order[start]] - scores[order[end]] <= rankTolerance { end += 1 }
    let rank = Double(start + end + 1) / 2  // mean of places start + 1 … end
    for i in start..<end { ranks[order[i]] = rank }
    start = end
  }
  return ranks
}

/// Spearman's rank correlation ρ: Pearson's correlation of the average ranks, so ties are
/// handled as the textbook (and `scipy.stats.spearmanr`) handle them; values within
/// ``rankTolerance`` tie.
///
///     spearman([1, 2, 3, 4], [1, 3, 2, 4])   // 0.8
///
/// - Returns: `NaN` with fewer than two pairs or when either side is constant.
func spearman(_ x: [Double], _ y: [Double]) -> Double {
  guard x.count == y.count, x.count >= 2 else { return .nan }
  return pearson(averageRanks(x), averageRanks(y))
}

/// Kendall's τ-b: concordant minus discordant pairs over the geometric mean of the pairs not
/// tied in each variable (`scipy.stats.kendalltau`'s default).
///
///     kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])   // (5 − 1) / 6 = 0.667
///
/// - Returns: `NaN` with fewer than two pairs or when either side is constant.
/// - Complexity: O(*n*²), fine for the cities of a ranking.
func kendallTauB(_ x: [Double], _ y: [Double]) -> Double {
  guard x.count == y.count, x.count >= 2 else { return .nan }
  var (concordant, discordant, tiedX, tiedY) = (0.0, 0.0, 0.0, 0.0)
  for i in x.indices {
    for j in (i + 1)..<x.count {
      let (dx, dy) = (x[i] - x[j], y[i] - y[j])
      if dx == 0 && dy == 0 {
        tiedX += 1
        tiedY += 1
      } else if dx == 0 {
        tiedX += 1
      } else if dy == 0 {
        tiedY += 1
      } else if (dx > 0) == (dy > 0) {
        concordant += 1
      } else {
        discordant += 1
      }
    }
  }
  let pairs = Double(x.count * (x.count - 1) / 2)
  let denominator = ((pairs - tiedX) * (pairs - tiedY)).squareRoot()
  return denominator > 0 ? (concordant - discordant) / denominator : .nan
}
