import Testing

@testable import CityIndex

@Suite struct OptimisedWeightsTests {
  /// A group's weight is the sum of its leaves', a leaf's its own: the effective weights are the
  /// leaf weights normalised. a (x 0.1, y 0.3) and z 0.6: a weighs 0.4, z 0.6; x's effective
  /// weight 0.4 · 0.1/0.4 = 0.1.
  @Test func leafWeightsBecomeTheEffectiveWeights() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,\nx,a,+\ny,a,+\nz,sci,+\n")
    let weighted = OptimisedWeights.withLeafWeights([0.1, 0.3, 0.6], definition)
    #expect(weighted.nodes.map(\.weight) == [definition.nodes[0].weight, 0.4, 0.1, 0.3, 0.6])
    let effective = weighted.effectiveWeights
    for (got, want) in zip(effective, [0.1, 0.3, 0.6]) { #expect(abs(got - want) < 1e-12) }
  }

  /// x varies little and agrees with y; z varies much and runs its own way: with equal weights z
  /// takes most of the influence. The fit brings every effective share within the tolerance of
  /// the intended third, and the scorecard says how.
  @Test func theFitMatchesTheIntendedSharesAndSaysSo() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\nz,sci,+\n")
    let rows = (0..<12).map { i in "C\(i),2023,\(10 + i % 4),\(i % 4 + (i % 3)),\([7, 1, 9, 3, 11, 0, 5, 2, 8, 4, 10, 6][i])" }
    let data = "city,year,x,y,z\n" + rows.joined(separator: "\n") + "\n"
    var options = ScoringOptions()
    options.weighting = .optimised
    let card = try Scorer.score(definition, try dataset(data, for: definition), options: options)
    let fit = try #require(card.weightFit)
    #expect(fit.indicators == ["x", "y", "z"])
    #expect(fit.targets.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
    #expect(fit.largestGapBefore > 0.1)
    #expect(fit.converged && fit.largestGapAfter <= OptimisedWeights.tolerance)
    // the scorecard is scored with the weights found, and measures as the fit says
    for (got, want) in zip(card.definition.effectiveWeights, fit.weights) { #expect(abs(got - want) < 1e-9) }
    for (got, want) in zip(Importance(card).indicators.map(\.effective), fit.after) { #expect(abs(got - want) < 1e-12) }
    #expect(card.options.weighting == .optimised)
  }
}
