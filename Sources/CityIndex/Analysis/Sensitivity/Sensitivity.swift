import Dispatch
import Foundation

/// How sure is the ranking? Monte Carlo over the weights (and optionally the methods).
///
///     let result = try Sensitivity.run(definition, dataset, year: 2025, options: ScoringOptions(),
///                                      settings: .init(samples: 1000, seed: 1, uncertainty: 0.25))
///     result.intervals[0]   // nominal rank, median, 5th and 95th percentile rank, P(first)
///
/// In each sample every weight of the hierarchy (every node but the root) is multiplied by an
/// independent factor drawn uniformly from `[1 − u, 1 + u]`; with `varyMethods`, the sample also
/// draws the normalisation (`minmax`, `zscore`, `percentile`) and the aggregation (`arithmetic`,
/// or `geometric` where every score of that normalisation is above 0). Each method's scores are
/// normalised once; a sample only re-aggregates, in contiguous memory, allocating nothing.
///
/// Sample *i* draws from its own SplitMix64 stream keyed by (seed, *i*), so the result is the
/// same for any number of threads.
public enum Sensitivity {
  public struct Settings: Sendable, Equatable {
    public var samples: Int
    public var seed: UInt64
    /// Weights vary by ± this share (0.25 = ±25 %).
    public var uncertainty: Double
    public var varyMethods: Bool
    /// Worker threads; `nil` uses every core.
    public var threads: Int?
    /// Whether to estimate first-order indices (costs a pass over the samples per weight).
    public var firstOrder: Bool

    public init(
      samples: Int = 1000, seed: UInt64 = 1, uncertainty: Double = 0.25, varyMethods: Bool = false, threads: Int? = nil,
      firstOrder: Bool = true
    ) {
      self.samples = samples
      self.seed = seed
      self.uncertainty = uncertainty
      self.varyMethods = varyMethods
      self.threads = threads
      self.firstOrder = firstOrder
    }
  }

  /// One city's rank under uncertainty.
  public struct RankInterval: Sendable, Equatable {
    public var city: String
    public var rank: Int
    public var medianRank: Int
    public var p05: Int
    public var p95: Int
    /// Share of samples in which the city is first (a tie for first shares the sample).
    public var probabilityFirst: Double
  }

  /// What one factor explains of the rank variance.
  public struct FirstOrder: Sendable, Equatable {
    /// `verwaltung` (one weight), `verwaltung.*` (a group of weights), `normalization`, `aggregation`.
    public var factor: String
    public var subject: Subject
    /// What the factor is, typed: reports name it in their language.
    public enum Subject: Sendable, Equatable {
      /// The weight of an area, by its name.
      case weight(of: String)
      /// The weights inside an area (the sum of their first-order indices).
      case weightsWithin(String)
      case normalization
      case aggregation
    }
    /// ``subject`` in English: `weight of Verwaltung`.
    public var name: String {
      switch subject {
      case .weight(let area): "weight of \(area)"
      case .weightsWithin(let area): "weights within \(area) (sum of first-order indices)"
      case .normalization: "choice of normalisation"
      case .aggregation: "choice of aggregation"
      }
    }
    /// Share of the variance of all cities' ranks explained by this factor alone, 0…1.
    public var index: Double
  }

  /// Rank shifts when one node is left out (its weight set to 0, the others unchanged).
  public struct LeaveOneOut: Sendable, Equatable {
    public var node: String
    public var name: String
    /// Places gained without the node, `rank with − rank without` per city (positive = better
    /// without it, as every rank shift in the engine counts places gained), in ``Result/intervals`` order.
    public var shifts: [Int]
  }

  public struct Result: Sendable {
    public var year: Int
    public var settings: Settings
    /// Cities in nominal ranking order.
    public var intervals: [RankInterval]
    public var firstOrder: [FirstOrder]
    public var leaveOneOut: [LeaveOneOut]
    /// Bins used by the first-order estimator.
    public var bins: Int
  }

  /// The Monte Carlo re-aggregates with arithmetic, geometric or harmonic means and the
  /// weights it draws; the other choices would need the full scorer per sample.
  static func checkSupported(_ definition: IndexDefinition, options: ScoringOptions) throws(InputErrors) {
    var log = DiagnosticLog()
    if options.aggregation == .copeland {
      log.error(.sensitivityNotCopeland)
    }
    for node in definition.nodes where node.aggregation == .copeland {
      log.error(.sensitivityCopelandNode(node.id), at: node.location)
    }
    if options.weighting == .principalComponents {
      log.error(.sensitivityNotPrincipalComponents)
    }
    try log.throwIfErrors()
  }

  /// Which nodes leave-one-out removes.
  public enum LeaveOneOutLevel: String, CaseIterable, Sendable { case areas, indicators }

