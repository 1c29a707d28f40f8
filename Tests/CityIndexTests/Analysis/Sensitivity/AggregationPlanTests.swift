import Testing

@testable import CityIndex

/// The Monte Carlo's flat aggregator must agree with the scorer.
@Suite struct AggregationPlanTests {
  @Test(arguments: [Aggregation.arithmetic, .geometric, .harmonic])
  func agreesWithTheScorerIncludingMissingValues(method: Aggregation) throws {
    let definition = try definition("""
      id,parent,weight,direction
      sci,,,
      a,sci,2,
      x,a,1,+
      y,a,3,-
      b,sci,1,
      c,b,1,
      z,c,1,+
      w,b,2,+
      """)
    let data = try dataset("""
      city,year,x,y,z,w
      A,2023,1,9,3,4
      B,2023,5,5,,2
      C,2023,3,7,6,9
      D,2023,9,1,9,
      E,2023,4,4,4,4
      """, for: definition)
    let options = ScoringOptions(normalization: .zScore, aggregation: method)
    let card = try Scorer.score(definition, data, options: options)
    let plan = AggregationPlan(definition, cities: card.cities.count)
    var scores = [Double](repeating: .nan, count: plan.nodeCount * plan.cityCount)
    for leaf in definition.leaves { for c in 0..<plan.cityCount { scores[leaf * plan.cityCount + c] = card.score(city: c, node: leaf) } }
    var work = [Double](repeating: 0, count: plan.workSize)
    var ranks = [UInt16](repeating: 0, count: plan.cityCount)
    let ok = plan.baseWeights.withUnsafeBufferPointer { w in
      scores.withUnsafeMutableBufferPointer { s in work.withUnsafeMutableBufferPointer { plan.aggregate(method, weights: w, scores: s, work: $0) } }
    }
    #expect(ok)
    for node in definition.groupsBottomUp {
      for c in 0..<plan.cityCount {
        #expect(close(scores[node * plan.cityCount + c], card.score(city: c, node: node), 1e-9), "\(definition.nodes[node].id) \(c)")
      }
    }
    scores.withUnsafeBufferPointer { s in ranks.withUnsafeMutableBufferPointer { plan.rankRoot(s, into: $0) } }
    #expect(ranks.map { Int($0) } == card.ranks.map { $0 ?? 0 })
  }
}
