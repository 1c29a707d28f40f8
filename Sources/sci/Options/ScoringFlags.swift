import ArgumentParser
import Foundation
import CityIndex
import CityIndexReports

extension Normalization: ExpressibleByArgument {}
extension Aggregation: ExpressibleByArgument {}
extension MissingData: ExpressibleByArgument {}
extension NormalizationScope: ExpressibleByArgument {}
extension OutlierTreatment: ExpressibleByArgument {}

/// Every method choice of a scoring run.
struct ScoringFlags: ParsableArguments {
  @Option(help: "How raw values become 0-100 scores: \(Self.list(Normalization.self)).")
  var normalization: Normalization = .minMax

  @Option(help: "How groups combine their children: \(Self.list(Aggregation.self)).")
  var aggregation: Aggregation = .arithmetic

  @Option(help: "What a missing value does: \(Self.list(MissingData.self)).")
  var missing: MissingData = .skip

  @Option(help: ArgumentHelp("Cities with a smaller share of indicators with a value are not ranked.", valueName: "0..1"))
  var minCoverage: Double = 0.5

  @Option(
    help: ArgumentHelp(
      "Normalisation bounds from the scored year only, or from every year (panel): \(Self.list(NormalizationScope.self)). (default: year for rankings; changes between years are measured on panel bounds unless this is given)",
      valueName: "scope"))
  var normalizeOver: NormalizationScope?

  @Option(help: "Outlier treatment before normalisation: \(Self.list(OutlierTreatment.self)).")
  var treat: OutlierTreatment = .none

  @Option(help: ArgumentHelp("The most winsorisation steps per indicator.", valueName: "n"))
  var winmax: Int = 5

  @Option(help: ArgumentHelp("Column of the cities file that groups cities, for group-mean and group-median imputation.", valueName: "column"))
  var group: String?

  @Option(help: ArgumentHelp("What normalised scores span, e.g. 1,100 so that geometric aggregation is defined.", valueName: "lo,hi"))
  var range: String?

  @Option(
    help: ArgumentHelp(
      "Carry a city's value forward into a later year that lacks one, at most this many years; 0: never. (default: each indicator's max_age in the index definition)",
      valueName: "years"))
  var maxAge: Int?

  @Option(
    help: ArgumentHelp(
      "Weights: equal, pca (first principal component per group), optimised (each indicator's measured influence matched to its share in the definition), bod (sci rank: each city's most favourable weights), or a CSV of weights or expert budget allocations. (default: the index definition's)",
      valueName: "equal|pca|optimised|bod|file"))
  var weights: String?

  /// `--weights bod`: every city scored with its own most favourable weights (``BenefitOfTheDoubt``).
  var benefitOfTheDoubt: Bool { weights == "bod" }

  /// The methods alone (no groups, no weights file): for commands and tests that need no inputs.
  var options: ScoringOptions {
    var options = ScoringOptions(
      normalization: normalization, aggregation: aggregation, missing: missing, minCoverage: minCoverage,
      scope: normalizeOver ?? .year)
    options.treatment = treat
    options.winsorizeLimit = winmax
    options.maxAge = maxAge
    if let range = parsedRange { options.range = range }
    switch weights {
    case "equal": options.weighting = .equal
    case "pca": options.weighting = .principalComponents
    case "optimised", "optimized": options.weighting = .optimised
    case "bod": break  // scored with the definition's weights; sci rank then gives each city its own
    case .some(let file): options.weighting = .custom(source: file)
    case nil: break
    }
    return options
  }

  /// The flags as arguments, every method spelt out (so that a line reproduces a run whatever
  /// the defaults become); `--normalize-over` only when given, as its absence means "per year
  /// for rankings, both years for changes".
  var arguments: [String] {
    var parts = [
      "--normalization", normalization.rawValue, "--aggregation", aggregation.rawValue, "--missing", missing.rawValue,
      "--min-coverage", String(minCoverage),
    ]
    if let normalizeOver { parts += ["--normalize-over", normalizeOver.rawValue] }
    if treat != .none { parts += ["--treat", treat.rawValue, "--winmax", String(winmax)] }
    if let group { parts += ["--group", group] }
    if let range { parts += ["--range", range] }
    if let maxAge { parts += ["--max-age", String(maxAge)] }
    if let weights { parts += ["--weights", weights] }
    return parts
  }

  var parsedRange: ClosedRange<Double>? {
    guard let range else { return nil }
    let parts = range.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard parts.count == 2, let lo = parts[0], let hi = parts[1], lo.isFinite, hi.isFinite, lo < hi else { return nil }
    return lo...hi
  }

  /// The bounds changes between years are measured on: fixed over the years compared (panel),
  /// unless `--normalize-over` was given — then exactly as given.
  var changeScope: NormalizationScope { normalizeOver ?? .panel }

  /// The options for measuring changes between years (`--as-ranked`'s attribution).
  func changeOptions(_ options: ScoringOptions) -> ScoringOptions {
    var changed = options
    changed.scope = changeScope
    return changed
  }

  func validate() throws {
    guard (0...1).contains(minCoverage) else {
      throw ValidationError(.optionBetweenZeroAndOne("--min-coverage", got: "\(minCoverage)"))
    }
    guard winmax >= 0 else { throw ValidationError(.optionAtLeast("--winmax", 0)) }
    if let maxAge, maxAge < 0 { throw ValidationError(.optionAtLeast("--max-age", 0)) }
    if range != nil && parsedRange == nil {
      throw ValidationError(.badRange(range ?? ""))
    }
    if (missing == .groupMean || missing == .groupMedian) && group == nil {
      throw ValidationError(.missingNeedsGroupOption(method: missing.rawValue))
    }
  }

  private static func list<T: CaseIterable & RawRepresentable>(_: T.Type) -> String where T.RawValue == String {
    T.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
