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
