import CityIndex

/// The words of a head-to-head (`sci versus`, the report's duel).
extension Strings {
  func duelTitle(_ d: HeadToHead) -> String {
    switch language {
    case .en: "\(d.a.city) against \(d.b.city), \(d.year)"
    case .de: "\(d.a.city) gegen \(d.b.city), \(d.year)"
    }
  }

  /// Who leads, by how much, in how many areas, and where the gap comes from, in one sentence:
  /// `Hamburg leads München by 5.5 points (75.1 to 69.6) and in 2 of 3 areas; the gap comes
  /// mostly from IT und Kommunikation (4.3 points).`
  func duelSentence(_ d: HeadToHead) -> String {
    let areas = d.areas.count
    let led = d.areasLed
    guard !d.gap.isNaN else {
      switch language {
      case .en: return "\(d.a.city) and \(d.b.city) cannot both be scored in \(d.year)."
      case .de: return "\(d.a.city) und \(d.b.city) sind \(d.year) nicht beide bewertet."
      }
    }
    let (leader, other) = d.gap >= 0 ? (d.a, d.b) : (d.b, d.a)
    let (leaderAreas, otherAreas) = d.gap >= 0 ? (led.a, led.b) : (led.b, led.a)
    let gap = language.number(abs(d.gap))
    let totals = "\(language.number(leader.total)) \(language == .de ? "zu" : "to") \(language.number(other.total))"
    let drivers = d.drivers().prefix(2).map { row in
      let amount = "\(language.number(abs(row.contribution))) \(points)"
      guard row.isOneSided else { return "\(row.name) (\(amount))" }
      let without = row.scoreA.isNaN ? d.a.city : d.b.city
      switch language {
      case .en: return "\(row.name) (\(amount), no value for \(without))"
      case .de: return "\(row.name) (\(amount), ohne Wert für \(without))"
      }
    }
    if abs(d.gap) < 0.05 {
      switch language {
      case .en: return "\(d.a.city) and \(d.b.city) are level at \(language.number(d.a.total)) points; \(d.a.city) leads in \(led.a) of \(areas) areas, \(d.b.city) in \(led.b)."
      case .de: return "\(d.a.city) und \(d.b.city) liegen gleichauf bei \(language.number(d.a.total)) Punkten; \(d.a.city) führt in \(led.a) von \(areas) Bereichen, \(d.b.city) in \(led.b)."
      }
    }
    switch language {
    case .en:
      let areaPart =
        leaderAreas >= otherAreas
        ? " and in \(leaderAreas) of \(areas) areas" : ", though \(other.city) leads in \(otherAreas) of \(areas) areas"
      let from = drivers.isEmpty ? "" : "; the gap comes mostly from \(list(drivers))"
      return "\(leader.city) leads \(other.city) by \(gap) points (\(totals))\(areaPart)\(from)."
    case .de:
      let areaPart =
        leaderAreas >= otherAreas
        ? "und führt in \(leaderAreas) von \(areas) Bereichen" : ", obwohl \(other.city) in \(otherAreas) von \(areas) Bereichen führt"
      let from = drivers.isEmpty ? "" : "; der Abstand kommt vor allem aus \(list(drivers))"
      return "\(leader.city) liegt \(gap) Punkte vor \(other.city) (\(totals))\(areaPart.hasPrefix(",") ? "" : " ")\(areaPart)\(from)."
    }
  }

  /// `München: rank 5 of 80, plausibly 3–7, 69.6 points`.
  func duelSide(_ side: HeadToHead.Side, of count: Int, interval: Sensitivity.RankInterval?, points withPoints: Bool = true) -> String {
    let rank: String
    switch language {
    case .en: rank = side.rank.map { "rank \($0) of \(count)" } ?? "not ranked"
    case .de: rank = side.rank.map { "Rang \($0) von \(count)" } ?? "nicht gewertet"
    }
    let plausible = interval.map { ", " + plausibly($0.p05, $0.p95) } ?? ""
    return "\(side.city): \(rank)\(plausible)" + (withPoints ? ", \(language.number(side.total)) \(points)" : "")
  }

