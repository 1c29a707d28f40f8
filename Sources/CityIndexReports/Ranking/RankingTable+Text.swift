import CityIndex

extension RankingTable {
  /// An aligned table for a terminal, scores to one decimal; area columns are headed by id,
  /// with a legend of their names below. In German (`language: .de`) its words, the method
  /// line and the numbers (`84,5`) are German.
  public func text(language: Language = .en) -> String {
    let s = Strings(language: language)
    let header =
      [s.rank, s.city, s.score] + areas.map(\.id) + [s.coverageShort] + (groupColumn.map { [$0, s.rankIn($0)] } ?? [])
    var body: [[String]] = []
    for row in rows where row.rank != nil {
      body.append(
        [row.rank.map(String.init) ?? "–", row.city, Decimal1.format(row.score, in: language)]
          + row.areas.map { Decimal1.format($0, in: language) } + [Decimal1.percent(row.coverage, in: language)]
          + (groupColumn == nil ? [] : [row.group ?? "–", row.groupRank.map(String.init) ?? "–"]))
    }
    var lines = ["\(title) \(year) — \(s.methodLine(self))", ""]
    lines += TextTable(header: header, rows: body, rightAligned: Set([0, 2] + (3..<(header.count - (groupColumn == nil ? 0 : 2))) + (groupColumn == nil ? [] : [header.count - 1]))).lines
    let notRanked = rows.filter { $0.rank == nil }
    if !notRanked.isEmpty {
      lines += ["", "\(s.notRanked):"]
      lines += notRanked.map { "  \($0.city): \($0.notRanked.map(s.reason) ?? "")" }
    }
    lines += ["", "\(s.areasLegend): " + areas.map { "\($0.id) = \($0.name)" }.joined(separator: "; ")]
    lines += vintageLines(s)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Which years each indicator's values come from, when any is carried, too old or flagged.
  func vintageLines(_ s: Strings) -> [String] {
    guard VintageRow.isWorthShowing(vintage) else { return [] }
    let header = [s.indicator, s.valuesFrom, s.maxAge, s.carriedCities, s.tooOld, s.flaggedValues]
    let body = vintage.map { row in
      [row.id, row.yearsText, row.maxAge.map(s.maxAgeShort) ?? "–", row.carried == 0 ? "" : String(row.carried),
       row.tooOld == 0 ? "" : String(row.tooOld), row.flaggedText]
    }
    return [""] + s.vintageTextNote(year) + [""] + TextTable(header: header, rows: body, rightAligned: [2, 3, 4]).lines
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

  /// `84.5` in English, `84,5` in German (with `−` for a minus); `–` when missing.
  static func format(_ value: Double?, in language: Language) -> String {
    guard language == .de else { return format(value) }
    guard let value, !value.isNaN else { return "–" }
    return language.number(value)
  }

  /// `97.3%` in English, `97,3 %` in German.
  static func percent(_ share: Double, in language: Language) -> String {
    language == .de ? language.percent(share) : percent(share)
  }
}
