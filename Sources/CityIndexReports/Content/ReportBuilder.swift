import CityIndex

/// Builds a ``Report`` from the scorecards of every year in the data.
///
///     let cards = try dataset.years.map { try Scorer.score(definition, dataset, year: $0, options: options) }
///     let report = ReportBuilder.build(definition: definition, dataset: dataset, scorecards: cards,
///                                      year: 2025, language: .en, provenance: provenance)
public enum ReportBuilder {
  /// Cities shown in the rank-history chart.
  static let historyCities = 10
  /// Strengths, weaknesses and levers per profile.
  static let highlights = 3
  /// Climbers and fallers shown on the overview.
  static let moversShown = 5

  /// - Parameters:
  ///   - scorecards: one per year with data; the one for `year` must be among them.
  ///   - title: overrides the root node's name.
  ///   - published: figures someone else published (Bitkom's ranks …) and their publisher's
  ///     name: the report compares with them, and each profile lists the city's.
  ///   - dropped: values left out by flag (`--drop-flag`), for the methodology.
  ///   - versus: pairs of cities to show head to head besides the leader and the runner-up.
  ///   - briefs: whether to make a council brief per city (each re-scores a plan).
  ///   - publishedIndex: the published figures' own definition, which names the areas the
  ///     publication scores and this index does not.
  ///   - changeScope: the bounds changes since the previous year are measured on: `panel` (both
  ///     years together, the default) or `year`. Changes are like for like (``LikeForLike``);
  ///     ranks are each year's.
  public static func build(
    definition: IndexDefinition, dataset: Dataset, scorecards: [Scorecard], year: Int, language: Language,
    title: String? = nil, provenance: Provenance, peers: (PeerKind, CityTable)? = nil,
    sensitivity: Sensitivity.Result? = nil, published: (values: PublishedValues, name: String)? = nil,
    dropped: [String: Int] = [:], changeScope: NormalizationScope = .panel, cities: CityTable? = nil,
    publishedIndex: IndexDefinition? = nil, versus: [(String, String)] = [], briefs withBriefs: Bool = true
  ) -> Report? {
    // German pages read German units (`unit_de`); scores do not depend on them.
    let definition = definition.forLanguage(language)
    let raw = scorecards.map { $0.forLanguage(language) }
    // Reports read on 0–100 whatever range the run used (the appendix says which).
    let scorecards = raw.map { $0.onHundredPointScale() }
    guard let card = scorecards.first(where: { $0.year == year }) else { return nil }
    let title = title ?? definition.nodes[definition.root].name
    let previous = scorecards.filter { $0.year < year }.max { $0.year < $1.year }
    let previousRanks = previous.map(ranksByCity) ?? [:]
    // Changes since the previous year, like for like, for every city scored in both.
    let comparison = previous.flatMap { before -> LikeForLike? in
      guard let from = raw.first(where: { $0.year == before.year }), let to = raw.first(where: { $0.year == year }) else { return nil }
      return try? LikeForLike(definition, dataset, from: before.year, to: year, options: to.options, scope: changeScope, ranked: (from, to))
    }
    var cityChanges: [String: CityChange] = [:]
    if let comparison {
      for city in card.cities where previous?.index(of: city) != nil {
        cityChanges[city] = try? CityChange(city: city, in: comparison)
      }
    }
    let areaNodes = definition.children[definition.root]

    // City metadata: states for filtering, coordinates and populations for the map.
    let table = cities ?? peers?.1
    let profileCities = card.rankingOrder.map { card.cities[$0] } + card.notRanked.map(\.city)
    let slugs = Dictionary(uniqueKeysWithValues: zip(profileCities, Slug.unique(profileCities)))
    let rows = card.rankingOrder.map { city -> Overview.Row in
      let name = card.cities[city]
      let rank = card.ranks[city] ?? 0
      return Overview.Row(
        rank: rank, change: previous == nil ? nil : previousRanks[name].map { $0 - rank }, city: name,
        slug: slugs[name] ?? Slug.make(name), total: card.score(city: city, node: definition.root),
        areas: areaNodes.map { card.score(city: city, node: $0) }, state: table?.text("state", of: name),
        coverage: card.coverage[city],
        changeMostlyNotComparable: cityChanges[name]?.rankParts?.isMostlyNotComparable ?? false,
        indicators: definition.leaves.map { card.score(city: city, node: $0) })
    }
    let (climbers, fallers) = comparison.map { movers(YearComparison($0), changes: cityChanges, slugs: slugs) } ?? ([], [])
    let sorted = scorecards.sorted { $0.year < $1.year }
    // The chart ends with the report's year: a later year rests on fewer indicators (else it
    // would be the default year) and is no ranking of the whole index.
    let shownYears = sorted.filter { $0.year <= year && $0.ranks.contains { $0 != nil } }
    let ranksPerYear = shownYears.map(ranksByCity)
    let overview = Overview(
      title: title, year: year, previousYear: previous?.year, language: language, simulated: dataset.isSimulated,
      headline: Headline.make(
        title: title, year: year, rows: rows, previousYear: previous?.year, previousRanks: previousRanks,
        climber: climbers.first.flatMap { $0.change >= Headline.newsworthy ? $0 : nil },
        faller: fallers.first.flatMap { $0.change <= -Headline.newsworthy ? $0 : nil })
        ?? Headline(
          title: title, year: year, leader: "–", leaderScore: .nan, runnerUp: nil, margin: nil, coLeaders: [],
          previousYear: nil, previousLeader: nil, climber: nil, faller: nil, closestRace: nil),
      areas: areaNodes.map { (definition.nodes[$0].id, definition.nodes[$0].name) }, rows: rows,
      notRanked: card.notRanked, historyYears: shownYears.map(\.year),
      history: rows.prefix(historyCities).map { row in (row.city, shownYears.indices.map { ranksPerYear[$0][row.city] }) },
      options: card.options, hierarchy: hierarchy(card.definition), coverage: coverage(definition, card),
      sources: sources(definition), provenance: provenance, profileSlugs: slugs,
      appendix: MethodAppendix(card: card, dataset: dataset, strings: Strings(language: language)),
      data: DataNotes(card: card, previous: previous, dropped: dropped, cities: cities ?? peers?.1),
      benchmark: published.map { BenchmarkSection(card: card, published: $0.values, name: $0.name, index: publishedIndex) })
    let ranked = card.rankingOrder.map { card.cities[$0] }
    let profiles = profileCities.map { city in
      profile(
        city, slug: slugs[city] ?? Slug.make(city), card: card, all: sorted, dataset: dataset, title: title,
        language: language,
        peers: peers.flatMap { kind, table in try? PeerGroup.of(city, kind: kind, table: table, file: "", among: ranked) },
        slugs: slugs)
    }
    var withMovers = overview
    withMovers.historyIndicators = shownYears.map(indicatorsWithData)
    if let ranked = raw.first(where: { $0.year == year }) { withMovers.rankingCSV = RankingTable(ranked).csv() }
    if let previous {
      withMovers.previousAreas = previous.rankingOrder.map { city in
        (previous.cities[city], areaNodes.map { previous.score(city: city, node: $0) })
      }
    }
    withMovers.laterYears = sorted.filter { $0.year > year }.map { ($0.year, indicatorsWithData($0)) }
    withMovers.areaWeights = card.definition.children[card.definition.root].map { card.definition.nodes[$0].weight }
    withMovers.rootAggregation = card.definition.nodes[card.definition.root].aggregation ?? card.options.aggregation
    if let table { withMovers.mapDots = mapDots(rows, table: table, year: year) }
    withMovers.changeScope = changeScope
    (withMovers.climbers, withMovers.fallers) = (climbers, fallers)
    var withIntervals = profiles
    let links = Dictionary(card.definition.indicators.map { ($0.id, $0.link) }, uniquingKeysWith: { first, _ in first })
    if !withMovers.mapDots.isEmpty {
      for i in withIntervals.indices { withIntervals[i].mapDots = withMovers.mapDots }
    }
    for i in withIntervals.indices {
      withIntervals[i].changes = cityChanges[withIntervals[i].city]
      withIntervals[i].dataCSV = ReportDataCSV.city(withIntervals[i], definition: card.definition)
      withIntervals[i].credits = overview.data.credits
      withIntervals[i].links = links
    }
    withMovers.benchmark?.explain(with: withIntervals)
    if let published { withMovers.benchmark?.everyYear = PublishedAgreement(sorted, with: published.values) }
    if let published {
      for i in withIntervals.indices {
        withIntervals[i].published = PublishedResult.of(withIntervals[i].city, in: published.values)
        withIntervals[i].publishedName = published.name
      }
    }
    if let sensitivity {
      let byCity = Dictionary(sensitivity.intervals.map { ($0.city, $0) }, uniquingKeysWith: { first, _ in first })
      withMovers.uncertainty = Uncertainty(settings: sensitivity.settings, intervals: byCity)
      if let uncertainty = withMovers.uncertainty { withMovers.appendix.add(uncertainty, strings: Strings(language: language)) }
      for i in withIntervals.indices { withIntervals[i].interval = byCity[withIntervals[i].city] }
    }
    var duels = duels(
      card: card, dataset: dataset, pairs: versus, comparison: comparison, all: scorecards, shownYears: shownYears.map(\.year),
      slugs: slugs, title: title, language: language)
    for i in duels.indices {
      duels[i].credits = overview.data.credits
      if let intervals = withMovers.uncertainty?.intervals {
        duels[i].intervals = intervals.filter { $0.key == duels[i].duel.a.city || $0.key == duels[i].duel.b.city }
      }
      if let published {
        duels[i].published = (
          HeadToHead.Published(published.values, duel: duels[i].duel, definition: card.definition, index: publishedIndex), published.name
        )
      }
    }
    for i in withIntervals.indices {
      let city = withIntervals[i].city
      // Against the city just above; the leader against the runner-up (the first duel).
      let page =
        if let above = withIntervals[i].nextUp?.city {
          duels.first { $0.duel.a.city == above && $0.duel.b.city == city }
        } else {
          duels.first.flatMap { $0.duel.a.city == city && withIntervals[i].rank != nil ? $0 : nil }
        }
      if let page { withIntervals[i].duel = (page.slug, page.duel.a.city == city ? page.duel.b.city : page.duel.a.city) }
    }
    let asked = Set(versus.map { "\($0.0)|\($0.1)" })
    if let first = duels.first {
      withMovers.duel = duelSplit(card.definition, options: card.options, pair: (first.duel.a.city, first.duel.b.city))
    }
    withMovers.featuredDuels = duels.enumerated().filter { $0.offset == 0 || asked.contains("\($0.element.duel.a.city)|\($0.element.duel.b.city)") }
      .map(\.element.slug)
    // A brief per city, with its re-scored plan (levers only) toward the next top 20, 10 or first place.
    let briefs = !withBriefs ? [] : withIntervals.compactMap { profile in
      try? CouncilBrief.make(
        profile, card: raw.first { $0.year == year }, definition: definition, dataset: dataset, options: card.options,
        madeOn: provenance.madeOn)
    }
    let briefed = Set(briefs.map(\.slug))
    for i in withIntervals.indices { withIntervals[i].hasBrief = briefed.contains(withIntervals[i].slug) }
    return Report(overview: withMovers, profiles: withIntervals, duels: duels, briefs: briefs)
  }