  func duelRule(_ d: HeadToHead) -> String {
    switch language {
    case .en:
      "Points of the gap: each indicator's share of the index × (\(d.a.city)'s score − \(d.b.city)'s); a group's is the sum of its indicators', the index's the gap. Positive: \(d.a.city) ahead."
    case .de:
      "Punkte des Abstands: Anteil jedes Indikators am Index × (Punkte von \(d.a.city) − Punkte von \(d.b.city)); bei Bereichen die Summe ihrer Indikatoren, beim Index der Abstand. Positiv: \(d.a.city) vorn."
    }
  }

  /// The notes under a duel's table: the rule, what stands in where one city has no value, and
  /// what no indicator accounts for.
  func duelNotes(_ d: HeadToHead) -> [String] {
    var notes = [duelRule(d)]
    if let oneSided = duelOneSided(d) { notes.append(oneSided) }
    if d.unattributed != 0 && !d.unattributed.isNaN { notes.append(duelUnattributed(d)) }
    return notes
  }

  /// `Where only one city has a value – E-Medien der Onleihe (none for München) – …: −6.7 points
  /// of the gap.`
  func duelOneSided(_ d: HeadToHead) -> String? {
    let rows = d.oneSided
    guard !rows.isEmpty else { return nil }
    let sum = language.signed(rows.reduce(0) { $0 + ($1.contribution.isNaN ? 0 : $1.contribution) })
    let without = { (row: HeadToHead.Row) in row.scoreA.isNaN ? d.a.city : d.b.city }
    switch language {
    case .en:
      let which = list(rows.map { "\($0.name) (none for \(without($0)))" })
      return "Where only one city has a value – \(which) – the other's own score of the group above counts in its place, as the index scores a missing value: these account for \(sum) points of the gap."
    case .de:
      let which = list(rows.map { "\($0.name) (keiner für \(without($0)))" })
      return "Wo nur eine Stadt einen Wert hat – \(which) –, zählt für die andere ihr eigener Wert der Gruppe darüber, wie der Index einen fehlenden Wert wertet: daraus stammen \(sum) Punkte des Abstands."
    }
  }

  func duelUnattributed(_ d: HeadToHead) -> String {
    let points = language.signed(d.unattributed)
    switch language {
    case .en:
      return "\(points) points of the gap are not attributed to an indicator (indicators neither city has a value for, whose share the others carry)."
    case .de:
      return "\(points) Punkte des Abstands sind keinem Indikator zugeordnet (Indikatoren, für die keine der beiden Städte einen Wert hat und deren Anteil die übrigen tragen)."
    }
  }

  /// The workbook's header of a city's stand-in scores.
  func standInHeader(_ city: String) -> String {
    switch language {
    case .en: "Counts for \(city)"
    case .de: "Zählt für \(city)"
    }
  }

  /// An indicator's value cell where the city has none and its own group score stands in:
  /// `missing (counts as 60.5)`.
  func standIn(_ shown: String, _ score: Double) -> String {
    guard !score.isNaN else { return shown }
    switch language {
    case .en: return "\(shown) (counts as \(language.number(score)))"
    case .de: return "\(shown) (zählt mit \(language.number(score)))"
    }
  }

  /// Who leads a row: a city, or `level`.
  func leads(_ row: HeadToHead.Row, _ d: HeadToHead) -> String {
    if row.difference.isNaN { return "" }
    if abs(row.difference) < 0.05 {
      switch language {
      case .en: return "level"
      case .de: return "gleich"
      }
    }
    return row.difference > 0 ? d.a.city : d.b.city
  }

