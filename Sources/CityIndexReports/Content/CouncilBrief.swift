import CityIndex

/// One page for a council (`sci brief CITY`, `briefs/<slug>.html` in the report): the city's
/// rank and score with its plausible ranks, the like-for-like change since the previous year
/// and what drove it, its strengths and weaknesses against its peers, a re-scored plan toward a
/// chosen rank with levers only, and the sources and value years — made to print on one A4 page.
public struct CouncilBrief: Sendable {
  /// An indicator against the peer group's median.
  public struct Standing: Sendable, Equatable {
    public var line: Profile.Line
    /// The city's score minus its peers' median score.
    public var margin: Double
  }

  public var profile: CityProfile
  /// The city's three highest and lowest scores against its peers' median (largest first).
  public var strengths: [Standing]
  public var weaknesses: [Standing]
  /// The top the plan aims into and the re-scored plan; `nil` when the city is already there or
  /// has no rank.
  public var plan: (rank: Int, gap: Gap)?
  /// Indicators the plan leaves out because a city cannot act on them.
  public var notLevers: [String]
  /// The oldest and newest year of the values shown.
  public var valueYears: ClosedRange<Int>?
  /// The day the brief was made, when said.
  public var madeOn: String?

  /// Highlights per side.
  static let shown = 3

  /// - Parameters:
  ///   - profile: the city's page in the report (its lines, change, interval, credits).
  ///   - plan: the target rank and the plan toward it, when there is one.
  public init(
    profile: CityProfile, plan: (rank: Int, gap: Gap)?, notLevers: [String] = [], madeOn: String? = nil
  ) {
    self.profile = profile
    self.plan = plan
    self.notLevers = notLevers
    self.madeOn = madeOn
    let standings = profile.lines.filter { $0.isIndicator && !$0.score.isNaN && !$0.peerMedian.isNaN }
      .map { Standing(line: $0, margin: $0.score - $0.peerMedian) }
    strengths = Array(standings.filter { $0.margin > 0 }.sorted { $0.margin > $1.margin }.prefix(Self.shown))
    weaknesses = Array(standings.filter { $0.margin < 0 }.sorted { $0.margin < $1.margin }.prefix(Self.shown))
    let years = profile.lines.filter { $0.isIndicator && !$0.raw.isNaN }.map { $0.valueYear ?? profile.year }
    valueYears = years.min().flatMap { low in years.max().map { low...$0 } }
  }

  /// The default top a plan aims into: 20 for a city below it, else 10, else first place.
  public static func defaultTop(for rank: Int) -> Int { rank > 20 ? 20 : rank > 10 ? 10 : 1 }

  /// `wiesbaden.html`: the brief's file, by the city's slug.
  public var slug: String { profile.slug }
}

extension CouncilBrief {
  /// The brief of one city of a report, with a re-scored plan (levers only) into the top `top`
  /// (``defaultTop(for:)`` when `nil`).
  ///
  /// - Parameter card: the year's ranking as scored (not rescaled), when the caller has it.
  ///
  /// - Throws: ``InputErrors`` when scoring the plan fails.
  public static func make(
    _ profile: CityProfile, card: Scorecard? = nil, definition: IndexDefinition, dataset: Dataset, options: ScoringOptions,
    top: Int? = nil, madeOn: String? = nil
  ) throws(InputErrors) -> CouncilBrief {
    let notLevers = Gap.notLevers(of: definition)
    guard let rank = profile.rank else { return CouncilBrief(profile: profile, plan: nil, notLevers: notLevers, madeOn: madeOn) }
    let wanted = top ?? defaultTop(for: rank)
    let ranked: Scorecard
    if let card { ranked = card } else { ranked = try Scorer.score(definition, dataset, year: profile.year, options: options) }
    guard let target = try Gap.cityAt(rank: wanted, for: profile.city, in: ranked) else {
      return CouncilBrief(profile: profile, plan: nil, notLevers: notLevers, madeOn: madeOn)
    }
    let gap = try Gap(
      city: profile.city, target: target, definition: definition, dataset: dataset, year: profile.year, options: options,
      levers: Gap.levers(of: definition))
    return CouncilBrief(profile: profile, plan: (wanted, gap), notLevers: notLevers, madeOn: madeOn)
  }
}