  /// The ranked cities that have a latitude, a longitude and a population in `table`.
  static func mapDots(_ rows: [Overview.Row], table: CityTable, year: Int) -> [GermanyMap.Dot] {
    rows.compactMap { row in
      guard let latitude = table.number("latitude", of: row.city), let longitude = table.number("longitude", of: row.city),
        let population = table.number("population", of: row.city, year: year)
      else { return nil }
      return GermanyMap.Dot(
        city: row.city, slug: row.slug, rank: row.rank, score: row.total, population: population, latitude: latitude,
        longitude: longitude)
    }
  }

  /// How many of the index's indicators have a value (own or carried) for some city of the year.
  static func indicatorsWithData(_ card: Scorecard) -> Int {
    card.definition.indicators.filter { node in card.vintage.first { $0.indicator == node.id }.map { !$0.citiesByYear.isEmpty } ?? false }.count
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

  /// Per indicator, how many of the year's cities have a value the ranking uses — the year's
  /// own or one carried forward (``IndicatorVintage``).
  static func coverage(_ definition: IndexDefinition, _ card: Scorecard) -> [Overview.Coverage] {
    definition.indicators.enumerated().map { column, node in
      let vintage = card.vintage.first { $0.indicator == node.id }
      let present = vintage?.citiesByYear.values.reduce(0, +) ?? 0
      return .init(id: node.id, name: node.name, unit: node.unit, citiesWithValue: present, cities: present + (vintage?.missing ?? 0))
    }
  }

  static func sources(_ definition: IndexDefinition) -> [(name: String, source: String)] {
    definition.nodes.filter { !$0.source.isEmpty }.map { ($0.name, $0.source) }
  }

  static func profile(
    _ city: String, slug: String, card: Scorecard, all: [Scorecard], dataset: Dataset, title: String,
    language: Language, peers: PeerGroup?, slugs: [String: String]
  ) -> CityProfile {
    let everyone = PeerGroup(kind: .all, label: "all cities", cities: card.rankingOrder.map { card.cities[$0] })
    let analysis = Profile(city: city, scorecard: card, history: all, dataset: dataset, peers: peers ?? everyone)
    let definition = card.definition
    var nextUp: CityProfile.NextUp?
    if let rank = analysis.rank, rank > 1 {
      let order = card.rankingOrder
      if let position = order.firstIndex(where: { card.cities[$0] == city }), position > 0 {
        // The nearest city with a better rank (a tie shares the rank, so skip tied cities).
        if let above = order[..<position].last(where: { (card.ranks[$0] ?? 0) < rank }) {
          let name = card.cities[above]
          nextUp = .init(
            city: name, slug: slugs[name] ?? Slug.make(name), rank: card.ranks[above] ?? 0,
            gap: card.score(city: above, node: definition.root) - analysis.total)
        }
      }
    }
    let shares = definition.effectiveWeights
    var levers: [CityProfile.Lever] = []
    for line in analysis.lines where line.isIndicator && !line.leaderScore.isNaN {
      guard let node = definition.index(of: line.id), let column = definition.leafColumn[node] else { continue }
      let current: Double = line.score.isNaN ? 0 : line.score
      let potential: Double = shares[column] * (line.leaderScore - current)
      if potential > 0 { levers.append(CityProfile.Lever(name: line.name, potential: potential)) }
    }
    levers.sort { $0.potential != $1.potential ? $0.potential > $1.potential : $0.name < $1.name }
    return CityProfile(
      analysis: analysis, slug: slug, title: title, language: language, simulated: dataset.isSimulated,
      hasPeers: peers != nil, nextUp: nextUp, levers: Array(levers.prefix(highlights)), interval: nil)
  }

  /// The biggest gains and losses like for like (not by places: a big move in rank can be a
  /// revision in a source or an indicator entering the index), each with the compared
  /// indicators that moved it most in its direction and its rank change in parts.
  static func movers(
    _ comparison: YearComparison, changes: [String: CityChange], slugs: [String: String]
  ) -> (climbers: [Mover], fallers: [Mover]) {
    func mover(_ entry: YearComparison.Entry) -> Mover? {
      guard let from = entry.rankFrom, let to = entry.rankTo, let change = entry.change, let city = changes[entry.city]
      else { return nil }
      let drivers = city.compared.filter { abs($0.contribution) >= 0.05 && ($0.contribution > 0) == (change > 0) }
        .sorted { abs($0.contribution) > abs($1.contribution) }.prefix(2)
        .map { Mover.Driver(name: $0.name, contribution: $0.contribution) }
      return Mover(
        city: entry.city, slug: slugs[entry.city] ?? Slug.make(entry.city), rankFrom: from, rankTo: to,
        change: change, comparedShare: entry.comparedShare ?? .nan, drivers: drivers, rankParts: city.rankParts)
    }
    // A change under 0.05 points is no story.
    let gains = comparison.gainers.filter { ($0.change ?? 0) >= 0.05 }.compactMap(mover)
    let losses = comparison.losers.filter { ($0.change ?? 0) <= -0.05 }.compactMap(mover)
    return (Array(gains.prefix(moversShown)), Array(losses.prefix(moversShown)))
  }
}
