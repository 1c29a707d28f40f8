import CityIndex

/// The words of the overview's headline paragraph (``Headline/sentences(_:)``).
extension Strings {
  func sharedFirstPlace(_ names: [String], title: String, year: Int, score: Double) -> String {
    let n = language.number(score)
    return de
      ? "\(names.joined(separator: " und ")) teilen sich Platz 1 im \(title) \(year) mit je \(n) Punkten."
      : "\(names.joined(separator: " and ")) share first place in the \(title) \(year) with \(n) points each."
  }

  func leads(_ leader: String, title: String, year: Int, score: Double, margin: Double, over runnerUp: String) -> String {
    let (n, m) = (language.number(score), language.number(margin))
    return de
      ? "\(leader) führt den \(title) \(year) mit \(n) Punkten an, \(m) Punkte vor \(runnerUp)."
      : "\(leader) leads the \(title) \(year) with \(n) points, \(m) ahead of \(runnerUp)."
  }

  func leads(_ leader: String, title: String, year: Int) -> String {
    de ? "\(leader) führt den \(title) \(year) an." : "\(leader) leads the \(title) \(year)."
  }

  func wasFirst(_ city: String, in year: Int) -> String {
    de ? "\(year) lag noch \(city) vorn." : "In \(year), \(city) was first."
  }

  func noFaller(since year: Int) -> String {
    de
      ? "Keine Stadt hat seit \(year) vergleichbar gemessen einen Punkt oder mehr verloren."
      : "No city lost a point or more since \(year) on what both years measure."
  }

  func closestRace(_ race: Headline.Race) -> String {
    de
      ? "Knappstes Rennen: \(race.first) und \(race.second) auf den Plätzen \(race.rank) und \(race.rank + 1), \(gapText(race.gap)) Punkte auseinander."
      : "Closest race: \(race.first) and \(race.second) at places \(race.rank) and \(race.rank + 1), \(gapText(race.gap)) points apart."
  }

  /// `Biggest gain since 2020, like for like: Dresden, +20.0 points (Modellprojekt Smart Cities,
  /// OParl-Schnittstelle), up 40 places to 27th.`
  func moverSentence(_ m: Mover, since previous: Int, gain: Bool) -> String {
    let points = language.signed(m.change)
    let reasons = m.drivers.map(\.name)
    let reason = reasons.isEmpty ? "" : " (\(list(reasons)))"
    let places = abs(m.places)
    switch language {
    case .en:
      let lead = gain ? "Biggest gain since \(previous), like for like" : "Biggest loss since \(previous), like for like"
      let move =
        m.places > 0 ? "up \(places) \(places == 1 ? "place" : "places") to \(ordinal(m.rankTo))"
        : m.places < 0 ? "down \(places) \(places == 1 ? "place" : "places") to \(ordinal(m.rankTo))"
        : "holding \(ordinal(m.rankTo))"
      return "\(lead): \(m.city), \(points) points on what both years measure\(reason), \(move)."
    case .de:
      let lead = gain ? "Größter Zugewinn seit \(previous), vergleichbar gemessen" : "Größter Verlust seit \(previous), vergleichbar gemessen"
      let move =
        m.places > 0 ? "\(places) \(places == 1 ? "Platz" : "Plätze") hinauf auf Platz \(m.rankTo)"
        : m.places < 0 ? "\(places) \(places == 1 ? "Platz" : "Plätze") hinab auf Platz \(m.rankTo)"
        : "weiter auf Platz \(m.rankTo)"
      return "\(lead): \(m.city), \(points) Punkte auf den in beiden Jahren gemessenen Indikatoren\(reason), \(move)."
    }
  }

  /// `1st`, `2nd`, `3rd`, `11th`, `22nd`.
  func ordinal(_ n: Int) -> String {
    let suffix: String
    switch (n % 10, n % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(n)\(suffix)"
  }

  /// A small gap without a misleading `0.00`: `0.03`, `1.2`, or `less than 0.01`.
  func gapText(_ gap: Double) -> String {
    if gap < 0.005 { return de ? "weniger als 0,01" : "less than 0.01" }
    return language.number(gap, decimals: gap < 0.1 ? 2 : 1)
  }

  // MARK: the map's words
  /// A dot's tooltip: `Köln: rank 3, 72.2`.
  func mapDot(_ city: String, rank: Int, score: Double) -> String {
    "\(city): \(de ? "Rang" : "rank") \(rank), \(language.number(score))"
  }
  /// A size legend's label: `100k`, `3M` (`3 Mio.` in German).
  func inhabitants(_ people: Int) -> String {
    people >= 1_000_000 ? "\(people / 1_000_000)\(de ? " Mio." : "M")" : "\(people / 1000)k"
  }
}
