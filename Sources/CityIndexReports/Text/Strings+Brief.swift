import CityIndex

/// The words of the council brief.
extension Strings {
  var councilBrief: String {
    switch language {
    case .en: "Council brief"
    case .de: "Kurzinformation für den Rat"
    }
  }

  func briefTitle(_ b: CouncilBrief) -> String {
    "\(b.profile.city) — \(b.profile.title) \(b.profile.year)"
  }

  func againstPeers(_ label: String, count: Int) -> String {
    switch language {
    case .en: "Against its peers (\(label), \(count) cities)"
    case .de: "Im Vergleich mit ähnlichen Städten (\(label), \(count) Städte)"
    }
  }

  /// `Photovoltaik: 95.16 W per inhabitant, 11.9 points (peers 25.1)`.
  func standing(_ s: CouncilBrief.Standing) -> String {
    switch language {
    case .en: "\(s.line.name): \(rawValue(s.line)), \(language.number(s.line.score)) points (peers \(language.number(s.line.peerMedian)))"
    case .de: "\(s.line.name): \(rawValue(s.line)), \(language.number(s.line.score)) Punkte (Vergleichsgruppe \(language.number(s.line.peerMedian)))"
    }
  }

  func towardTop(_ rank: Int) -> String {
    switch (language, rank) {
    case (.en, 1): "Toward first place"
    case (.de, 1): "Auf dem Weg an die Spitze"
    case (.en, _): "Toward the top \(rank)"
    case (.de, _): "Auf dem Weg unter die besten \(rank)"
    }
  }

  /// A plan's step in the indicator's own words, from where to where, what it gains and how
  /// many other cities already reach it: `Set up an open-data portal listed in the Open Data
  /// Atlas (+13.3 points; already reached by 33 cities)`, `Photovoltaik: 95.16 → 391.4 W per
  /// inhabitant, +82,629 kW of photovoltaics (+7.8 points; already reached by 4 cities)`.
  func planStep(_ step: Gap.Step) -> String {
    let change: String
    var name = step.name + ": "
    if Self.isYesNo(step.unit) {
      let acts = step.to == 1 && step.from != 1 && !step.action.isEmpty
      change = acts ? step.action.prefix(1).uppercased() + step.action.dropFirst() : "\(yesNo(step.from == 1)) → \(yesNo(step.to == 1))"
      if acts { name = "" }  // the action names the indicator itself
    } else {
      let unit = step.unit.isEmpty ? "" : " " + step.unit
      let to = language.number(step.to, decimals: Self.shownDecimals(step.to))
      let span = step.from.isNaN ? "→ \(to)\(unit)" : "\(language.number(step.from, decimals: Self.shownDecimals(step.from))) → \(to)\(unit)"
      change = span + (amountText(step).map { ", " + $0 } ?? "")
    }
    let reached =
      switch (step.reachedBy, de) {
      case (0, true): "von keiner anderen Stadt erreicht"
      case (0, false): "reached by no other city"
      case (1, true): "schon erreicht von 1 Stadt"
      case (1, false): "already reached by 1 city"
      case (let n, true): "schon erreicht von \(n) Städten"
      case (let n, false): "already reached by \(n) cities"
      }
    return "\(name)\(change) (\(language.signed(step.pointsGained)) \(points); \(reached))"
  }

  /// One indicator's change for the brief: `Gigabit-Anschlüsse: 90.81 % → 64.93 % of households
  /// (new method in the source)` — a break said once, by its status, not again by the flag.
  func briefChange(_ row: CityChange.Row, _ c: CityChange) -> String {
    func flag(_ flag: String?) -> String? { row.status == .break && flag == ComparisonStatus.breakFlag ? nil : flag }
    let from = changeValue(row.valueFrom, year: row.valueYearFrom, flag: flag(row.flagFrom), unit: row.unit, scoredYear: c.fromYear)
    let to = changeValue(row.valueTo, year: row.valueYearTo, flag: flag(row.flagTo), unit: row.unit, scoredYear: c.toYear)
    let effect = row.status == .compared ? language.signed(row.contribution) + " " + points : status(row.status, from: c.fromYear, to: c.toYear)
    return "\(row.name): \(from) → \(to) (\(effect))"
  }

  /// What the plan comes to, re-scored.
  func planResult(_ gap: Gap, top: Int) -> String {
    let score = language.number(gap.resultingScore, decimals: 2)
    switch (language, gap.closesGap) {
    case (.en, true):
      return "Re-scored with every other city as it is: \(gap.city) \(score) points, rank \(gap.resultingRank) — past \(gap.target), now at rank \(top)."
    case (.de, true):
      return "Neu gewertet, alle anderen Städte unverändert: \(gap.city) \(score) Punkte, Rang \(gap.resultingRank) — vor \(gap.target), bisher auf Platz \(top)."
    case (.en, false):
      return "Even every lever up to the best value any city reached leaves \(gap.city) at \(score) points, rank \(gap.resultingRank)."
    case (.de, false):
      return "Selbst jeder Hebel bis zum besten Wert einer Stadt lässt \(gap.city) bei \(score) Punkten, Rang \(gap.resultingRank)."
    }
  }

  func planRule(notLevers: [String]) -> String {
    let left = notLevers.isEmpty ? "" : (language == .de ? " Nicht gezählt, weil kein Hebel der Stadt: " : " Not counted, as no lever of the city: ") + list(notLevers) + "."
    switch language {
    case .en: return "Each step at most to the best value any city reached; the fewest steps, largest first.\(left)"
    case .de: return "Jeder Schritt höchstens bis zum besten Wert einer Stadt; die wenigsten Schritte, die größten zuerst.\(left)"
    }
  }

  func alreadyInTop(_ city: String, rank: Int) -> String {
    switch language {
    case .en: "\(city) is at rank \(rank): first place is held."
    case .de: "\(city) steht auf Rang \(rank): die Spitze ist erreicht."
    }
  }

  func briefFoot(_ b: CouncilBrief) -> String {
    let years = b.valueYears.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" } ?? "–"
    let made = b.madeOn.map { language == .de ? " Erstellt am \($0)." : " Made on \($0)." } ?? ""
    switch language {
    case .en:
      return "Values from \(years), each with its source and year on the city's page (cities/\(b.slug).html) and in cities/\(b.slug).csv.\(made) Data credits:"
    case .de:
      return "Werte aus \(years), jeder mit Quelle und Jahr auf der Seite der Stadt (cities/\(b.slug).html) und in cities/\(b.slug).csv.\(made) Quellen:"
    }
  }

  /// The link from a city page to its brief.
  var briefLink: String {
    switch language {
    case .en: "Council brief: this city on one printable page"
    case .de: "Kurzinformation für den Rat: diese Stadt auf einer druckbaren Seite"
    }
  }
}
