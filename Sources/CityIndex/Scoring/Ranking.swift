/// Scores closer than this count as equal when ranking.
public let rankTolerance = 1e-9

/// Competition ranks ("1224"), highest score first.
///
///     competitionRanks([90, 80, 80, 70])   // [1, 2, 2, 4]
///
/// A city's rank is one more than the number of cities that score more than 1e-9 above it,
/// so equal scores share the lower rank number and near-equal ones never chain. Missing
/// scores (`NaN`) get no rank.
/// - Complexity: O(*n* log *n*).
public func competitionRanks(_ scores: [Double]) -> [Int?] {
  let sorted = scores.filter { !$0.isNaN }.sorted(by: >)
  return scores.map { score in
    guard !score.isNaN else { return nil }
    // Count of scores > score + tolerance, by binary search in the descending array.
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] > score + rankTolerance { low = mid + 1 } else { high = mid }
    }
    return low + 1
  }
}
