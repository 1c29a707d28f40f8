import CityIndex

/// The words of a comparison between two years: statuses, the rule, the rank change in parts.
/// Every phrase is a `switch` over the language, so that a missing one does not compile.
extension Strings {
  /// `new in 2021`, `carried forward`, `break in the source` …: why an indicator does (not) count.
  func status(_ status: ComparisonStatus, from: Int, to: Int) -> String {
    switch (status, language) {
    case (.compared, .en): "compared"
    case (.compared, .de): "verglichen"
    case (.new, .en): "new: no values in \(from)"
    case (.new, .de): "neu: keine Werte \(from)"
    case (.dropped, .en): "dropped: no values in \(to)"
    case (.dropped, .de): "entfallen: keine Werte \(to)"
    case (.carried, .en): "carried forward: no new data"
    case (.carried, .de): "fortgeschrieben: keine neuen Daten"
    case (.break, .en): "break in the source's method"
    case (.break, .de): "Methodenwechsel der Quelle"
    case (.missing, .en): "no value in one of the years"
    case (.missing, .de): "kein Wert in einem der Jahre"
    }
  }

  /// A short label for tables: `new`, `carried`, `break` (`neu`, `fortgeschr.`, `Bruch`).
  func statusLabel(_ status: ComparisonStatus) -> String {
    switch (status, language) {
    case (.compared, .en): "compared"
    case (.compared, .de): "verglichen"
    case (.new, .en): "new"
    case (.new, .de): "neu"
    case (.dropped, .en): "dropped"
    case (.dropped, .de): "entfallen"
    case (.carried, .en): "carried"
    case (.carried, .de): "fortgeschrieben"
    case (.break, .en): "break"
    case (.break, .de): "Bruch"
    case (.missing, .en): "missing"
    case (.missing, .de): "fehlt"
    }
  }

  /// The rule printed above every like-for-like comparison.
  func likeForLikeRule(city: String, compared: Int, of count: Int, from: Int, to: Int, scope: NormalizationScope) -> String {
    let bounds: String
    switch (scope, language) {
    case (.panel, .en): bounds = "scores on bounds fixed over \(from) and \(to)"
    case (.panel, .de): bounds = "Punkte auf über \(from) und \(to) festen Bezugsgrößen"
    case (.year, .en): bounds = "scores normalised per year (--normalize-over year), so part of a change can come from other cities"
    case (.year, .de): bounds = "Punkte je Jahr normiert (--normalize-over year), ein Teil der Änderung kann von anderen Städten kommen"
    }
    switch language {
    case .en:
      return "Like for like: only the \(compared) of \(count) indicators with values of \(city)'s own in both years count; "
        + "\(bounds). Contribution = share of the index × change of the score; the others' shares count for nothing (they are not "
        + "handed to the compared ones), and the index row is the sum of the contributions."
    case .de:
      return "Gleiches mit Gleichem: Nur die \(compared) von \(count) Indikatoren mit eigenen Werten von \(city) in beiden Jahren zählen; "
        + "\(bounds). Beitrag = Anteil am Index × Änderung der Punkte; die Anteile der übrigen zählen nicht (sie gehen nicht "
        + "auf die verglichenen über), die Indexzeile ist die Summe der Beiträge."
    }
  }

  /// `Not compared: Open-Data-Portal (carried forward: no new data); 5G (new: no values in 2020).`
  func notCompared(_ rows: [CityChange.Row], from: Int, to: Int) -> String {
    let groups = ComparisonStatus.allCases.filter { $0 != .compared }.compactMap { status -> String? in
      let names = rows.filter { $0.status == status }.map(\.name)
      return names.isEmpty ? nil : "\(list(names)) (\(self.status(status, from: from, to: to)))"
    }
    switch language {
    case .en: return "Not compared, so not counted as change: " + groups.joined(separator: "; ") + "."
    case .de: return "Nicht verglichen, also nicht als Änderung gezählt: " + groups.joined(separator: "; ") + "."
    }
  }

  /// Both years as ranked: each on its own indicators and bounds.
  func asRanked(_ change: CityChange, indicators: (from: Int, to: Int), of count: Int) -> String {
    let n = { (value: Double) in language.number(value) }
    func rank(_ rank: Int?) -> String {
      switch language {
      case .en: rank.map { "rank \($0)" } ?? "not ranked"
      case .de: rank.map { "Rang \($0)" } ?? "nicht gewertet"
      }
    }
    switch language {
    case .en:
      return "As ranked: \(change.fromYear) \(rank(change.rankFrom)), \(n(change.rankedScoreFrom)) points (\(indicators.from) of \(count) indicators) → "
        + "\(change.toYear) \(rank(change.rankTo)), \(n(change.rankedScoreTo)) (\(indicators.to) of \(count)); each year on its own indicators and bounds, "
        + "so the two totals do not compare."
    case .de:
      return "Wie gewertet: \(change.fromYear) \(rank(change.rankFrom)), \(n(change.rankedScoreFrom)) Punkte (\(indicators.from) von \(count) Indikatoren) → "
        + "\(change.toYear) \(rank(change.rankTo)), \(n(change.rankedScoreTo)) (\(indicators.to) von \(count)); jedes Jahr mit eigenen Indikatoren "
        + "und Bezugsgrößen, die beiden Summen sind nicht vergleichbar."
    }
  }

  /// `Rank 18 → 63 (−45): −31 from its own values (−2 comparable, −29 not comparable), −14 from other cities.`
  func rankParts(_ parts: CityChange.RankParts, from: Int, to: Int) -> String {
    func places(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0" }
    switch language {
    case .en:
      return "Rank \(from) → \(to) (\(places(parts.total)) places): \(places(parts.ownComparable)) from its own comparable change, "
        + "\(places(parts.ownNotComparable)) from its values that cannot be compared, \(places(parts.others)) from other cities' "
        + "moves and indicators entering or leaving (its values held, the later year re-ranked)."
    case .de:
      return "Rang \(from) → \(to) (\(places(parts.total)) Plätze): \(places(parts.ownComparable)) aus der eigenen vergleichbaren Änderung, "
        + "\(places(parts.ownNotComparable)) aus eigenen nicht vergleichbaren Werten, \(places(parts.others)) aus Bewegungen anderer Städte "
        + "und neuen oder entfallenen Indikatoren (eigene Werte festgehalten, das spätere Jahr neu gewertet)."
    }
  }
}
