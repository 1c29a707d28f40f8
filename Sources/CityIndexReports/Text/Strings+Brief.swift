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

  /// A plan's step in the indicator's unit: `Open-Data-Portal: no → yes (+13.3 points)`.
  func planStep(_ step: Gap.Step) -> String {
    let change: String
    if Self.isYesNo(step.unit) {
      let word = { (v: Double) in v == 1 ? (self.language == .de ? "ja" : "yes") : (self.language == .de ? "nein" : "no") }
      change = "\(word(step.from)) → \(word(step.to))"
    } else {
      let unit = step.unit.isEmpty ? "" : " " + step.unit
      let to = language.number(step.to, decimals: Self.shownDecimals(step.to))
      change = step.from.isNaN ? "→ \(to)\(unit)" : "\(language.number(step.from, decimals: Self.shownDecimals(step.from))) → \(to)\(unit)"
    }
    return "\(step.name): \(change) (\(language.signed(step.pointsGained)) \(points))"
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