  /// What a publication says about the duel: `Bitkom Smart City Index 2021: München rank 4,
  /// 72.7 points; Hamburg rank 1, 88.1 points.`, its area scores (those this index does not
  /// measure last, marked), and whether it orders the two as this index does — where not, which
  /// areas it also scores.
  func duelPublished(_ p: HeadToHead.Published, _ d: HeadToHead, name: String) -> [String] {
    let derived = language == .de ? " (abgeleitet)" : " (derived)"
    func value(_ v: Double?, _ isDerived: Bool) -> String {
      v.map { language.number($0, decimals: Self.decimals($0)) + (isDerived ? derived : "") } ?? "–"
    }
    func side(_ city: String, a: Bool) -> String {
      var parts: [String] = []
      if let rank = p.figures.first(where: { $0.id == "rank" }), let v = a ? rank.valueA : rank.valueB {
        parts.append((language == .de ? "Rang " : "rank ") + String(Int(v)) + ((a ? rank.derivedA : rank.derivedB) ? derived : ""))
      }
      if let total = p.figures.first(where: { $0.id == "total" }), let v = a ? total.valueA : total.valueB {
        parts.append(value(v, a ? total.derivedA : total.derivedB) + " " + points)
      }
      guard !parts.isEmpty else { return language == .de ? "\(city) nicht darunter" : "\(city) not among them" }
      return "\(city) " + parts.joined(separator: ", ")
    }
    var lines = ["\(name) \(p.year): \(side(d.a.city, a: true)); \(side(d.b.city, a: false))."]
    // Area scores where the publication gives both cities one.
    let areas = p.figures.filter { $0.id != "rank" && $0.id != "total" && $0.valueA != nil && $0.valueB != nil }
    let measured = areas.filter(\.measuredHere).map { "\($0.name) \(value($0.valueA, $0.derivedA)) – \(value($0.valueB, $0.derivedB))" }
    let other = areas.filter { !$0.measuredHere }.map { "\($0.name) \(value($0.valueA, $0.derivedA)) – \(value($0.valueB, $0.derivedB))" }
    if !areas.isEmpty {
      switch language {
      case .en:
        lines.append(
          "Its area scores (\(d.a.city) – \(d.b.city)): " + (measured + (other.isEmpty ? [] : ["not measured here: " + other.joined(separator: "; ")]))
            .joined(separator: "; ") + ".")
      case .de:
        lines.append(
          "Seine Bereichspunkte (\(d.a.city) – \(d.b.city)): " + (measured + (other.isEmpty ? [] : ["hier nicht gemessen: " + other.joined(separator: "; ")]))
            .joined(separator: "; ") + ".")
      }
    }
    if let disagrees = p.disagrees(with: d) {
      let lacks = list(p.unmeasured.map { language == .de ? "„\($0)“" : "‘\($0)’" })
      switch (language, disagrees) {
      case (.en, false): lines.append("\(name) orders the two as this index does.")
      case (.de, false): lines.append("\(name) ordnet die beiden wie dieser Index.")
      case (.en, true):
        lines.append("\(name) orders the two the other way round" + (p.unmeasured.isEmpty ? "." : "; it also scores \(lacks), which this index does not measure."))
      case (.de, true):
        lines.append("\(name) ordnet die beiden umgekehrt" + (p.unmeasured.isEmpty ? "." : "; er bewertet auch \(lacks), was dieser Index nicht misst."))
      }
    }
    return lines
  }

  func gapChangeTitle(_ c: HeadToHead.Change) -> String {
    switch language {
    case .en: "How the gap between \(c.a) and \(c.b) changed, \(c.fromYear) → \(c.toYear), like for like"
    case .de: "Wie sich der Abstand zwischen \(c.a) und \(c.b) verändert hat, \(c.fromYear) → \(c.toYear), vergleichbar gemessen"
    }
  }

