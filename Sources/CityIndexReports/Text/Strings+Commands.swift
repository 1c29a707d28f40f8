import CityIndex

/// The words of the commands' tables (`compare`, `gap`) in each language.
extension Strings {
  func comparisonTitle(from: Int, to: Int, likeForLike: Bool) -> String {
    switch (language, likeForLike) {
    case (.en, true): "Rank and score changes \(from) → \(to), like for like"
    case (.en, false): "Rank and score changes \(from) → \(to), each year as ranked"
    case (.de, true): "Rang- und Punkteänderungen \(from) → \(to), vergleichbar gemessen"
    case (.de, false): "Rang- und Punkteänderungen \(from) → \(to), jedes Jahr wie gewertet"
    }
  }

  var changeWord: String {
    switch language {
    case .en: "Change"
    case .de: "Änderung"
    }
  }

  var comparedWord: String {
    switch language {
    case .en: "Compared"
    case .de: "Verglichen"
    }
  }

  func entering(_ city: String) -> String {
    switch language {
    case .en: "\(city) (entering)"
    case .de: "\(city) (neu dabei)"
    }
  }

  func leaving(_ city: String) -> String {
    switch language {
    case .en: "\(city) (leaving)"
    case .de: "\(city) (nicht mehr dabei)"
    }
  }

  var moversFirst: String {
    switch language {
    case .en: "Biggest movers first; places gained are positive."
    case .de: "Größte Veränderungen zuerst; gewonnene Plätze sind positiv."
    }
  }

  func comparisonRule(from: Int, to: Int, scope: NormalizationScope) -> String {
    switch (language, scope) {
    case (.en, _):
      return "Ranks and scores are each year's ranking, on its own indicators and bounds: the two scores do not compare. "
        + "Change is like for like, in points of the index: only indicators with values of the city's own in both years "
        + "count (not carried forward, not across a break in the source, not entering or leaving the index), "
        + (scope == .panel
          ? "on bounds fixed over \(from) and \(to)"
          : "on bounds of each year (--normalize-over year: part of a change can come from other cities)")
        + "; Compared is the share of the index they carry. sci compare --city CITY names the rest and splits the places."
    case (.de, _):
      return "Ränge und Punkte sind die Wertung jedes Jahres, auf dessen eigenen Indikatoren und Bezugsgrößen: die beiden Punktzahlen "
        + "sind nicht vergleichbar. Die Änderung ist vergleichbar gemessen, in Punkten des Index: nur Indikatoren mit eigenen Werten "
        + "der Stadt in beiden Jahren zählen (nicht fortgeschrieben, nicht über einen Methodenwechsel der Quelle hinweg, nicht neu "
        + "aufgenommen oder entfallen), "
        + (scope == .panel
          ? "auf über \(from) und \(to) festen Bezugsgrößen"
          : "auf den Bezugsgrößen jedes Jahres (--normalize-over year: ein Teil der Änderung kann von anderen Städten kommen)")
        + "; „Verglichen“ ist ihr Anteil am Index. sci compare --city STADT nennt den Rest und teilt die Plätze auf."
    }
  }

  var asRankedRule: String {
    switch language {
    case .en:
      "Each year as ranked (--as-ranked): the change is the difference of the two totals, which rest on different "
        + "indicators, carried values and bounds — not like for like."
    case .de:
      "Jedes Jahr wie gewertet (--as-ranked): die Änderung ist die Differenz der beiden Gesamtpunkte, die auf verschiedenen "
        + "Indikatoren, fortgeschriebenen Werten und Bezugsgrößen beruhen — nicht vergleichbar gemessen."
    }
  }
}

/// The words of `sci gap`.
extension Strings {
  func gapTitle(_ g: Gap, into rank: Int?) -> String {
    let (score, target) = (language.number(g.cityScore), language.number(g.targetScore))
    switch language {
    case .en:
      return "From \(g.city) (rank \(g.cityRank), \(score)) to \(g.target) (rank \(g.targetRank), \(target))"
        + (rank.map { " — into the top \($0)" } ?? "")
    case .de:
      return "Von \(g.city) (Rang \(g.cityRank), \(score)) zu \(g.target) (Rang \(g.targetRank), \(target))"
        + (rank.map { " — unter die besten \($0)" } ?? "")
    }
  }

