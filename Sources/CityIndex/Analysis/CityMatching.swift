import Foundation

/// Finds a city by a name typed the way people type it: any case, with or without accents,
/// umlauts written out or not — `muenchen`, `München`, `munchen` and `MÜNCHEN` are all München.
public enum CityMatching {
  /// The city among `cities` that `query` names.
  ///
  /// - Throws: ``InputErrors`` with "unknown city …", and a "did you mean" when one is close.
  public static func find(_ query: String, in candidates: [String]) throws(InputErrors) -> String {
    var seen: Set<String> = []
    let cities = candidates.filter { seen.insert($0).inserted }
    let wanted = keys(query)
    if let exact = cities.first(where: { $0 == query }) { return exact }
    let matches = cities.filter { !keys($0).isDisjoint(with: wanted) }
    if matches.count == 1, let match = matches.first { return match }
    if matches.count > 1 {
      throw InputErrors([.error("city '\(query)' is ambiguous: \(matches.map { "'\($0)'" }.joined(separator: ", "))")])
    }
    let folded = Dictionary(cities.map { (transliterated($0), $0) }, uniquingKeysWith: { first, _ in first })
    let hint = Suggestion.closest(to: transliterated(query), in: folded.keys.sorted()).flatMap { folded[$0] }
      .map { " (did you mean '\($0)'?)" } ?? ""
    throw InputErrors([.error("unknown city '\(query)'\(hint)")])
  }

  /// The spellings a name is known by: umlauts written out (`muenchen`) and accents dropped (`munchen`).
  public static func keys(_ name: String) -> Set<String> { [transliterated(name), stripped(name)] }

  /// Lower case, `ä` → `ae`, `ö` → `oe`, `ü` → `ue`, `ß` → `ss`, other accents dropped, spaces single.
  static func transliterated(_ name: String) -> String {
    var text = name.lowercased()
    for (from, to) in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")] {
      text = text.replacingOccurrences(of: from, with: to)
    }
    return stripped(text)
  }

  /// Lower case with every accent dropped (`ü` → `u`) and white space collapsed.
  static func stripped(_ name: String) -> String {
    let folded = name.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
