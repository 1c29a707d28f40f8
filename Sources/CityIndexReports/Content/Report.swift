import CityIndex

/// Everything a report shows, computed once and rendered twice (Markdown and HTML).
public struct Report: Sendable {
  public var overview: Overview
  public var profiles: [CityProfile]
  /// Head-to-head pages: each ranked city against the one just above it, then the pairs asked for.
  public var duels: [DuelPage] = []
  /// A council brief per city (`briefs/<slug>.html`), in the profiles' order.
  public var briefs: [CouncilBrief] = []

  /// The duels the overview shows: the leader against the runner-up, then the pairs asked for.
  public var featuredDuels: [DuelPage] { duels.filter { overview.featuredDuels.contains($0.slug) } }
}

/// An input file and its SHA-256, so that readers can check what the report was made from.
public struct InputFile: Sendable, Equatable {
  public var path: String
  public var sha256: String

  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}

/// How the report was made, for the methodology appendix.
public struct Provenance: Sendable, Equatable {
  /// The command line that reproduces the report.
  public var commandLine: String
  public var inputs: [InputFile]
  /// The day the report was made, `yyyy-mm-dd` (`SOURCE_DATE_EPOCH`'s when set, so that the same
  /// inputs give the same bytes); `nil`: not said.
  public var madeOn: String?

  public init(commandLine: String, inputs: [InputFile], madeOn: String? = nil) {
    self.commandLine = commandLine
    self.inputs = inputs
    self.madeOn = madeOn
  }
}

/// The overview page: headline, ranking, charts, methodology.
public struct Overview: Sendable {
  public struct Row: Sendable, Equatable {
    public var rank: Int
    /// Places gained since the previous year (positive = up); `nil` when the city was not
    /// ranked then; always `nil` when there is no previous year.
    public var change: Int?
    public var city: String
    public var slug: String
    public var total: Double
    /// One score per area, `NaN` where missing.
    public var areas: [Double]
    /// The city's state (`Land`), from the cities file, for filtering.
    public var state: String? = nil
    /// Share of the index's weight with a value, 0…1.
    public var coverage: Double = 1
    /// Whether ``change`` comes mostly from values that do not compare (breaks, carried values)
    /// or indicators entering the index: marked where it is shown, never news.
    public var changeMostlyNotComparable: Bool = false
    /// Indicator scores of the year (the definition's order), for the explorer's duel.
    public var indicators: [Double] = []
  }

  /// What the explorer needs to split a duel's gap under other area weights, as `sci versus`
  /// does: the pair it shows first, and each indicator's area (its position) and its share
  /// within that area. Only where every group aggregates arithmetically.
  public struct DuelSplit: Sendable, Equatable {
    public var pair: (a: String, b: String)
    public var indicators: [(area: Int, within: Double)]

    public static func == (x: DuelSplit, y: DuelSplit) -> Bool {
      x.pair == y.pair && x.indicators.elementsEqual(y.indicators, by: { $0 == $1 })
    }
  }

  public struct HierarchyLine: Sendable, Equatable {
    public var depth: Int
    public var id: String
    public var name: String
    public var weight: Double
    /// Share of the index a complete city's score at this node carries (effective weight).
    public var share: Double
  }

  public struct Coverage: Sendable, Equatable {
    public var id: String
    public var name: String
    public var unit: String
    public var citiesWithValue: Int
    public var cities: Int
  }

  public var title: String
  public var year: Int
  public var previousYear: Int?
  public var language: Language
  public var simulated: Bool
  public var headline: Headline
  public var areas: [(id: String, name: String)]
  /// The weight of each area in the run (for re-weighting in the page).
  public var areaWeights: [Double] = []
  /// How the index combines its areas (the root's own method, else the run's).
  public var rootAggregation: Aggregation = .arithmetic
  public var rows: [Row]
  public var notRanked: [NotRanked]
  /// Years with data, ascending, and each ranked city's rank in each of them (top cities first).
  public var historyYears: [Int]
  public var history: [(city: String, ranks: [Int?])]
  /// The previous year's ranked cities and their area scores as ranked then (for the explorer's
  /// "± since" under other weights).
  public var previousAreas: [(city: String, areas: [Double])] = []
  /// Per history year, how many of the index's indicators have data: a year with fewer is partial.
  public var historyIndicators: [Int] = []
  /// Years after the report's year in the data, with their indicators with data: left out of
  /// the history chart (they rest on fewer indicators).
  public var laterYears: [(year: Int, indicators: Int)] = []
  public var options: ScoringOptions
  public var hierarchy: [HierarchyLine]
  public var coverage: [Coverage]
  /// `(indicator or group name, source)` for every node that names a source.
  public var sources: [(name: String, source: String)]
  public var provenance: Provenance
  /// Slugs of every city with a profile, by city name.
  public var profileSlugs: [String: String]
  /// Rank intervals from a Monte Carlo over the weights, when one was run.
  public var uncertainty: Uncertainty?
  /// Methods in words, data treatment and the statistical audit.
  public var appendix: MethodAppendix
  /// The biggest climbers and fallers since the previous year, with their drivers.
  public var climbers: [Mover] = []
  public var fallers: [Mover] = []
  /// Where the values come from: years, carried values, flags, credit lines.
  public var data: DataNotes
  /// Whether each chart of the overview has a PNG beside its SVG (``ReportFiles/chartImages(_:)``;
  /// the CLI draws them with librsvg): the pages link them.
  public var chartImages = false
  /// The comparison with a published ranking, when one was given.
  public var benchmark: BenchmarkSection?
  /// Slugs of the duel pages the overview shows (the leader against the runner-up, the pairs
  /// asked for).
  public var featuredDuels: [String] = []
  /// For the explorer's duel of any two cities; `nil` when a group does not aggregate arithmetically.
  public var duel: DuelSplit?
  /// The bounds score changes (movers, city pages) are measured on.
  public var changeScope: NormalizationScope = .panel
  /// `ranking.csv`: the year's ranking exactly as `sci rank --format csv` prints it.
  public var rankingCSV = ""
  /// One dot per ranked city with coordinates and a population (empty without a cities file
  /// that has them): the map of Germany.
  var mapDots: [GermanyMap.Dot] = []
}

