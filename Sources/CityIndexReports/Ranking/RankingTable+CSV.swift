import CityIndex

extension RankingTable {
  /// `rank,city,score,<id of each area…>,coverage,carried,flagged`, numbers in full round-trip
  /// precision; a city that is not ranked has an empty rank and score (and empty area scores).
  /// The columns depend on the options, never on the data: with `--rank-within`,
  /// `group,group_rank` follow `coverage`; under an imputing `--missing`, `imputed`, and under
  /// `--treat`, `treated` (how many of the city's values); `carried` (values carried forward
  /// from earlier years) and `flagged` (values with a quality flag) always come last.
  public func csv() -> String {
    let extra =
      (groupColumn == nil ? [] : ["group", "group_rank"]) + (showsImputed ? ["imputed"] : []) + (showsTreated ? ["treated"] : [])
      + ["carried", "flagged"]
    var lines = [(["rank", "city", "score"] + areas.map(\.id) + ["coverage"] + extra).map(CSVText.field).joined(separator: ",")]
    for row in rows {
      var fields = [row.rank.map(String.init) ?? "", CSVText.field(row.city), row.score.map(CSVText.number) ?? ""]
      fields += row.areas.map { $0.map(CSVText.number) ?? "" }
      fields.append(CSVText.number(row.coverage))
      if groupColumn != nil { fields += [CSVText.field(row.group ?? ""), row.groupRank.map(String.init) ?? ""] }
      let counts: [(Bool, Int)] = [(showsImputed, row.imputed), (showsTreated, row.treated), (true, row.carried), (true, row.flagged)]
      fields += counts.filter(\.0).map { String($0.1) }
      lines.append(fields.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// CSV output conventions (RFC 4180).
public enum CSVText {
  /// Quotes a field when it holds a comma, quote, line break or surrounding space.
  public static func field(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
      || text.first?.isWhitespace == true || text.last?.isWhitespace == true
    return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }

  /// The shortest text that reads back as the same `Double` (`84.5`, `100.0`, `1e-05`).
  public static func number(_ value: Double) -> String { value.isNaN ? "" : value.description }
}
