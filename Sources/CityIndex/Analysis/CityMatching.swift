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
      throw InputErrors([.error(.ambiguousCity(query, matches: matches))])
    }
    throw InputErrors([.error(.unknownCity(query, suggestions: suggestions(for: query, in: cities)))])
  }

  /// The cities a name most likely means: the same name spelt differently (`Muenchen`), the
  /// cities whose name starts with its words (`frankfurt` → Frankfurt am Main, `Halle` →
  /// Halle (Saale)), else the closest by edit distance (`Bielfeld` → Bielefeld). At most three.
  public static func suggestions(for name: String, in candidates: [String]) -> [String] {
    guard name.utf8.count <= 200 else { return [] }
    let wanted = keys(name)
    let same = candidates.filter { !keys($0).isDisjoint(with: wanted) }
    if !same.isEmpty { return Array(same.prefix(3)) }
    let words = words(transliterated(name))
    if !words.isEmpty {
      let starting = candidates.filter { candidate in
        let other = Self.words(transliterated(candidate))
        return other.count > words.count && Array(other.prefix(words.count)) == words
      }
      if !starting.isEmpty { return Array(starting.prefix(3)) }
    }
    let folded = Dictionary(candidates.map { (transliterated($0), $0) }, uniquingKeysWith: { first, _ in first })
    return Suggestion.closest(to: transliterated(name), in: folded.keys.sorted()).flatMap { folded[$0] }.map { [$0] } ?? []
  }

  /// Lower-case words, brackets and punctuation dropped: `halle (saale)` → `halle`, `saale`.
  private static func words(_ text: String) -> [String] {
    text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
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

extension CityMatching {
  /// One diagnostic per city of the data that the cities file does not know, at the place the
  /// data first names it, with the likeliest city it means: a misspelt city would otherwise be
  /// ranked without peers, population or coordinates.
  ///
  ///     // data.csv:14:1: warning: city 'Bielfeld' is not in datasets/cities.csv (did you mean 'Bielefeld'?)
  public static func unknownCities(
    _ dataset: Dataset, in table: CityTable, file: String, severity: Diagnostic.Severity = .warning
  ) -> [Diagnostic] {
    let known = Set(table.cities)
    let unknown = dataset.cities.enumerated().filter { !known.contains($0.element) }
    // The first 20 with a suggestion each; a file of a million strangers gets one line more.
    var found = unknown.prefix(named).map { row, city -> Diagnostic in
      let problem = Problem.cityNotInFile(city, file: file, suggestions: suggestions(for: city, in: table.cities))
      return Diagnostic(severity, problem, at: row < dataset.cityLocations.count ? dataset.cityLocations[row] : nil)
    }
    if unknown.count > named {
      found.append(
        Diagnostic(severity, .moreCitiesNotInFile(count: unknown.count - named, total: unknown.count, file: file), at: dataset.filesLocation))
    }
    return found
  }

  /// Unknown cities named one by one (with a suggestion); the rest are counted.
  static let named = 20
}