/// One city's page: the library's ``Profile`` plus what the page needs around it.
public struct CityProfile: Sendable {
  public typealias Line = Profile.Line

  /// An indicator where the city could gain most: its share of the index times its distance to
  /// the best score, other scores unchanged (an estimate; `sci gap` re-scores).
  public struct Lever: Sendable, Equatable {
    public var name: String
    public var potential: Double
  }

  /// The city one place up, and how far ahead it is.
  public struct NextUp: Sendable, Equatable {
    public var city: String
    public var slug: String
    public var rank: Int
    public var gap: Double
  }

  public var analysis: Profile
  public var slug: String
  public var title: String
  public var language: Language
  public var simulated: Bool
  /// Whether ``analysis``'s peer group is meaningful (a cities file gave states or sizes).
  public var hasPeers: Bool
  public var nextUp: NextUp?
  public var levers: [Lever]
  /// The city's rank interval, when a Monte Carlo was run.
  public var interval: Sensitivity.RankInterval?
  /// The city's results as the benchmark publication gave them, by year; empty without one.
  public var published: [PublishedResult] = []
  /// The benchmark publication's name.
  public var publishedName: String?
  /// What changed since the previous year, like for like; `nil` without a previous year or when
  /// the city is not scored in both.
  public var changes: CityChange?
  /// Every city on the map, for the locator map (empty when the city has no coordinates).
  var mapDots: [GermanyMap.Dot] = []
  /// `cities/<slug>.csv`: the page's indicators with their values as the data gives them.
  public var dataCSV = ""
  /// Each indicator's source address (the definition's `link`), by id, for the source notes.
  public var links: [String: String] = [:]
  /// The duel page against the city just above (the leader's: against the runner-up), and that city.
  public var duel: (slug: String, against: String)?
  /// The credit lines of every value and name on the page (the overview's), for its foot.
  public var credits: [DataNotes.Credit] = []
  /// Whether the report has the city's council brief (`briefs/<slug>`), for the link.
  public var hasBrief = false

  public var city: String { analysis.city }
  public var year: Int { analysis.year }
  public var rank: Int? { analysis.rank }
  public var rankedCount: Int { analysis.rankedCount }
  public var total: Double { analysis.total }
  public var notRanked: NotRanked? { analysis.notRanked }
  public var history: [(year: Int, rank: Int?, score: Double, indicatorsWithData: Int)] { analysis.history }
  public var indicatorCount: Int { analysis.indicatorCount }
  public var lines: [Line] { analysis.lines }
  public var areaLines: [Line] { analysis.lines.filter { $0.depth == 1 } }
  public var strengths: [Line] { analysis.strongest }
  public var weaknesses: [Line] { analysis.weakest }
  public var highlightMargin: Double { analysis.highlightMargin }
}

/// A city whose own comparable values moved most, with the indicators that moved it and its
/// rank change in parts.
public struct Mover: Sendable, Equatable {
  public var city: String
  public var slug: String
  public var rankFrom: Int
  public var rankTo: Int
  /// The like-for-like change in points of the index.
  public var change: Double
  /// The share of the index the compared indicators carry.
  public var comparedShare: Double
  /// Compared indicators with the largest contributions in the direction of the change, largest first.
  public var drivers: [Driver]
  /// The rank change in parts, when it could be split.
  public var rankParts: CityChange.RankParts?

  public struct Driver: Sendable, Equatable {
    public var name: String
    public var contribution: Double
  }

  public var places: Int { rankFrom - rankTo }
  /// Whether the rank move comes mostly from values that do not compare or indicators entering.
  public var placesMostlyNotComparable: Bool { rankParts?.isMostlyNotComparable ?? false }
}

/// The settings and results of the Monte Carlo shown in a report.
public struct Uncertainty: Sendable {
  public var settings: Sensitivity.Settings
  /// By city name.
  public var intervals: [String: Sensitivity.RankInterval]
}
