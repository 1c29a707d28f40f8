import Dispatch
import Foundation
import Synchronization

/// Everything drawn and found in the Monte Carlo, stored by sample index.
struct SampleSet: Sendable {
  var count: Int
  /// `ranks[sample * cities + city]`.
  var ranks: [UInt16]
  /// `factors[sample * factorCount + k]`: the multiplier of the k-th weight.
  var factors: [Double]
  var factorCount: Int
  /// Index of the normalisation drawn (0 unless methods vary).
  var normalization: [UInt8]
  /// 1 when geometric aggregation was drawn.
  var aggregation: [UInt8]
  /// How many cities share first place in each sample.
  var firstCounts: [UInt16]
}

/// Draws and re-aggregates the samples, in parallel, deterministically.
struct Sampler: Sendable {
  let plan: AggregationPlan
  /// Leaf scores (node-major) per normalisation, and whether geometric aggregation is defined on them.
  let variants: [(leaves: [Double], geometricDefined: Bool)]
  /// Nodes whose weights vary (every node but the root), in factor order.
  let factors: [Int]
  let settings: Sensitivity.Settings
  let nominalAggregation: Aggregation

  func run(progress: (@Sendable (Double) -> Void)?) -> SampleSet {
    let count = max(0, settings.samples)
    let cities = plan.cityCount
    var set = SampleSet(
      count: count, ranks: [UInt16](repeating: 0, count: count * cities),
      factors: [Double](repeating: 1, count: count * factors.count), factorCount: factors.count,
      normalization: [UInt8](repeating: 0, count: count), aggregation: [UInt8](repeating: 0, count: count),
      firstCounts: [UInt16](repeating: 1, count: count))
    let threads = max(1, min(settings.threads ?? ProcessInfoCores.count, max(1, count)))
    let done = Atomic<Int>(0)
    set.ranks.withUnsafeMutableBufferPointer { ranks in
      set.factors.withUnsafeMutableBufferPointer { drawn in
        set.normalization.withUnsafeMutableBufferPointer { normalization in
          set.aggregation.withUnsafeMutableBufferPointer { aggregation in
            set.firstCounts.withUnsafeMutableBufferPointer { firsts in
              let output = Output(
                ranks: ranks, factors: drawn, normalization: normalization, aggregation: aggregation, firsts: firsts)
              DispatchQueue.concurrentPerform(iterations: threads) { worker in
                // Contiguous share of the samples; every sample has its own random stream.
                let range = (count * worker / threads)..<(count * (worker + 1) / threads)
                runWorker(range, output: output, done: done, total: count, progress: progress)
              }
            }
          }
        }
      }
    }
    return set
  }

  /// Where workers write: disjoint slices of the sample arrays.
  private struct Output: @unchecked Sendable {
    var ranks: UnsafeMutableBufferPointer<UInt16>
    var factors: UnsafeMutableBufferPointer<Double>
    var normalization: UnsafeMutableBufferPointer<UInt8>
    var aggregation: UnsafeMutableBufferPointer<UInt8>
    var firsts: UnsafeMutableBufferPointer<UInt16>
  }

  private func runWorker(
    _ range: Range<Int>, output: Output, done: borrowing Atomic<Int>, total: Int, progress: (@Sendable (Double) -> Void)?
  ) {
    let cities = plan.cityCount
    let u = settings.uncertainty
    // The only allocations: one score buffer per normalisation, weights, work space — per worker.
    var buffers = variants.map(\.leaves)
    // Leaf rows with no missing score allow the fast path.
    let complete = variants.map { variant in plan.leaves.allSatisfy { leaf in !variant.leaves[(leaf * cities)..<((leaf + 1) * cities)].contains(where: \.isNaN) } }
    var weights = plan.baseWeights
    var work = [Double](repeating: 0, count: plan.workSize)
    var sinceReport = 0
    for sample in range {
      var random = SplitMix64(seed: settings.seed, stream: UInt64(sample))
      for (k, node) in factors.enumerated() {
        let factor = 1 - u + 2 * u * random.nextDouble()
        output.factors[sample * factors.count + k] = factor
        weights[node] = plan.baseWeights[node] * factor
      }
      var variant = 0
      var method = nominalAggregation
      if settings.varyMethods {
        variant = min(variants.count - 1, Int(random.nextDouble() * Double(variants.count)))
        let geometric = random.nextDouble() < 0.5 && variants[variant].geometricDefined
        method = geometric ? .geometric : .arithmetic
      }
      output.normalization[sample] = UInt8(variant)
      output.aggregation[sample] = method == .geometric ? 1 : 0
      let rankSlice = UnsafeMutableBufferPointer(rebasing: output.ranks[(sample * cities)..<((sample + 1) * cities)])
      weights.withUnsafeBufferPointer { w in
        buffers[variant].withUnsafeMutableBufferPointer { scores in
          work.withUnsafeMutableBufferPointer { work in
            _ = plan.aggregate(method, weights: w, scores: scores, work: work, complete: complete[variant])
          }
          plan.rankRoot(UnsafeBufferPointer(scores), into: rankSlice)
        }
      }
      var firsts: UInt16 = 0
      for rank in rankSlice where rank == 1 { firsts += 1 }
      output.firsts[sample] = max(1, firsts)
      sinceReport += 1
      if sinceReport == 256 {
        let now = done.add(sinceReport, ordering: .relaxed).newValue
        sinceReport = 0
        progress?(Double(now) / Double(max(total, 1)))
      }
    }
    let now = done.add(sinceReport, ordering: .relaxed).newValue
    progress?(Double(now) / Double(max(total, 1)))
  }
}

/// The number of cores to use by default.
enum ProcessInfoCores {
  static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
