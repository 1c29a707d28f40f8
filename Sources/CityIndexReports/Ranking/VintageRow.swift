import CityIndex

/// One indicator's data vintage in a scored year: which years its values come from, what was
/// carried forward or left out as too old, and how many values carry a quality flag — the
/// lines under a ranking and in a report's methodology.
///
///     VintageRow.rows(card).first { $0.id == "ev_charging_points" }?.yearsText   // "2018"
public struct VintageRow: Sendable, Equatable {
  public var id: String
  public var name: String
  /// The scored year.
  public var year: Int
  public var maxAge: Int?
  /// Years the values come from, latest first, with how many cities' values each.
  public var years: [YearCount]
  /// Cities whose value is carried from an earlier year.
  public var carried: Int
  /// Cities whose latest value is older than ``maxAge`` (not used).
  public var tooOld: Int
  /// Flag → how many of the values used carry it, by flag name.
  public var flagged: [FlagCount]

  public struct YearCount: Sendable, Equatable {
    public var year: Int
    public var cities: Int
  }

  public struct FlagCount: Sendable, Equatable {
    public var flag: String
    public var count: Int
  }

  /// One row per indicator, in the definition's order.
  public static func rows(_ card: Scorecard) -> [VintageRow] {
    var flagCounts: [String: [String: Int]] = [:]
    for (key, flag) in card.flags { flagCounts[key.indicator, default: [:]][flag, default: 0] += 1 }
    return card.vintage.map { entry in
      VintageRow(
        id: entry.indicator, name: card.definition[entry.indicator]?.name ?? entry.indicator, year: card.year, maxAge: entry.maxAge,
        years: entry.years.map { YearCount(year: $0, cities: entry.citiesByYear[$0] ?? 0) },
        carried: entry.citiesByYear.filter { $0.key < card.year }.values.reduce(0, +), tooOld: entry.tooOld.count,
        flagged: (flagCounts[entry.indicator] ?? [:]).sorted { $0.key < $1.key }.map { FlagCount(flag: $0.key, count: $0.value) })
    }
  }

  /// Whether any row is worth showing: a value carried, left out as too old, or flagged.
  public static func isWorthShowing(_ rows: [VintageRow]) -> Bool {
    rows.contains { $0.carried > 0 || $0.tooOld > 0 || !$0.flagged.isEmpty }
  }

  /// `2021`, `2018`, or `2021 (78), 2019 (2)` when cities' values come from different years;
  /// `–` when there is none.
  public var yearsText: String {
    guard !years.isEmpty else { return "–" }
    if years.count == 1 { return String(years[0].year) }
    return years.map { "\($0.year) (\($0.cities))" }.joined(separator: ", ")
  }

  /// `13 proxy`, or empty.
  public var flaggedText: String { flagged.map { "\($0.count) \($0.flag)" }.joined(separator: ", ") }
}
