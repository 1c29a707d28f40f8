import CityIndex

/// Builds a ``Report`` from the scorecards of every year in the data.
///
///     let cards = try dataset.years.map { try Scorer.score(definition, dataset, year: $0, options: options) }
///     let report = ReportBuilder.build(definition: definition, dataset: dataset, scorecards: cards,
///                                      year: 2025, language: .en, provenance: provenance)
public enum ReportBuilder {
  /// Cities shown in the rank-history chart.
  static let historyCities = 10
  /// Strengths and weaknesses per profile.
  static let highlights = 3

  /// - Parameters:
  ///   - scorecards: one per year with data; the one for `year` must be among them.
  ///   - title: overrides the root node's name.
  public static func build(
    definition: IndexDefinition, dataset: Dataset, scorecards: [Scorecard], year: Int, language: Language,
    title: String? = nil, provenance: Provenance
  ) -> Report? {
    guard let card = scorecards.first(where: { $0.year == year }) else { return nil }
    let title = title ?? definition.nodes[definition.root].name
    let previous = scorecards.filter { $0.year < year }.max { $0.year < $1.year }
    let previousRanks = previous.map(ranksByCity) ?? [:]
    let areaNodes = definition.children[definition.root]

    let profileCities = card.rankingOrder.map { card.cities[$0] } + card.notRanked.map(\.city)
    let slugs = Dictionary(uniqueKeysWithValues: zip(profileCities, Slug.unique(profileCities)))
    let rows = card.rankingOrder.map { city -> Overview.Row in
      let name = card.cities[city]
      let rank = card.ranks[city] ?? 0
      return Overview.Row(
        rank: rank, change: previous == nil ? nil : previousRanks[name].map { $0 - rank }, city: name,
        slug: slugs[name] ?? Slug.make(name), total: card.score(city: city, node: definition.root),
        areas: areaNodes.map { card.score(city: city, node: $0) })
    }
    let sorted = scorecards.sorted { $0.year < $1.year }
    let ranksPerYear = sorted.map(ranksByCity)
    let overview = Overview(
      title: title, year: year, previousYear: previous?.year, language: language, simulated: dataset.isSimulated,
      headline: Headline.make(
        title: title, year: year, rows: rows, previousYear: previous?.year, previousRanks: previousRanks)
        ?? Headline(
          title: title, year: year, leader: "–", leaderScore: .nan, runnerUp: nil, margin: nil, coLeaders: [],
          previousYear: nil, previousLeader: nil, climber: nil, faller: nil, closestRace: nil),
      areas: areaNodes.map { (definition.nodes[$0].id, definition.nodes[$0].name) }, rows: rows,
      notRanked: card.notRanked, historyYears: sorted.map(\.year),
      history: rows.prefix(historyCities).map { row in (row.city, ranksPerYear.map { $0[row.city] }) },
      options: card.options, hierarchy: hierarchy(definition), coverage: coverage(definition, dataset, year: year),
      sources: sources(definition), provenance: provenance, profileSlugs: slugs)
    let profiles = profileCities.map { city in
      profile(
        city, slug: slugs[city] ?? Slug.make(city), card: card, all: sorted, dataset: dataset, title: title,
        language: language)
    }
    return Report(overview: overview, profiles: profiles)
  }

  static func ranksByCity(_ card: Scorecard) -> [String: Int] {
    var result: [String: Int] = [:]
    for (city, rank) in zip(card.cities, card.ranks) { if let rank { result[city] = rank } }
    return result
  }

  static func hierarchy(_ definition: IndexDefinition) -> [Overview.HierarchyLine] {
    var share = [Double](repeating: 0, count: definition.nodes.count)
    share[definition.root] = 1
    var lines: [Overview.HierarchyLine] = []
    func visit(_ node: Int) {
      let total = definition.children[node].reduce(0) { $0 + definition.nodes[$1].weight }
      for child in definition.children[node] {
        share[child] = share[node] * definition.nodes[child].weight / total
        let n = definition.nodes[child]
        lines.append(.init(depth: definition.depth[child], id: n.id, name: n.name, weight: n.weight, share: share[child]))
        visit(child)
      }
    }
    visit(definition.root)
    return lines
  }

