import CityIndex

/// The facts the first paragraph of the overview tells, and the sentences it tells them in.
public struct Headline: Sendable, Equatable {
  public struct Mover: Sendable, Equatable {
    public var city: String
    public var from: Int
    public var to: Int
  }

  public struct Race: Sendable, Equatable {
    public var first: String
    public var second: String
    public var rank: Int
    public var gap: Double
  }

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
  public var climber: Mover?
  public var faller: Mover?
  public var closestRace: Race?

  /// Picks the facts from the ranking rows (best first) and last year's ranks.
  static func make(
    title: String, year: Int, rows: [Overview.Row], previousYear: Int?, previousRanks: [String: Int]
  ) -> Headline? {
    guard let first = rows.first else { return nil }
    let coLeaders = rows.dropFirst().filter { $0.rank == 1 }.map(\.city)
    let second = rows.dropFirst().first
    var climber: Mover?
    var faller: Mover?
    for row in rows {
      guard let before = previousRanks[row.city] else { continue }
      let change = before - row.rank
      if change > 0 && change > (climber.map { $0.from - $0.to } ?? 0) { climber = Mover(city: row.city, from: before, to: row.rank) }
      if change < 0 && -change > (faller.map { $0.to - $0.from } ?? 0) { faller = Mover(city: row.city, from: before, to: row.rank) }
    }
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
    if let previousYear, let climber {
      let places = climber.from - climber.to
      result.append(
        de ? "Größter Aufsteiger seit \(previousYear): \(climber.city), \(places) \(places == 1 ? "Platz" : "Plätze") hinauf auf Platz \(climber.to)."
          : "Biggest climber since \(previousYear): \(climber.city), up \(places) \(places == 1 ? "place" : "places") to \(ordinal(climber.to)).")
    }
    if let previousYear, let faller {
      let places = faller.to - faller.from
      result.append(
        de ? "Am weitesten zurückgefallen: \(faller.city), \(places) \(places == 1 ? "Platz" : "Plätze") hinab auf Platz \(faller.to)."
          : "Biggest faller since \(previousYear): \(faller.city), down \(places) \(places == 1 ? "place" : "places") to \(ordinal(faller.to)).")
    }
    if let race = closestRace {
      result.append(
        de ? "Knappstes Rennen: \(race.first) und \(race.second) auf den Plätzen \(race.rank) und \(race.rank + 1), \(gapText(race.gap, language)) Punkte auseinander."
          : "Closest race: \(race.first) and \(race.second) at places \(race.rank) and \(race.rank + 1), \(gapText(race.gap, language)) points apart.")
    }
    return result
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
