import CityIndex

extension RankingTable {
  /// An aligned table for a terminal, scores to one decimal; area columns are headed by id,
  /// with a legend of their names below.
  public func text() -> String {
    let header = ["Rank", "City", "Score"] + areas.map(\.id) + ["Coverage"] + (groupColumn.map { [$0, "Rank in \($0)"] } ?? [])
    var body: [[String]] = []
    for row in rows where row.rank != nil {
      body.append(
        [row.rank.map(String.init) ?? "–", row.city, Decimal1.format(row.score)]
          + row.areas.map(Decimal1.format) + [Decimal1.percent(row.coverage)]
          + (groupColumn == nil ? [] : [row.group ?? "–", row.groupRank.map(String.init) ?? "–"]))
    }
    var lines = ["\(title) \(year) — \(methodSummary)", ""]
    lines += TextTable(header: header, rows: body, rightAligned: Set([0, 2] + (3..<(header.count - (groupColumn == nil ? 0 : 2))) + (groupColumn == nil ? [] : [header.count - 1]))).lines
    let notRanked = rows.filter { $0.rank == nil }
    if !notRanked.isEmpty {
      lines += ["", "Not ranked:"]
      lines += notRanked.map { "  \($0.city): \($0.reason ?? "")" }
    }
    lines += ["", "Areas: " + areas.map { "\($0.id) = \($0.name)" }.joined(separator: "; ")]
    lines += vintageLines()
    return lines.joined(separator: "\n") + "\n"
  }

  /// Which years each indicator's values come from, when any is carried, too old or flagged.
  func vintageLines() -> [String] {
    guard VintageRow.isWorthShowing(vintage) else { return [] }
    let header = ["Indicator", "Values from", "Max age", "Carried", "Too old", "Flagged"]
    let body = vintage.map { row in
      [row.id, row.yearsText, row.maxAge.map { "\($0) y" } ?? "–", row.carried == 0 ? "" : String(row.carried),
       row.tooOld == 0 ? "" : String(row.tooOld), row.flaggedText]
    }
    return [
      "", "Where the \(year) values come from. Carried: cities whose value is from an earlier year (at most max age",
      "before); too old: cities whose latest value is older (counted as missing); flagged: e.g. proxy, a larger",
      "area's value (--drop-flag proxy leaves them out).", "",
    ]
      + TextTable(header: header, rows: body, rightAligned: [2, 3, 4]).lines
  }
}

/// Formatting for people (machines get ``CSVText/number(_:)``).
enum Decimal1 {
  /// One decimal: `84.5`, `100.0`; `–` when missing.
  static func format(_ value: Double?) -> String {
    guard let value, !value.isNaN else { return "–" }
    return FixedPoint.format(value, decimals: 1)
  }

  /// A raw value as given, to at most three decimals: `0.523`, `100`, `48.639`.
  static func raw(_ value: Double) -> String { FixedPoint.trimmed(value, decimals: 3) }

  /// Points to one decimal, or two when that is all there is (a gap of 0.03).
  static func points(_ value: Double) -> String {
    abs(value) < 0.1 && value != 0 ? FixedPoint.format(value, decimals: 2) : format(value)
  }

  /// A share as a percentage: `0.973` → `97.3%`, `1` → `100%`.
  static func percent(_ share: Double) -> String { FixedPoint.trimmed(share * 100, decimals: 1) + "%" }
}