  var fromWord: String {
    switch language {
    case .en: "From"
    case .de: "Von"
    }
  }

  var toWord: String {
    switch language {
    case .en: "To"
    case .de: "Auf"
    }
  }

  var stepWord: String {
    switch language {
    case .en: "Step"
    case .de: "Schritt"
    }
  }

  /// The gap table's column of how many other cities already reach a step's value.
  var reachedByWord: String { de ? "Schon erreicht von" : "Already reached by" }

  /// The gap table's amount column: a step counted before the denominator.
  var amountWord: String { de ? "Menge" : "Amount" }

  var pointsWord: String {
    switch language {
    case .en: "Points"
    case .de: "Punkte"
    }
  }

  /// What a step means, in the indicator's own words: the definition's action for a yes/no
  /// (`set up an OParl interface`, else `no → yes`); an amount where the definition counts one
  /// (`+1,204 kW (+4.2 W per inhabitant)`); else the change in the unit (`+54.9 % of
  /// households`; from nothing: `to 4 % of households`). Changes are rounded away from zero, so
  /// that a plan never says less than it takes.
  func gapStep(_ step: Gap.Step) -> String {
    let (missingWord, toWord) = de ? ("fehlt", "auf") : ("missing", "to")
    if Self.isYesNo(step.unit) {
      if step.to == 1 && step.from != 1 && !step.action.isEmpty { return step.action }
      return "\(step.from.isNaN ? missingWord : yesNo(step.from == 1)) → \(yesNo(step.to == 1))"
    }
    let unit = step.unit.isEmpty ? "" : " " + step.unit
    if step.from.isNaN { return "\(toWord) \(language.number(step.to, decimals: min(3, Self.decimals(step.to))))\(unit)" }
    let inUnit = signedUp(step.to - step.from) + unit
    return amountText(step).map { $0 + " (" + inUnit + ")" } ?? inUnit
  }

  /// A step as the amount before its denominator, `+82,629 kW of photovoltaics`; `nil` where the
  /// definition counts none.
  func amountText(_ step: Gap.Step) -> String? {
    guard let amount = step.amount, !step.countUnit.isEmpty else { return nil }
    return signedUp(amount, grouped: true) + " " + step.countUnit
  }

  /// `+54.9` for 54.815: one decimal below 100, none above, rounded away from zero.
  private func signedUp(_ value: Double, grouped: Bool = false) -> String {
    let decimals = abs(value) >= 100 ? 0 : abs(value) >= 1 ? 1 : min(3, Self.decimals(abs(value)))
    let factor = [1.0, 10, 100, 1000][decimals]
    let magnitude = (abs(value) * factor - 1e-9).rounded(.up) / factor
    let text = grouped ? language.grouped(magnitude, decimals: decimals) : language.number(magnitude, decimals: decimals)
    return (value >= 0 ? "+" : "−") + text
  }

