import Foundation

/// Draws plausible, clearly simulated indicator values for real cities, so that the engine
/// can be shown and tested end to end where real measurements are not available.
///
///     let dataset = try Simulator(definition: definition, cities: cities, years: 2021...2025, seed: 2023).dataset()
///
/// Each indicator's row in the definition says how to draw it, in extra columns the engine
/// otherwise ignores:
///
/// | column | meaning |
/// |---|---|
/// | `sim_kind` | `share` (0–100, one decimal), `rate` (≥ 0, two decimals, skewed), `points`, `steps` and `count` (whole numbers), `binary` (0/1, adoption that is never undone) |
/// | `sim_low`, `sim_high` | the range of typical values in the first year (for `binary`: the share of cities that have it) |
/// | `sim_trend` | how much the typical value grows per year |
///
/// A city's values follow hidden traits: a general digital maturity (a little higher in
/// larger cities), an area strength, an indicator-specific strength, and a random walk per
/// year, so cities drift and some overtake others. Every draw comes from a SplitMix64 stream
/// keyed by (seed, city, indicator), so the output does not depend on iteration order:
/// the same seed gives the same values, bit for bit.
public struct Simulator: Sendable {
  /// How one indicator is drawn.
  public struct Spec: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case share, rate, points, steps, count, binary }
    public var kind: Kind
    public var low: Double
    public var high: Double
    public var trend: Double
    /// Hard bounds (the definition's goalposts, when it has them).
    public var floor: Double
    public var ceiling: Double
  }

  public var definition: IndexDefinition
  /// Names and populations, in output order.
  public var cities: [(name: String, population: Double)]
  public var years: ClosedRange<Int>
  public var seed: UInt64
  /// Share of values left missing, as real data has gaps.
  public var missingRate: Double
  public let specs: [Spec]

  /// - Throws: ``InputErrors`` naming every indicator whose `sim_*` columns are absent or invalid.
  public init(
    definition: IndexDefinition, cities: [(name: String, population: Double)], years: ClosedRange<Int>,
    seed: UInt64, missingRate: Double = 0.015
  ) throws(InputErrors) {
    var log = DiagnosticLog()
    var specs: [Spec] = []
    for node in definition.indicators {
      func number(_ column: String) -> Double? {
        node.extra[column].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
      }
      guard let kind = node.extra["sim_kind"].flatMap(Spec.Kind.init(rawValue:)), let low = number("sim_low"),
        let high = number("sim_high"), low <= high
      else {
        log.error(.simulationSpecMissing(id: node.id, kinds: Spec.Kind.allCases.map(\.rawValue)), at: node.location)
        continue
      }
      let ceiling = node.goalpostMax ?? (kind == .share ? 100 : kind == .binary ? 1 : .infinity)
      specs.append(
        Spec(kind: kind, low: low, high: high, trend: number("sim_trend") ?? 0, floor: node.goalpostMin ?? 0, ceiling: ceiling))
    }
    try log.throwIfErrors()
    self.definition = definition
    self.cities = cities
    self.years = years
    self.seed = seed
    self.missingRate = missingRate
    self.specs = specs
  }

  /// The simulated values of every city, indicator and year.
  public func dataset() -> Dataset {
    var dataset = Dataset(indicators: definition.indicators.map(\.id))
    let areaOfLeaf = definition.leaves.map(definition.area(of:))
    for (c, city) in cities.enumerated() {
      let row = dataset.addCity(city.name)
      var traits = SplitMix64(seed: seed, stream: UInt64(c), 0)
      // Larger cities tend to be further along: +0.35 per doubling of 150,000 inhabitants.
      let general = traits.nextGaussian() + 0.35 * log2(max(city.population, 50_000) / 150_000)
      let momentum = 0.12 * traits.nextGaussian()
      var areaStrength: [Int: Double] = [:]
      for area in definition.children[definition.root] {
        var stream = SplitMix64(seed: seed, stream: UInt64(c), 1, UInt64(area))
        areaStrength[area] = 0.6 * general + 0.7 * stream.nextGaussian()
      }
      for (column, spec) in specs.enumerated() {
        var stream = SplitMix64(seed: seed, stream: UInt64(c), 2, UInt64(column))
        var latent = 0.7 * (areaStrength[areaOfLeaf[column]] ?? 0) + 0.6 * stream.nextGaussian()
        let adoptionDraw = stream.nextDouble()
        for (step, year) in years.enumerated() {
          if step > 0 { latent += momentum + 0.18 * stream.nextGaussian() }
          let missing = stream.nextDouble() < missingRate
          let value = draw(spec, latent: latent, adoption: adoptionDraw, years: Double(step))
          dataset.setValue(missing ? .nan : value, city: row, year: year, indicator: column)
        }
      }
    }
    return dataset
  }

  /// One value from a hidden strength (`latent`, about standard normal) after `years` of trend.
  func draw(_ spec: Spec, latent: Double, adoption: Double, years: Double) -> Double {
    let quantile = 0.5 * erfc(-latent / (1.6 * 2.0.squareRoot()))  // Φ(latent / 1.6), in (0, 1)
    let range = spec.high - spec.low
    let value: Double
    switch spec.kind {
    case .share:
      value = rounded(spec.low + range * quantile + spec.trend * years, digits: 1)
    case .rate:
      // Skewed: a few cities far ahead, as with charging points or open data.
      value = rounded(spec.low + range * quantile * quantile + spec.trend * years * (0.5 + quantile), digits: 2)
    case .points, .steps, .count:
      value = (spec.low + range * quantile + spec.trend * years).rounded()
    case .binary:
      // Whether the city has it: more likely the stronger the city, and once adopted, kept.
      let probability = spec.low + range * quantile + spec.trend * years
      value = adoption < probability ? 1 : 0
    }
    return min(spec.ceiling, max(spec.floor, value))
  }

  private func rounded(_ value: Double, digits: Int) -> Double {
    let scale = pow(10, Double(digits))
    return (value * scale).rounded() / scale
  }
}
