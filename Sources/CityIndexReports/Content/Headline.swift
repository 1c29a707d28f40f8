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

  /// The paragraph, one sentence per fact, in `language` (its words: `Strings+Headline.swift`).
  public func sentences(_ language: Language) -> [String] {
    let s = Strings(language: language)
    var result: [String] = []
    if !coLeaders.isEmpty {
      result.append(s.sharedFirstPlace([leader] + coLeaders, title: title, year: year, score: leaderScore))
    } else if let runnerUp, let margin {
      result.append(s.leads(leader, title: title, year: year, score: leaderScore, margin: margin, over: runnerUp))
    } else {
      result.append(s.leads(leader, title: title, year: year))
    }
    if let previousYear, let previousLeader, previousLeader != leader, coLeaders.isEmpty {
      result.append(s.wasFirst(previousLeader, in: previousYear))
    }
    if let previousYear {
      if let climber { result.append(s.moverSentence(climber, since: previousYear, gain: true)) }
      if let faller {
        result.append(s.moverSentence(faller, since: previousYear, gain: false))
      } else {
        result.append(s.noFaller(since: previousYear))
      }
    }
    if let race = closestRace { result.append(s.closestRace(race)) }
    return result
  }
}
