import CityIndex

/// Everything a report shows, computed once and rendered twice (Markdown and HTML).
public struct Report: Sendable {
  public var overview: Overview
  public var profiles: [CityProfile]
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

  public init(commandLine: String, inputs: [InputFile]) {
    self.commandLine = commandLine
    self.inputs = inputs
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
  public var rows: [Row]
  public var notRanked: [NotRanked]
  /// Years with data, ascending, and each ranked city's rank in each of them (top cities first).
  public var historyYears: [Int]
  public var history: [(city: String, ranks: [Int?])]
  public var options: ScoringOptions
  public var hierarchy: [HierarchyLine]
  public var coverage: [Coverage]
  /// `(indicator or group name, source)` for every node that names a source.
  public var sources: [(name: String, source: String)]
  public var provenance: Provenance
  /// Slugs of every city with a profile, by city name.
  public var profileSlugs: [String: String]
}

/// One city's page.
public struct CityProfile: Sendable {
  public struct Line: Sendable, Equatable {
    public var id: String
    public var name: String
    public var depth: Int
    public var isIndicator: Bool
    public var unit: String
    /// The raw value (indicators only), `NaN` when missing.
    public var raw: Double
    public var score: Double
    public var median: Double
    public var leaderScore: Double
    public var leaderCity: String
    /// Other cities with the leader's score.
    public var leaderTies: Int
  }

  public var city: String
  public var slug: String
  public var title: String
  public var year: Int
  public var language: Language
  public var simulated: Bool
  /// `nil` when the city is not ranked this year (see ``notRankedReason``).
  public var rank: Int?
  public var rankedCount: Int
  public var total: Double
  public var notRankedReason: String?
  public var history: [(year: Int, rank: Int?, score: Double)]
  /// The areas with their scores, median and leader, for the chart.
  public var areaLines: [Line]
  /// Every area and indicator in hierarchy order.
  public var lines: [Line]
  /// Indicators furthest above the median, best first.
  public var strengths: [Line]
  /// Indicators furthest below the median, worst first.
  public var weaknesses: [Line]
}
