import CityIndex

extension RankingTable {
  /// A GitHub-flavoured Markdown table with a heading and the method line; every name escaped.
  /// In German (`language: .de`) its words, the method line and the numbers are German.
  public func markdown(language: Language = .en) -> String {
    let s = Strings(language: language)
    var lines = ["## \(MarkdownText.escape(title)) \(year)", "", "_\(MarkdownText.escape(s.methodLine(self)))_", ""]
    let groupHeader = groupColumn.map { [MarkdownText.escape($0), MarkdownText.escape(s.rankIn($0))] } ?? []
    let header = [s.rank, s.city, s.score] + areas.map { MarkdownText.escape($0.name) } + [s.coverageShort] + groupHeader
    let textColumns: Set<Int> = groupColumn == nil ? [1] : [1, header.count - 2]
    lines.append("| " + header.joined(separator: " | ") + " |")
    lines.append("|" + header.indices.map { textColumns.contains($0) ? " --- |" : " ---: |" }.joined())
    for row in rows where row.rank != nil {
      let cells =
        [row.rank.map(String.init) ?? "", MarkdownText.escape(row.city), Decimal1.format(row.score, in: language)]
        + row.areas.map { Decimal1.format($0, in: language) } + [Decimal1.percent(row.coverage, in: language)]
        + (groupColumn == nil ? [] : [MarkdownText.escape(row.group ?? "–"), row.groupRank.map(String.init) ?? "–"])
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    let notRanked = rows.filter { $0.rank == nil }
    if !notRanked.isEmpty {
      lines += ["", "\(s.notRanked):", ""]
      lines += notRanked.map { "- \(MarkdownText.escape($0.city)): \(MarkdownText.escape($0.notRanked.map(s.reason) ?? ""))" }
    }
    if VintageRow.isWorthShowing(vintage) {
      lines += ["", s.vintageMarkdownNote(year), ""]
      let vintageHeader = [s.indicator, s.valuesFrom, s.maxAge, s.carriedCities, s.tooOld, s.flaggedValues]
      lines += ["| " + vintageHeader.joined(separator: " | ") + " |", "| --- | --- | ---: | ---: | ---: | --- |"]
      for row in vintage {
        let cells = [
          MarkdownText.escape(row.name), row.yearsText, row.maxAge.map(String.init) ?? "–", String(row.carried),
          String(row.tooOld), MarkdownText.escape(row.flaggedText),
        ]
        lines.append("| " + cells.joined(separator: " | ") + " |")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
