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
      return "Vergleichbar gemessen: Nur die \(compared) von \(count) Indikatoren mit eigenen Werten von \(city) in beiden Jahren zählen; "
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

  /// `Rank 18 → 63 (−45 places): 0 from its own comparable change, −31 from its values that
  /// do not compare, 0 from indicators entering the index, −14 from other cities' values.`
  ///
  /// - Parameter leaving: whether indicators left the index between the years (their effect is
  ///   with the others' part).
  func rankParts(_ parts: CityChange.RankParts, from: Int, to: Int, leaving: Bool = false) -> String {
    func places(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0" }
    switch language {
    case .en:
      return "Rank \(from) → \(to) (\(places(parts.total)) places): \(places(parts.ownComparable)) from its own comparable change, "
        + "\(places(parts.ownNotComparable)) from its values that do not compare, \(places(parts.composition)) from indicators entering "
        + "the index, \(places(parts.others)) from other cities' values\(leaving ? " and the indicators that left the index" : "") "
        + "(the later year re-ranked with each part put back as it was)."
    case .de:
      return "Rang \(from) → \(to) (\(places(parts.total)) Plätze): \(places(parts.ownComparable)) aus der eigenen vergleichbaren Änderung, "
        + "\(places(parts.ownNotComparable)) aus eigenen nicht vergleichbaren Werten, \(places(parts.composition)) aus neu aufgenommenen "
        + "Indikatoren, \(places(parts.others)) aus den Werten anderer Städte\(leaving ? " und den entfallenen Indikatoren" : "") "
        + "(das spätere Jahr neu gewertet, Teil für Teil wie zuvor)."
    }
  }

  /// The rank parts of a city's change, worded.
  func rankParts(_ c: CityChange) -> String? {
    guard let parts = c.rankParts, let from = c.rankFrom, let to = c.rankTo else { return nil }
    return rankParts(parts, from: from, to: to, leaving: c.rows.contains { $0.status == .dropped })
  }
}

/// The words of the report's changes since the previous year.
extension Strings {
  func whatChangedLikeForLike(since year: Int) -> String {
    switch language {
    case .en: "What changed since \(year), like for like"
    case .de: "Was sich seit \(year) geändert hat, vergleichbar gemessen"
    }
  }

  /// `On what both years measure (4 of 9 indicators, 46.7 % of the index), Wiesbaden's score moved −17.1 points.`
  func changeSentence(_ c: CityChange) -> String {
    let count = c.rows.filter { $0.level == .indicator }.count
    let share = language.percent(c.rows.first?.multiplier.isNaN == false ? c.rows[0].multiplier : 0)
    let points = language.signed(c.change)
    let bounds: String
    switch (c.scope, language) {
    case (.panel, .en): bounds = "Scores here are on bounds fixed over \(c.fromYear) and \(c.toYear), so they differ from the year's own scores elsewhere on this page."
    case (.panel, .de): bounds = "Die Punkte hier beruhen auf über \(c.fromYear) und \(c.toYear) festen Bezugsgrößen und weichen daher von den Punkten des Jahres an anderer Stelle dieser Seite ab."
    case (.year, .en): bounds = "Scores here are normalised per year, so part of a change can come from other cities."
    case (.year, .de): bounds = "Die Punkte hier sind je Jahr normiert; ein Teil einer Änderung kann von anderen Städten kommen."
    }
    guard !c.compared.isEmpty else {
      switch language {
      case .en: return "No indicator of \(c.city) has values of its own in both years, so nothing compares."
      case .de: return "Kein Indikator von \(c.city) hat in beiden Jahren eigene Werte; nichts ist vergleichbar."
      }
    }
    switch language {
    case .en:
      return "On what both years measure (\(c.compared.count) of \(count) indicators, \(share) of the index), \(c.city)'s score moved \(points) points. \(bounds)"
    case .de:
      return "Auf den in beiden Jahren gemessenen Indikatoren (\(c.compared.count) von \(count) Indikatoren, \(share) des Index) hat sich \(c.city) um \(points) Punkte bewegt. \(bounds)"
    }
  }

