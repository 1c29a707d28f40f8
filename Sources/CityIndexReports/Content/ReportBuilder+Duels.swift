import CityIndex

extension ReportBuilder {
  /// The report's duel pages: each ranked city below the first against the city just above it
  /// (the better-ranked city first, so the leader against the runner-up is among them), then
  /// each pair asked for, in its order; a pair asked for twice, or already there, once.
  static func duels(
    card: Scorecard, dataset: Dataset, pairs: [(String, String)], comparison: LikeForLike?, all: [Scorecard],
    shownYears: [Int], slugs: [String: String], title: String, language: Language
  ) -> [DuelPage] {
    let order = card.rankingOrder
    var wanted: [(String, String)] = []
    for (i, city) in order.enumerated() where i > 0 {
      let rank = card.ranks[city] ?? 0
      // The nearest city with a better rank (a tie shares the rank, so skip tied cities).
      guard let above = order[..<i].last(where: { (card.ranks[$0] ?? 0) < rank }) else { continue }
      wanted.append((card.cities[above], card.cities[city]))
    }
    // The leader against the runner-up comes first; then the pairs asked for.
    for pair in pairs where !wanted.contains(where: { $0 == pair }) { wanted.append(pair) }
    let ranks = all.filter { shownYears.contains($0.year) }.sorted { $0.year < $1.year }
    return wanted.compactMap { a, b in
      guard let duel = try? HeadToHead(card, dataset, a: a, b: b), let slugA = slugs[a], let slugB = slugs[b] else { return nil }
      let change = comparison.flatMap { try? HeadToHead.change($0, a: a, b: b, years: all) }
      return DuelPage(
        duel: duel, change: change, slug: DuelPage.slug(slugA, slugB), profiles: (slugA, slugB),
        history: (ranks.map(\.year), ranks.map { $0.rank(of: a) }, ranks.map { $0.rank(of: b) }), title: title,
        language: language, simulated: dataset.isSimulated)
    }
  }

  /// Each indicator's area and share within it, for the explorer's duel; `nil` unless every
  /// group aggregates arithmetically (the page splits the gap as ``ScoreDifference`` does then).
  static func duelSplit(_ definition: IndexDefinition, options: ScoringOptions, pair: (String, String)) -> Overview.DuelSplit? {
    guard definition.groupsBottomUp.allSatisfy({ (definition.nodes[$0].aggregation ?? options.aggregation) == .arithmetic }) else {
      return nil
    }
    let areas = definition.children[definition.root]
    let total = areas.reduce(0) { $0 + definition.nodes[$1].weight }
    let shares = definition.effectiveWeights
    let indicators = definition.leaves.enumerated().compactMap { column, leaf -> (area: Int, within: Double)? in
      let node = definition.area(of: leaf)
      guard let area = areas.firstIndex(of: node), total > 0 else { return nil }
      let areaShare = definition.nodes[node].weight / total
      return (area, areaShare > 0 ? shares[column] / areaShare : 0)
    }
    return indicators.count == definition.leaves.count ? Overview.DuelSplit(pair: pair, indicators: indicators) : nil
  }
}
