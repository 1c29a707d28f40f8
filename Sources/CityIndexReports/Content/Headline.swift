import CityIndex

/// The facts the first paragraph of the overview tells, and the sentences it tells them in.
public struct Headline: Sendable, Equatable {
  public struct Race: Sendable, Equatable {
    public var first: String
    public var second: String
    public var rank: Int
    public var gap: Double
  }

  /// The smallest change like for like a headline names: 1 point of the index.
  public static let newsworthy = 1.0

  public var title: String
  public var year: Int
  public var leader: String
  public var leaderScore: Double
  /// The second city and the lead over it (`nil` with a single city).
  public var runnerUp: String?
  public var margin: Double?
  /// Tied for first with the leader.
  public var coLeaders: [String]
  public var previousYear: Int?
  public var previousLeader: String?
  /// The biggest gain and loss like for like (not the biggest rank moves: those can be
  /// revisions in a source or indicators entering the index), when at least ``newsworthy``.
  public var climber: Mover?
  public var faller: Mover?
  public var closestRace: Race?

  /// Picks the facts from the ranking rows (best first), last year's ranks and the biggest gain
  /// and loss like for like.
  static func make(
    title: String, year: Int, rows: [Overview.Row], previousYear: Int?, previousRanks: [String: Int],
    climber: Mover?, faller: Mover?
  ) -> Headline? {
    guard let first = rows.first else { return nil }
    let coLeaders = rows.dropFirst().filter { $0.rank == 1 }.map(\.city)
    let second = rows.dropFirst().first
    var race: Race?
    for (upper, lower) in zip(rows, rows.dropFirst()) where upper.rank != lower.rank {
      let gap = upper.total - lower.total
      if gap < (race?.gap ?? .infinity) { race = Race(first: upper.city, second: lower.city, rank: upper.rank, gap: gap) }
    }
    let previousLeader = previousRanks.filter { $0.value == 1 }.keys.sorted().first
    return Headline(
      title: title, year: year, leader: first.city, leaderScore: first.total, runnerUp: second?.city,
      margin: second.map { first.total - $0.total }, coLeaders: coLeaders, previousYear: previousYear,
      previousLeader: previousLeader, climber: climber, faller: faller, closestRace: race)
  }

  /// The paragraph, one sentence per fact.
  public func sentences(_ language: Language) -> [String] {
    let de = language == .de
    let n = { (value: Double) in language.number(value) }
    var result: [String] = []
    if !coLeaders.isEmpty {
      let names = ([leader] + coLeaders).joined(separator: de ? " und " : " and ")
      result.append(
        de ? "\(names) teilen sich Platz 1 im \(title) \(year) mit je \(n(leaderScore)) Punkten."
          : "\(names) share first place in the \(title) \(year) with \(n(leaderScore)) points each.")
    } else if let runnerUp, let margin {
      result.append(
        de ? "\(leader) führt den \(title) \(year) mit \(n(leaderScore)) Punkten an, \(n(margin)) Punkte vor \(runnerUp)."
          : "\(leader) leads the \(title) \(year) with \(n(leaderScore)) points, \(n(margin)) ahead of \(runnerUp).")
    } else {
      result.append(de ? "\(leader) führt den \(title) \(year) an." : "\(leader) leads the \(title) \(year).")
    }
    if let previousYear, let previousLeader, previousLeader != leader, coLeaders.isEmpty {
      result.append(
        de ? "\(previousYear) lag noch \(previousLeader) vorn." : "In \(previousYear), \(previousLeader) was first.")
    }
    if let previousYear {
      if let climber { result.append(moverSentence(climber, since: previousYear, gain: true, language)) }
      if let faller {
        result.append(moverSentence(faller, since: previousYear, gain: false, language))
      } else {
        switch language {
        case .en: result.append("No city lost a point or more since \(previousYear) on what both years measure.")
        case .de: result.append("Keine Stadt hat seit \(previousYear) vergleichbar gemessen einen Punkt oder mehr verloren.")
        }
      }
    }
    if let race = closestRace {
      result.append(
        de ? "Knappstes Rennen: \(race.first) und \(race.second) auf den Plätzen \(race.rank) und \(race.rank + 1), \(gapText(race.gap, language)) Punkte auseinander."
          : "Closest race: \(race.first) and \(race.second) at places \(race.rank) and \(race.rank + 1), \(gapText(race.gap, language)) points apart.")
    }
    return result
  }

  /// `Biggest gain since 2020, like for like: Dresden, +20.0 points (Modellprojekt Smart Cities,
  /// OParl-Schnittstelle), up 40 places to 27th.`
  func moverSentence(_ m: Mover, since previous: Int, gain: Bool, _ language: Language) -> String {
    let points = language.signed(m.change)
    let reasons = m.drivers.map(\.name)
    let reason = reasons.isEmpty ? "" : " (\(Strings(language: language).list(reasons)))"
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
}

/// A small gap without a misleading `0.00`: `0.03`, `1.2`, or `less than 0.01`.
private func gapText(_ gap: Double, _ language: Language) -> String {
  if gap < 0.005 { return language == .de ? "weniger als 0,01" : "less than 0.01" }
  return language.number(gap, decimals: gap < 0.1 ? 2 : 1)
}
