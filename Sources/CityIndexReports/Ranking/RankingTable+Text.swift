import CityIndex
import Foundation

extension RankingTable {
  /// An aligned table for a terminal, scores to one decimal; area columns are headed by id,
  /// with a legend of their names below.
  public func text() -> String {
    var header = ["Rank", "City", "Score"] + areas.map(\.id) + ["Coverage"]
    var body: [[String]] = []
    for row in rows where row.rank != nil {
      body.append(
        [row.rank.map(String.init) ?? "–", row.city, Decimal1.format(row.score)]
          + row.areas.map(Decimal1.format) + [Decimal1.percent(row.coverage)])
    }
    header = header.map { $0 }
    var lines = ["\(title) \(year) — \(methodSummary)", ""]
    lines += TextTable(header: header, rows: body, rightAligned: Set([0, 2] + (3..<header.count))).lines
    let notRanked = rows.filter { $0.rank == nil }
    if !notRanked.isEmpty {
      lines += ["", "Not ranked:"]
      lines += notRanked.map { "  \($0.city): \($0.reason ?? "")" }
    }
    lines += ["", "Areas: " + areas.map { "\($0.id) = \($0.name)" }.joined(separator: "; ")]
    return lines.joined(separator: "\n") + "\n"
  }
}

/// One-decimal formatting for people (machines get ``CSVText/number(_:)``).
enum Decimal1 {
  static func format(_ value: Double?) -> String {
    guard let value, !value.isNaN else { return "–" }
    let rounded = (value * 10).rounded() / 10
    let text = String(rounded == 0 ? 0 : rounded)  // no "-0.0"
    return text.contains("e") ? String(value) : text
  }

  /// A raw value as given, to at most three decimals: `0.523`, `100`, `48.639`.
  static func raw(_ value: Double) -> String {
    var text = String(format: "%.3f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// Points to one decimal, or two when that is all there is (a gap of 0.03).
  static func points(_ value: Double) -> String {
    abs(value) < 0.1 && value != 0 ? String(format: "%.2f", value) : format(value)
  }

  static func percent(_ share: Double) -> String {
    let value = (share * 1000).rounded() / 10
    return value == value.rounded() ? "\(Int(value))%" : "\(value)%"
  }
}
