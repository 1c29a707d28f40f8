import CityIndex
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