  /// The gap's change in one sentence, with the gap as each year ranked it.
  func gapChangeSentence(_ c: HeadToHead.Change) -> String {
    let share = language.percent(c.coverage)
    let (from, to, change) = (language.signed(c.gapFrom), language.signed(c.gapTo), language.signed(c.gapChange))
    let (rankedFrom, rankedTo) = (language.signed(c.rankedGapFrom), language.signed(c.rankedGapTo))
    switch language {
    case .en:
      return "On what both years measure for both cities (\(share) of the index, bounds over \(c.fromYear) and \(c.toYear)), the gap \(c.a) − \(c.b) went from \(from) to \(to) points: \(change). As each year ranked them: \(rankedFrom) → \(rankedTo)."
    case .de:
      return "Auf dem, was beide Jahre für beide Städte messen (\(share) des Index, Bezug über \(c.fromYear) und \(c.toYear)), ging der Abstand \(c.a) − \(c.b) von \(from) auf \(to) Punkte: \(change). Wie jedes Jahr sie wertete: \(rankedFrom) → \(rankedTo)."
    }
  }

  func ranksTitle(_ c: HeadToHead.Change) -> String {
    switch language {
    case .en: "Ranks of \(c.a) and \(c.b), \(c.fromYear)–\(c.toYear)"
    case .de: "Ränge von \(c.a) und \(c.b), \(c.fromYear)–\(c.toYear)"
    }
  }
}

extension Strings {
  var headToHead: String {
    switch language {
    case .en: "Head to head"
    case .de: "Direkter Vergleich"
    }
  }

  func duelChartTitle(_ d: HeadToHead) -> String {
    switch language {
    case .en: "\(d.a.city) and \(d.b.city): score per area"
    case .de: "\(d.a.city) und \(d.b.city): Punkte je Bereich"
    }
  }

  func duelChartDescription(_ d: HeadToHead) -> String {
    switch language {
    case .en: "Two bars per area: \(d.a.city) (blue, above) and \(d.b.city) (red, below), 0–100 points; the values are also in the table."
    case .de: "Zwei Balken je Bereich: \(d.a.city) (blau, oben) und \(d.b.city) (rot, unten), 0–100 Punkte; die Werte stehen auch in der Tabelle."
    }
  }

  func duelHistoryTitle(_ d: HeadToHead) -> String {
    switch language {
    case .en: "\(d.a.city) and \(d.b.city): rank over the years"
    case .de: "\(d.a.city) und \(d.b.city): Rang über die Jahre"
    }
  }

  func duelHistoryDescription(_ d: HeadToHead) -> String {
    switch language {
    case .en: "One line per city: its rank in each year, rank 1 at the top; the ranks are also in the table."
    case .de: "Eine Linie je Stadt: ihr Rang in jedem Jahr, Rang 1 oben; die Ränge stehen auch in der Tabelle."
    }
  }

  /// The link from a city page: `Head to head with Oberhausen, one place up`.
  func duelLink(_ other: String, leader: Bool) -> String {
    switch (language, leader) {
    case (.en, false): "Head to head with \(other), the city just above"
    case (.en, true): "Head to head with \(other), the runner-up"
    case (.de, false): "Direkter Vergleich mit \(other), der Stadt direkt davor"
    case (.de, true): "Direkter Vergleich mit \(other), der Zweitplatzierten"
    }
  }

  var fullDuel: String {
    switch language {
    case .en: "Every indicator, the change since the previous year and both ranks over the years"
    case .de: "Alle Indikatoren, die Veränderung seit dem Vorjahr und beide Ränge über die Jahre"
    }
  }

  var otherDuels: String {
    switch language {
    case .en: "Every city against the one just above it: on each city's page."
    case .de: "Jede Stadt gegen die direkt vor ihr: auf der Seite jeder Stadt."
    }
  }
}

extension Strings {
  var pointsOfTheGap: String {
    switch language {
    case .en: "Points of the gap"
    case .de: "Punkte des Abstands"
    }
  }
}

extension Strings {
  var pickTwo: String {
    switch language {
    case .en: "Pick any two cities: their duel under the weights above, exactly as sci versus with those weights."
    case .de: "Zwei beliebige Städte wählen: ihr Vergleich mit den Gewichten oben, genau wie sci versus mit diesen Gewichten."
    }
  }

  var firstCity: String {
    switch language {
    case .en: "City"
    case .de: "Stadt"
    }
  }

  var secondCity: String {
    switch language {
    case .en: "against"
    case .de: "gegen"
    }
  }
}