  /// A value in a change table: `89 %`, `2.04 % (after a change in the source's method (break))`, `0.248 % (2018 value)`.
  func changeValue(_ value: Double, year: Int?, flag: String?, unit: String, scoredYear: Int) -> String {
    guard !value.isNaN else { return missing }
    let marks = provenanceNote(valueYear: year == scoredYear ? nil : year, flag: flag)
    if Self.isYesNo(unit) && (value == 0 || value == 1) {
      switch language {
      case .en: return (value == 1 ? "yes" : "no") + marks
      case .de: return (value == 1 ? "ja" : "nein") + marks
      }
    }
    let number = language.number(value, decimals: Self.shownDecimals(value))
    return (unit.isEmpty ? number : "\(number) \(unit)") + marks
  }

  func moversLikeForLike(since year: Int) -> String {
    switch language {
    case .en: "Biggest changes since \(year), like for like"
    case .de: "Größte Veränderungen seit \(year), vergleichbar gemessen"
    }
  }

  var changeLikeForLike: String {
    switch language {
    case .en: "Change, like for like"
    case .de: "Änderung, vergleichbar"
    }
  }

  var comparedIndicators: String {
    switch language {
    case .en: "What moved it (points)"
    case .de: "Was sie bewegt hat (Punkte)"
    }
  }

  /// Under the movers: what the table ranks by and what a marked rank change means.
  func moversNote(from: Int, to: Int, scope: NormalizationScope) -> String {
    let bounds: String
    switch (scope, language) {
    case (.panel, .en): bounds = "on bounds fixed over \(from) and \(to)"
    case (.panel, .de): bounds = "auf über \(from) und \(to) festen Bezugsgrößen"
    case (.year, .en): bounds = "on each year's bounds (part of a change can come from other cities)"
    case (.year, .de): bounds = "auf den Bezugsgrößen des jeweiligen Jahres (ein Teil kann von anderen Städten kommen)"
    }
    switch language {
    case .en:
      return "Ordered by the change like for like, in points of the index: only indicators with values of the city's own in both years "
        + "count — not values carried forward from earlier years, not values across a break in a source's method, not indicators "
        + "entering the index — \(bounds). Places are each year's ranking. " + notComparableMark
    case .de:
      return "Geordnet nach der vergleichbaren Änderung in Indexpunkten: Es zählen nur Indikatoren mit eigenen Werten der Stadt in beiden "
        + "Jahren — keine aus früheren Jahren fortgeschriebenen Werte, keine Werte über einen Methodenwechsel der Quelle hinweg, keine "
        + "neu in den Index aufgenommenen Indikatoren — \(bounds). Die Plätze stammen aus der Rangliste des jeweiligen Jahres. "
        + notComparableMark
    }
  }

  /// What the ¹ beside a rank change means.
  var notComparableMark: String {
    switch language {
    case .en:
      return "¹ Most of this move in rank is no change on the ground: it comes from values that do not compare (a break in a source, "
        + "carried values) or from indicators entering the index; the city's page splits it."
    case .de:
      return "¹ Der größte Teil dieser Rangänderung ist keine Veränderung vor Ort: Er kommt von nicht vergleichbaren Werten "
        + "(Methodenwechsel einer Quelle, fortgeschriebene Werte) oder neu aufgenommenen Indikatoren; die Seite der Stadt schlüsselt ihn auf."
    }
  }
}

extension Strings {
  /// Under the rank history: which years are partial and which are left out.
  func historyPartialNote(_ o: Overview) -> String {
    let count = o.coverage.count
    let partial = zip(o.historyYears, o.historyIndicators).filter { $0.1 < count }
    var parts: [String] = []
    if !partial.isEmpty {
      let years = list(partial.map { "\($0.0) (\($0.1)/\(count))" })
      switch language {
      case .en: parts.append("Years marked * rest on fewer of the \(count) indicators — \(years) — and are drawn hollow and dashed: their ranks are not a ranking of the whole index.")
      case .de: parts.append("Mit * markierte Jahre beruhen auf weniger der \(count) Indikatoren — \(years) — und sind hohl und gestrichelt gezeichnet: Ihre Ränge sind keine Rangliste des ganzen Index.")
      }
    }
    if !o.laterYears.isEmpty {
      let years = list(o.laterYears.map { "\($0.year) (\($0.indicators)/\(count))" })
      switch language {
      case .en: parts.append("Later years in the data are left out: \(years) rest on too few indicators to rank.")
      case .de: parts.append("Spätere Jahre der Daten sind nicht gezeigt: \(years) beruhen auf zu wenigen Indikatoren für eine Rangliste.")
      }
    }
    return parts.joined(separator: " ")
  }
}

