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

extension Scorecard {
  /// Competition ranks within each city's group (state, size class …), by the same rule as
  /// ``ranks``; `nil` for a city that is not ranked or has no group.
  ///
  ///     // Bonn 3rd overall, 2nd in Nordrhein-Westfalen
  public func groupRanks(_ groups: CityGroups) -> [Int?] {
    var members: [String: [Int]] = [:]
    for city in cities.indices where ranks[city] != nil {
      if let label = groups.label(of: cities[city]) { members[label, default: []].append(city) }
    }
    var result = [Int?](repeating: nil, count: cities.count)
    for list in members.values {
      let ranks = competitionRanks(list.map { totals[$0] })
      for (i, city) in list.enumerated() { result[city] = ranks[i] }
    }
    return result
  }
}
