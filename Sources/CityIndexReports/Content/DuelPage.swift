import CityIndex

/// A head-to-head page of the report (`duels/<slug>.html`): two cities side by side for the
/// report's year, how the gap moved since the previous year like for like, and both ranks over
/// the years. The report has one per ranked city against the city just above it (the leader
/// against the runner-up among them) and one per pair asked for (`report --versus A,B`).
public struct DuelPage: Sendable {
  public var duel: HeadToHead
  /// Since the report's previous year, like for like; `nil` without one or when a city is not
  /// scored in both.
  public var change: HeadToHead.Change?
  /// `hamburg-ulm`: the page is `duels/<slug>.html`.
  public var slug: String
  /// The two cities' profile slugs.
  public var profiles: (a: String, b: String)
  /// Both ranks in every year of the report's history chart.
  public var history: (years: [Int], a: [Int?], b: [Int?])
  /// Plausible ranks, when a Monte Carlo ran.
  public var intervals: [String: Sensitivity.RankInterval] = [:]
  /// What a publication says about the pair, and its name.
  public var published: (HeadToHead.Published, name: String)?
  public var title: String
  public var language: Language
  public var simulated: Bool
  /// Every credit line the values need.
  public var credits: [DataNotes.Credit] = []

  /// The page's data: the rows as `sci versus A B --format csv` prints them.
  public var dataCSV: String { OutputTable.headToHead(duel).csv() }

  /// `hamburg-ulm` from the two cities' profile slugs.
  static func slug(_ a: String, _ b: String) -> String { "\(a)-\(b)" }
}
