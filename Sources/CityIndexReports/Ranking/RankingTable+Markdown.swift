import CityIndex

extension RankingTable {
  /// A GitHub-flavoured Markdown table with a heading and the method line; every name escaped.
  public func markdown() -> String {
    var lines = ["## \(MarkdownText.escape(title)) \(year)", "", "_\(MarkdownText.escape(methodSummary))_", ""]
    let groupHeader = groupColumn.map { [MarkdownText.escape($0), "Rank in \(MarkdownText.escape($0))"] } ?? []
    let header = ["Rank", "City", "Score"] + areas.map { MarkdownText.escape($0.name) } + ["Coverage"] + groupHeader
    let textColumns: Set<Int> = groupColumn == nil ? [1] : [1, header.count - 2]
    lines.append("| " + header.joined(separator: " | ") + " |")
    lines.append("|" + header.indices.map { textColumns.contains($0) ? " --- |" : " ---: |" }.joined())
    for row in rows where row.rank != nil {
      let cells =
        [row.rank.map(String.init) ?? "", MarkdownText.escape(row.city), Decimal1.format(row.score)]
        + row.areas.map(Decimal1.format) + [Decimal1.percent(row.coverage)]
        + (groupColumn == nil ? [] : [MarkdownText.escape(row.group ?? "–"), row.groupRank.map(String.init) ?? "–"])
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    let notRanked = rows.filter { $0.rank == nil }
    if !notRanked.isEmpty {
      lines += ["", "Not ranked:", ""]
      lines += notRanked.map { "- \(MarkdownText.escape($0.city)): \(MarkdownText.escape($0.reason ?? ""))" }
    }
    if VintageRow.isWorthShowing(vintage) {
      lines += ["", "Where the \(year) values come from (carried: from an earlier year; too old: not used):", ""]
      lines += ["| Indicator | Values from | Max age | Carried | Too old | Flagged |", "| --- | --- | ---: | ---: | ---: | --- |"]
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
