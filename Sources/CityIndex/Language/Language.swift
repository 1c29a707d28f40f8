import Foundation

/// The language of a report: its words and how it writes numbers.
public enum Language: String, CaseIterable, Sendable {
  case en, de

  /// `84.5` in English, `84,5` in German; one decimal unless told otherwise.
  public func number(_ value: Double, decimals: Int = 1) -> String {
    guard !value.isNaN else { return "–" }
    return FixedPoint.format(value, decimals: decimals, point: self == .de ? "," : ".", minus: "−")
  }

  /// `1,200` (`1.200` in German): a number with its thousands grouped.
  public func grouped(_ value: Double, decimals: Int = 0) -> String {
    guard !value.isNaN else { return "–" }
    let plain = FixedPoint.format(abs(value), decimals: decimals, point: self == .de ? "," : ".")
    let point = plain.firstIndex(where: { $0 == "," || $0 == "." }) ?? plain.endIndex
    let digits = Array(plain[..<point])
    var text = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { text += self == .de ? "." : "," }
      text.append(digit)
    }
    return (value < 0 && plain.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "−" : "") + text + plain[point...]
  }

  /// `+3.4`, `−0.6` (`+3,4` in German): a change of points.
  public func signed(_ value: Double, decimals: Int = 1) -> String {
    value.isNaN ? "–" : (value >= 0 ? "+" : "") + number(value, decimals: decimals)
  }

  /// A share as a percentage: `0.973` → `97.3 %` (`97,3 %`).
  public func percent(_ share: Double) -> String {
    let value = (share * 1000).rounded() / 10
    let decimals = value == value.rounded() ? 0 : 1
    return number(value, decimals: decimals) + "\u{202F}%"
  }

  /// A signed rank change for tables: `▲ 3`, `▼ 2`, `–`, or `new`.
  public func rankChange(_ change: Int?) -> String {
    guard let change else { return self == .de ? "neu" : "new" }
    if change > 0 { return "▲\u{00A0}\(change)" }
    if change < 0 { return "▼\u{00A0}\(-change)" }
    return "–"
  }

  /// The language the locale asks for, as command-line tools read it: the first of `LC_ALL`,
  /// `LC_MESSAGES` and `LANG` that is set and not empty; `de…` (`de_DE.UTF-8`, `de_AT`, `de`) is
  /// German, anything else English.
  ///
  ///     Language.of(environment: ["LANG": "de_DE.UTF-8"])                    // .de
  ///     Language.of(environment: ["LC_ALL": "C", "LANG": "de_DE.UTF-8"])     // .en
  public static func of(environment: [String: String]) -> Language {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    return value.lowercased().hasPrefix("de") ? .de : .en
  }
}
