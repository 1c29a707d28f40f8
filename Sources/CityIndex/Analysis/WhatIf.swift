/// What a methodological choice does to a ranking: the same year scored two ways, side by side.
///
///     let baseline = try Scorer.score(definition, dataset, year: 2025)
///     let variant = try Scorer.score(definition, dataset, year: 2025, options: geometric)
///     let whatIf = WhatIf(baseline: baseline, variant: variant)
///     whatIf.shifts.first   // Shift(city: "Frankfurt am Main", baselineRank: 1, variantRank: 2, …)
public struct WhatIf: Sendable {
  /// One city in both rankings.
  public struct Shift: Sendable, Equatable {
    public var city: String
    public var baselineRank: Int?
    public var variantRank: Int?
    public var baselineScore: Double?
    public var variantScore: Double?

    /// Places gained by the variant (positive: better), `nil` unless ranked in both.
    public var shift: Int? {
      guard let baselineRank, let variantRank else { return nil }
      return baselineRank - variantRank
    }
  }

  public var year: Int
  /// Cities in the baseline's ranking order, then cities ranked only in the variant.
  public var shifts: [Shift]
  /// Cities ranked in both whose rank differs.
  public var changed: Int
  /// The mean of |shift| over the cities ranked in both.
  public var meanAbsoluteShift: Double
  /// The largest |shift|.
  public var largestShift: Int
  /// Spearman's rank correlation of the two rankings (average ranks for ties), over the
  /// cities ranked in both; 1 when nothing moved.
  public var rankCorrelation: Double

  public init(baseline: Scorecard, variant: Scorecard) {
    year = variant.year
    var shifts: [Shift] = []
    var seen = Set<String>()
    func entry(_ city: String) -> Shift {
      let b = baseline.index(of: city)
      let v = variant.index(of: city)
      return Shift(
        city: city, baselineRank: b.flatMap { baseline.ranks[$0] }, variantRank: v.flatMap { variant.ranks[$0] },
        baselineScore: b.map { baseline.totals[$0] }, variantScore: v.map { variant.totals[$0] })
    }
    for city in baseline.rankingOrder.map({ baseline.cities[$0] }) {
      shifts.append(entry(city))
      seen.insert(city)
    }
    for city in variant.rankingOrder.map({ variant.cities[$0] }) where !seen.contains(city) {
      shifts.append(entry(city))
    }
    self.shifts = shifts
    let both = shifts.filter { $0.shift != nil }
    changed = both.filter { $0.shift != 0 }.count
    meanAbsoluteShift = both.isEmpty ? 0 : Double(both.reduce(0) { $0 + abs($1.shift ?? 0) }) / Double(both.count)
    largestShift = both.map { abs($0.shift ?? 0) }.max() ?? 0
    let correlation = spearman(both.map { $0.baselineScore ?? .nan }, both.map { $0.variantScore ?? .nan })
    rankCorrelation = correlation.isNaN ? 1 : correlation
  }
}