  func gapNote(_ g: Gap) -> String {
    let two = { (v: Double) in self.language.number(v, decimals: 2) }
    let gap = language.number(g.gap, decimals: abs(g.gap) < 0.1 && g.gap != 0 ? 2 : 1)
    switch language {
    case .en:
      if g.gap < 0 && g.steps.isEmpty { return "\(g.city) is already ahead of \(g.target) by \(language.number(-g.gap)) points." }
      if g.closesGap {
        let what = g.steps.count == 1 ? "This improvement (capped at the best value any city reached)" : "These \(g.steps.count) improvements (each capped at the best value any city reached)"
        return "Gap \(gap) points. \(what), re-scored: \(g.city) \(two(g.resultingScore)), \(g.target) \(two(g.resultingTargetScore)), new rank \(g.resultingRank)."
      }
      return "Gap \(gap) points: even every improvement up to the best value any city reached leaves \(g.city) at \(two(g.resultingScore)), behind \(g.target) at \(two(g.resultingTargetScore)) (rank \(g.resultingRank))."
    case .de:
      if g.gap < 0 && g.steps.isEmpty { return "\(g.city) liegt bereits \(language.number(-g.gap)) Punkte vor \(g.target)." }
      if g.closesGap {
        let what = g.steps.count == 1 ? "Diese Verbesserung (höchstens bis zum besten Wert einer Stadt)" : "Diese \(g.steps.count) Verbesserungen (jede höchstens bis zum besten Wert einer Stadt)"
        return "Abstand \(gap) Punkte. \(what), neu gewertet: \(g.city) \(two(g.resultingScore)), \(g.target) \(two(g.resultingTargetScore)), neuer Rang \(g.resultingRank)."
      }
      return "Abstand \(gap) Punkte: selbst jede Verbesserung bis zum besten Wert einer Stadt lässt \(g.city) bei \(two(g.resultingScore)), hinter \(g.target) mit \(two(g.resultingTargetScore)) (Rang \(g.resultingRank))."
    }
  }

  func notLeversNote(_ names: [String]) -> String {
    switch language {
    case .en: "Left out as no lever a city acts on (the definition's lever column; --all-indicators includes them): \(names.joined(separator: ", "))."
    case .de: "Nicht berücksichtigt, weil kein Hebel der Stadt (Spalte lever der Definition; --all-indicators nimmt sie auf): \(names.joined(separator: ", "))."
    }
  }
}

/// The words of `sci profile`.
extension Strings {
  func profileTitle(_ p: Profile) -> String {
    switch (language, p.rank) {
    case (.en, let rank?): "\(p.city) \(p.year): rank \(rank) of \(p.rankedCount), score \(language.number(p.total))"
    case (.de, let rank?): "\(p.city) \(p.year): Rang \(rank) von \(p.rankedCount), \(language.number(p.total)) Punkte"
    case (.en, nil): "\(p.city) \(p.year): not ranked: \(p.notRankedReason ?? "")"
    case (.de, nil): "\(p.city) \(p.year): nicht gewertet: \(p.notRankedReason ?? "")"
    }
  }

  func profilePeers(_ p: Profile) -> String {
    let rank = p.peerRank.map { language == .de ? "Rang \($0) von \(p.peers.cities.count)" : "rank \($0) of \(p.peers.cities.count)" }
      ?? (language == .de ? "nicht gewertet" : "not ranked")
    switch language {
    case .en: return "Peers (\(p.peers.kind.rawValue)): \(p.peers.label), \(rank): \(p.peers.cities.joined(separator: ", "))"
    case .de:
      let kind = p.peers.kind == .state ? "Land" : p.peers.kind == .size ? "Größenklasse" : "alle"
      return "Vergleichsgruppe (\(kind)): \(p.peers.label), \(rank): \(p.peers.cities.joined(separator: ", "))"
    }
  }

  var strongestVsMedian: String {
    switch language {
    case .en: "Strongest (vs. median): "
    case .de: "Stärken (gegen den Median): "
    }
  }

  var weakestVsMedian: String {
    switch language {
    case .en: "Weakest (vs. median): "
    case .de: "Schwächen (gegen den Median): "
    }
  }

  var historyWord: String {
    switch language {
    case .en: "History"
    case .de: "Verlauf"
    }
  }

  func ofIndicators(_ count: Int, _ total: Int) -> String {
    switch language {
    case .en: "\(count) of \(total) indicators"
    case .de: "\(count) von \(total) Indikatoren"
    }
  }

  func profilePublished(_ name: String, results: [String], derived: Bool) -> String {
    switch language {
    case .en:
      "\(name) (published): " + (results.isEmpty ? "no result known" : results.joined(separator: ", "))
        + (derived ? " (* derived from published figures, not published as such)" : "")
    case .de:
      "\(name) (veröffentlicht): " + (results.isEmpty ? "kein Ergebnis bekannt" : results.joined(separator: ", "))
        + (derived ? " (* aus veröffentlichten Zahlen abgeleitet, nicht so veröffentlicht)" : "")
    }
  }
}
