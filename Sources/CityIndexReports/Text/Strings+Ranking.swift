import CityIndex
import Foundation

/// The words of the ranking as a terminal table and as Markdown (`sci rank --lang de`); the
/// workbook shares the method line.
extension Strings {
  /// The method in one line (under the ranking in every format): `RankingTable.methodSummary`
  /// in English, its words in German.
  func methodLine(_ table: RankingTable) -> String {
    guard de else { return table.methodSummary }
    let o = table.options
    var parts = [
      "Normierung: \(name(o.normalization))", "Aggregation: \(name(o.aggregation))",
      "fehlende Werte: \(name(o.missing))", o.scope == .panel ? "Bezug: alle Jahre" : "Bezug: je Jahr",
    ]
    if o.minCoverage != 0.5 { parts.append("Mindestabdeckung \(language.percent(o.minCoverage))") }
    if o.treatment != .none { parts.append("Ausreißer: \(name(o.treatment))") }
    if o.range != 0...100 {
      let bound = { (x: Double) in Decimal1.raw(x).replacingOccurrences(of: ".", with: ",") }
      parts.append("Skala \(bound(o.range.lowerBound))–\(bound(o.range.upperBound))")
    }
    if o.weighting != .definition { parts.append("Gewichte: \(o.weighting.label)") }
    return parts.joined(separator: " · ")
  }
  /// Why a city is not ranked: `coverage 40% is below the minimum of 50%`,
  /// `Abdeckung 40 % unter dem Minimum von 50 %`.
  func reason(_ entry: NotRanked) -> String {
    guard de else { return entry.reason }
    switch entry.cause {
    case .belowMinimum(let minimum):
      return "Abdeckung \(language.percent(entry.coverage)) unter dem Minimum von \(language.percent(minimum))"
    case .noValue: return "kein Indikator hat einen Wert"
    }
  }
  var areasLegend: String { de ? "Bereiche" : "Areas" }
  /// A maximum age in the text table's vintage block: `3 y`, `3 J.`.
  func maxAgeShort(_ years: Int) -> String { de ? "\(years) J." : "\(years) y" }

  /// The vintage block's explanation in the terminal table, in lines of about 108 characters.
  func vintageTextNote(_ year: Int) -> [String] {
    guard de else {
      return [
        "Where the \(year) values come from. Carried forward: cities whose value is from an earlier year (at most",
        "max age before); too old: cities whose latest value is older (counted as missing); flagged: e.g. proxy,",
        "a larger area's value (--drop-flag proxy leaves them out).",
      ]
    }
    return TextTable.wrap(
      "Woher die Werte für \(year) stammen. Fortgeschrieben: Städte, deren Wert aus einem früheren Jahr stammt (höchstens "
        + "Höchstalter zurück); zu alt: Städte, deren letzter Wert älter ist (als fehlend gewertet); markiert: z. B. proxy, "
        + "der Wert eines größeren Gebiets (--drop-flag proxy lässt sie weg).", width: 108)
  }

  /// The vintage table's heading in Markdown.
  func vintageMarkdownNote(_ year: Int) -> String {
    de
      ? "Woher die Werte für \(year) stammen (fortgeschrieben: aus einem früheren Jahr; zu alt: nicht verwendet):"
      : "Where the \(year) values come from (carried forward: from an earlier year; too old: not used):"
  }
}