extension Strings {
  /// `Made on 2026-12-03. Its newest values are from 2021, its oldest from 2018 (…): it describes 2018–2021, not today.`
  func asOf(year: Int, vintage: [VintageRow], madeOn: String?) -> String {
    let years = vintage.flatMap { $0.years.map(\.year) }
    guard let newest = years.max(), let oldest = years.min() else { return "" }
    let oldestNames = vintage.filter { row in row.years.contains { $0.year == oldest } }.map(\.name)
    let span = oldest == newest ? "\(newest)" : "\(oldest)–\(newest)"
    switch language {
    case .en:
      let made = madeOn.map { "Made on \($0). " } ?? ""
      let old = oldest < newest ? ", its oldest from \(oldest) (\(list(oldestNames)))" : ""
      return "\(made)The \(year) ranking's newest values are from \(newest)\(old): it describes \(span), not the day it was made."
    case .de:
      let made = madeOn.map { "Erstellt am \($0). " } ?? ""
      let old = oldest < newest ? ", die ältesten von \(oldest) (\(list(oldestNames)))" : ""
      return "\(made)Die neuesten Werte der Rangliste \(year) sind von \(newest)\(old): Sie beschreibt \(span), nicht den Tag ihrer Erstellung."
    }
  }

  /// How many values are flagged as a break in their source's method, and what that means.
  func breakSentence(_ count: Int, year: Int) -> String {
    switch language {
    case .en:
      return "\(count) \(count == 1 ? "value follows" : "values follow") a change in \(count == 1 ? "its" : "their") source's method (break): "
        + "\(count == 1 ? "it counts" : "they count") in \(year)'s ranking, but no comparison across \(count == 1 ? "it" : "them") is a change."
    case .de:
      return "\(count) \(count == 1 ? "Wert folgt" : "Werte folgen") auf einen Methodenwechsel der Quelle (break): Sie zählen in der Rangliste "
        + "\(year), aber kein Vergleich über den Wechsel hinweg ist eine Veränderung."
    }
  }
}

extension Strings {
  /// Shown while the reader's weights apply.
  func atPublishedWeights(_ previous: Int?) -> String {
    let since = previous.map { " and ± since \($0)" } ?? ""
    let seit = previous.map { " und ± seit \($0)" } ?? ""
    switch language {
    case .en:
      return "Re-weighted: the ranking, the totals\(since), the map and the leader's figure follow your weights, exactly as "
        + "sci rank and sci compare with a weights file of them; the headline above, the movers, the ¹ marks, the plausible "
        + "ranks and the city pages stay at the published weights."
    case .de:
      return "Neu gewichtet: Rangliste, Gesamtpunkte\(seit), Karte und die Zahl des Spitzenreiters folgen Ihren Gewichten, genau wie "
        + "sci rank und sci compare mit einer Gewichtsdatei; die Überschrift oben, die Auf- und Absteiger, die ¹-Marken, die "
        + "plausiblen Ränge und die Stadtseiten bleiben bei den veröffentlichten Gewichten."
    }
  }
}

extension Strings {
  /// Beside a rank change marked ¹ on a city page.
  var mostlyNotComparable: String {
    switch language {
    case .en: "¹ mostly not a change on the ground"
    case .de: "¹ überwiegend keine Veränderung vor Ort"
    }
  }
}

/// The words of "every number checkable" (issue 26).
extension Strings {
  var getTheData: String {
    switch language {
    case .en: "Get the data"
    case .de: "Daten herunterladen"
    }
  }

  var sourcesOfTheValues: String {
    switch language {
    case .en: "Sources of the values"
    case .de: "Quellen der Werte"
    }
  }

  var cityDataContents: String {
    switch language {
    case .en: "each indicator's value as the data file gives it, what was scored, its year, flag, source and score"
    case .de: "je Indikator der Wert wie in der Datendatei, der gewertete Wert, sein Jahr, Hinweis, Quelle und Punkte"
    }
  }

  /// The link to where a published figure appeared.
  var sourceWord: String {
    switch language {
    case .en: "source"
    case .de: "Quelle"
    }
  }

  var rankingDataContents: String {
    switch language {
    case .en: "the ranking as sci rank --format csv prints it"
    case .de: "die Rangliste, wie sci rank --format csv sie ausgibt"
    }
  }
}