  /// Runs the Monte Carlo for `year`.
  ///
  /// - Parameter progress: called now and then with the share of samples done (from any thread).
  /// - Throws: ``InputErrors`` when the nominal scoring fails.
  public static func run(
    _ definition: IndexDefinition, _ dataset: Dataset, year: Int?, options: ScoringOptions, settings: Settings,
    leaveOut: LeaveOneOutLevel = .areas, progress: (@Sendable (Double) -> Void)? = nil
  ) throws(InputErrors) -> Result {
    try checkSupported(definition, options: options)
    let nominal = try Scorer.score(definition, dataset, year: year, options: options)
    // The weights the run used (equal weights replace the file's): the samples vary these.
    let definition = nominal.definition
    var options = options
    options.weighting = .definition
    let order = nominal.rankingOrder
    let cities = order.map { nominal.cities[$0] }
    let plan = AggregationPlan(definition, cities: order.count)

    // Leaf scores per method, node-major, in ranking order; normalised once.
    var variants: [(normalization: Normalization, leaves: [Double], geometricDefined: Bool)] = []
    let methods: [Normalization] = settings.varyMethods ? [.minMax, .zScore, .percentile] : [options.normalization]
    for method in methods {
      var methodOptions = options
      methodOptions.normalization = method
      methodOptions.aggregation = .arithmetic  // aggregation is redone per sample
      let card = method == options.normalization ? nominal : try Scorer.score(definition, dataset, year: nominal.year, options: methodOptions)
      var leaves = [Double](repeating: .nan, count: plan.nodeCount * plan.cityCount)
      for (position, city) in cities.enumerated() {
        guard let row = card.index(of: city) else { continue }
        for leaf in definition.leaves { leaves[leaf * plan.cityCount + position] = card.score(city: row, node: leaf) }
      }
      let positive = definition.leaves.allSatisfy { leaf in
        (0..<plan.cityCount).allSatisfy { let s = leaves[leaf * plan.cityCount + $0]; return s.isNaN || s > 0 }
      }
      variants.append((method, leaves, positive))
    }

    let factors = (0..<plan.nodeCount).filter { $0 != plan.root }
    let sampler = Sampler(
      plan: plan, variants: variants.map { ($0.leaves, $0.geometricDefined) }, factors: factors,
      settings: settings, nominalAggregation: options.aggregation)
    let samples = sampler.run(progress: progress)

    // Rank statistics from per-city histograms: exact quantiles, independent of sample order.
    var intervals: [RankInterval] = []
    for (position, city) in cities.enumerated() {
      var counts = [Int](repeating: 0, count: plan.cityCount + 2)
      var first = 0.0
      for s in 0..<samples.count {
        let rank = Int(samples.ranks[s * plan.cityCount + position])
        counts[rank] += 1
        if rank == 1 { first += 1 / Double(samples.firstCounts[s]) }
      }
      func quantile(_ p: Double) -> Int {
        let needed = max(1, Int((p * Double(samples.count)).rounded(.up)))
        var seen = 0
        for rank in 1..<counts.count {
          seen += counts[rank]
          if seen >= needed { return rank }
        }
        return plan.cityCount
      }
      intervals.append(
        RankInterval(
          city: city, rank: nominal.ranks[order[position]] ?? 0, medianRank: quantile(0.5), p05: quantile(0.05),
          p95: quantile(0.95), probabilityFirst: samples.count == 0 ? 0 : first / Double(samples.count)))
    }

    let bins = samples.count >= 2000 ? 20 : max(5, samples.count / 100)
    let firstOrder =
      settings.firstOrder
      ? FirstOrderEstimator(
        samples: samples, cities: plan.cityCount, factors: factors, definition: definition, settings: settings,
        bins: bins
      ).indices() : []
    let leaveOneOut = leaveOneOutShifts(
      definition, plan: plan, leaves: variants[0].leaves, aggregation: options.aggregation, level: leaveOut,
      nominal: intervals.map(\.rank))
    return Result(
      year: nominal.year, settings: settings, intervals: intervals, firstOrder: firstOrder, leaveOneOut: leaveOneOut,
      bins: bins)
  }

  /// Ranks with each area (or indicator) left out, the other weights unchanged.
  static func leaveOneOutShifts(
    _ definition: IndexDefinition, plan: AggregationPlan, leaves: [Double], aggregation: Aggregation,
    level: LeaveOneOutLevel, nominal: [Int]
  ) -> [LeaveOneOut] {
    let nodes = level == .areas ? definition.children[definition.root] : definition.leaves
    var scores = leaves
    var work = [Double](repeating: 0, count: plan.workSize)
    var ranks = [UInt16](repeating: 0, count: plan.cityCount)
    return nodes.map { node in
      var weights = plan.baseWeights
      weights[node] = 0
      let ok = weights.withUnsafeBufferPointer { w in
        scores.withUnsafeMutableBufferPointer { s in
          work.withUnsafeMutableBufferPointer { plan.aggregate(aggregation, weights: w, scores: s, work: $0) }
        }
      }
      if ok {
        scores.withUnsafeBufferPointer { s in ranks.withUnsafeMutableBufferPointer { plan.rankRoot(s, into: $0) } }
      }
      let n = definition.nodes[node]
      return LeaveOneOut(
        node: n.id, name: n.name, shifts: ok ? (0..<plan.cityCount).map { nominal[$0] - Int(ranks[$0]) } : nominal.map { _ in 0 })
    }
  }
}
