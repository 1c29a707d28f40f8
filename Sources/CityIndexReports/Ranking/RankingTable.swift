import CityIndex

/// The ranking of one year as rows, built once from a ``Scorecard`` and rendered as CSV, JSON,
/// Markdown or an aligned terminal table.
///
///     let table = RankingTable(scorecard)
///     print(table.csv())   // rank,city,score,verwaltung,…,coverage
public struct RankingTable: Sendable {
  /// One city: ranked (with rank and scores) or not (with the reason).
  public struct Row: Sendable, Equatable {
    public var rank: Int?
    public var city: String
    /// `nil` when not ranked.
    public var score: Double?
    /// One score per area (child of the root), `nil` where missing or not ranked.
    public var areas: [Double?]
    public var coverage: Double
    /// Why the city is not ranked.
    public var notRanked: NotRanked?
    /// ``notRanked``'s cause in English.
    public var reason: String? { notRanked?.reason }
    /// The city's group and its rank within it, when the table has groups.
    public var group: String?
    public var groupRank: Int?
    /// How many of the city's raw values imputation filled, and treatment changed.
    public var imputed = 0
    public var treated = 0
    /// How many of the city's values were carried forward from an earlier year, and how many
    /// carry a quality flag (`proxy` …).
    public var carried = 0
    public var flagged = 0
  }

  public var title: String
  public var year: Int
  public var options: ScoringOptions
  /// The children of the root: id and display name.
  public var areas: [(id: String, name: String)]
  /// Ranked cities best first, then the cities not ranked in name order.
  public var rows: [Row]
  /// The column of the cities file that groups cities, when ranks within groups are shown.
  public var groupColumn: String?
  /// Whether the run imputed or treated values, so that the counts are shown.
  public var showsImputed: Bool
  public var showsTreated: Bool
  /// Whether values were carried forward or flagged, so that the counts are shown.
  public var showsCarried: Bool
  public var showsFlagged: Bool
  /// Each indicator's data vintage in the year.
  public var vintage: [VintageRow]

  /// - Parameter groups: adds each city's group and its rank within it.
  public init(_ scorecard: Scorecard, groups: CityGroups? = nil) {
    let definition = scorecard.definition
    let areaNodes = definition.children[definition.root]
    title = definition.nodes[definition.root].name
    year = scorecard.year
    options = scorecard.options
    areas = areaNodes.map { (definition.nodes[$0].id, definition.nodes[$0].name) }
    showsImputed = scorecard.options.missing.imputes
    showsTreated = scorecard.options.treatment != .none
    showsCarried = !scorecard.carried.isEmpty
    showsFlagged = !scorecard.flags.isEmpty
    vintage = VintageRow.rows(scorecard)
    rows = scorecard.rankingOrder.map { city in
      Row(
        rank: scorecard.ranks[city], city: scorecard.cities[city],
        score: scorecard.score(city: city, node: definition.root),
        areas: areaNodes.map { node in
          let value = scorecard.score(city: city, node: node)
          return value.isNaN ? nil : value
        },
        coverage: scorecard.coverage[city], notRanked: nil)
    }
    let counts = scorecard.adjustmentCounts
    for i in rows.indices {
      rows[i].imputed = counts.imputed[rows[i].city] ?? 0
      rows[i].treated = counts.treated[rows[i].city] ?? 0
    }
    let provenance = scorecard.provenanceCounts
    for i in rows.indices {
      rows[i].carried = provenance.carried[rows[i].city] ?? 0
      rows[i].flagged = provenance.flagged[rows[i].city] ?? 0
    }
    if let groups {
      groupColumn = groups.column
      let groupRanks = scorecard.groupRanks(groups)
      for i in rows.indices {
        guard let city = scorecard.index(of: rows[i].city) else { continue }
        rows[i].group = groups.label(of: rows[i].city)
        rows[i].groupRank = groupRanks[city]
      }
    }
    rows += scorecard.notRanked.map { entry in
      Row(
        rank: nil, city: entry.city, score: nil, areas: areaNodes.map { _ in nil }, coverage: entry.coverage,
        notRanked: entry, group: groups?.label(of: entry.city))
    }
  }

  /// The method in one line: `minmax · arithmetic · missing: skip · bounds per year`.
  public var methodSummary: String {
    var parts = [
      options.normalization.rawValue, options.aggregation.rawValue, "missing: \(options.missing.rawValue)",
      options.scope == .panel ? "bounds over all years" : "bounds per year",
    ]
    if options.minCoverage != 0.5 { parts.append("min coverage \(options.minCoverage)") }
    if options.treatment != .none { parts.append("outliers: \(options.treatment.rawValue)") }
    if options.range != 0...100 {
      parts.append("range \(Decimal1.raw(options.range.lowerBound))–\(Decimal1.raw(options.range.upperBound))")
    }
    if options.weighting != .definition { parts.append("weights: \(options.weighting.label)") }
    return parts.joined(separator: " · ")
  }
}