  static func coverage(_ definition: IndexDefinition, _ dataset: Dataset, year: Int) -> [Overview.Coverage] {
    let cities = dataset.participants(in: year)
    guard let values = dataset.values(for: year) else { return [] }
    return definition.indicators.enumerated().map { column, node in
      let present = cities.filter { !values[$0, column].isNaN }.count
      return .init(id: node.id, name: node.name, unit: node.unit, citiesWithValue: present, cities: cities.count)
    }
  }

  static func sources(_ definition: IndexDefinition) -> [(name: String, source: String)] {
    definition.nodes.filter { !$0.source.isEmpty }.map { ($0.name, $0.source) }
  }

  static func profile(
    _ city: String, slug: String, card: Scorecard, all: [Scorecard], dataset: Dataset, title: String,
    language: Language
  ) -> CityProfile {
    let definition = card.definition
    let row = card.index(of: city)
    let raw = dataset.row(of: city).flatMap { dataRow in dataset.values(for: card.year).map { ($0, dataRow) } }
    var lines: [CityProfile.Line] = []
    func visit(_ node: Int) {
      for child in definition.children[node] {
        let n = definition.nodes[child]
        let column = card.scores.column(child).filter { !$0.isNaN }
        // The best score; on a tie, the city first by name.
        let leader = card.cities.indices.filter { !card.scores[$0, child].isNaN }.max { a, b in
          let (sa, sb) = (card.scores[a, child], card.scores[b, child])
          return sa != sb ? sa < sb : card.cities[a] > card.cities[b]
        }
        var rawValue = Double.nan
        if let leaf = definition.leafColumn[child], let (values, dataRow) = raw { rawValue = values[dataRow, leaf] }
        lines.append(
          CityProfile.Line(
            id: n.id, name: n.name, depth: definition.depth[child], isIndicator: definition.leafColumn[child] != nil,
            unit: n.unit, raw: rawValue, score: row.map { card.score(city: $0, node: child) } ?? .nan,
            median: column.isEmpty ? .nan : medianOf(column), leaderScore: leader.map { card.score(city: $0, node: child) } ?? .nan,
            leaderCity: leader.map { card.cities[$0] } ?? "",
            leaderTies: leader.map { best in column.filter { $0 == card.scores[best, child] }.count - 1 } ?? 0))
        visit(child)
      }
    }
    visit(definition.root)
    let indicators = lines.filter { $0.isIndicator && !$0.score.isNaN && !$0.median.isNaN }
    let byDistance = indicators.sorted { a, b in
      let (da, db) = (a.score - a.median, b.score - b.median)
      return da != db ? da > db : a.id < b.id
    }
    let strengths = Array(byDistance.prefix(highlights).filter { $0.score > $0.median })
    let weaknesses = indicators.sorted { a, b in
      let (da, db) = (a.score - a.median, b.score - b.median)
      return da != db ? da < db : a.id < b.id
    }.prefix(highlights).filter { $0.score < $0.median }
    let history = all.map { other -> (year: Int, rank: Int?, score: Double) in
      guard let index = other.index(of: city) else { return (other.year, nil, .nan) }
      return (other.year, other.ranks[index], other.score(city: index, node: definition.root))
    }
    return CityProfile(
      city: city, slug: slug, title: title, year: card.year, language: language, simulated: dataset.isSimulated,
      rank: row.flatMap { card.ranks[$0] }, rankedCount: card.rankingOrder.count,
      total: row.map { card.score(city: $0, node: definition.root) } ?? .nan,
      notRankedReason: card.notRanked.first { $0.city == city }?.reason, history: history,
      areaLines: lines.filter { $0.depth == 1 }, lines: lines, strengths: strengths, weaknesses: weaknesses)
  }

  static func medianOf(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
