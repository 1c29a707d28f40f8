import CityIndex

/// What a report says about where its values come from: their years, what was carried
/// forward, what stands in from a larger area, and the credit lines the licences require.
public struct DataNotes: Sendable, Equatable {
  /// A credit line and the indicators (or other inputs) it covers.
  public struct Credit: Sendable, Equatable {
    public var attribution: String
    public var licence: String
    /// Names of the nodes whose values it covers; empty for the cities file's credit (names,
    /// states, coordinates), which covers every city.
    public var covers: [String]
  }

  /// Per indicator, the years its values come from.
  public var vintage: [VintageRow]
  /// Distinct credit lines: the definition's, in its order, then the cities file's (its
  /// `credit` column, for the names, states and coordinates every page shows).
  public var credits: [Credit]
  /// Flag → how many values used carry it.
  public var flagged: [VintageRow.FlagCount]
  /// Flags left out with `--drop-flag` and how many values that made missing.
  public var dropped: [VintageRow.FlagCount]
  /// Indicators with values in the report's year but none in the previous year's ranking (or
  /// the other way round): part of any change between the two years is their arrival.
  public var arrived: [String]
  public var departed: [String]

  /// Whether the vintage table has something to say (a value carried, too old or flagged).
  public var showsVintage: Bool { VintageRow.isWorthShowing(vintage) }

  /// - Parameter cities: the cities file, whose `credit` column credits names and coordinates.
  init(card: Scorecard, previous: Scorecard?, dropped: [String: Int], cities: CityTable? = nil) {
    vintage = VintageRow.rows(card)
    var credits: [Credit] = []
    for node in card.definition.nodes where !node.attribution.isEmpty {
      if let i = credits.firstIndex(where: { $0.attribution == node.attribution && $0.licence == node.licence }) {
        credits[i].covers.append(node.name)
      } else {
        credits.append(Credit(attribution: node.attribution, licence: node.licence, covers: [node.name]))
      }
    }
    if let cities {
      let shown = card.cities.compactMap { cities.text("credit", of: $0) }
      for line in shown where !credits.contains(where: { $0.attribution == line }) {
        credits.append(Credit(attribution: line, licence: "", covers: []))
      }
    }
    self.credits = credits
    var counts: [String: Int] = [:]
    for flag in card.flags.values { counts[flag, default: 0] += 1 }
    flagged = counts.sorted { $0.key < $1.key }.map { .init(flag: $0.key, count: $0.value) }
    self.dropped = dropped.sorted { $0.key < $1.key }.map { .init(flag: $0.key, count: $0.value) }
    func present(_ scorecard: Scorecard) -> Set<String> {
      Set(scorecard.vintage.filter { !$0.citiesByYear.isEmpty }.map(\.indicator))
    }
    if let previous {
      let (now, before) = (present(card), present(previous))
      arrived = card.definition.indicators.filter { now.contains($0.id) && !before.contains($0.id) }.map(\.name)
      departed = card.definition.indicators.filter { !now.contains($0.id) && before.contains($0.id) }.map(\.name)
    } else {
      arrived = []
      departed = []
    }
  }
}
