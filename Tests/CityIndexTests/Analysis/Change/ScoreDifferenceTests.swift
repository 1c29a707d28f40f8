import Foundation
import Testing

@testable import CityIndex

/// sci → a (weight 1) {x, y}, b (weight 1) {z}: effective weights x ¼, y ¼, z ½.
@Suite struct ScoreDifferenceTests {
  let index = """
    id,parent,weight,direction
    sci,,,
    a,sci,1,
    x,a,1,+
    y,a,1,+
    b,sci,1,
    z,b,1,+
    """

  /// Leaf scores by id into a node vector (groups NaN).
  func scores(_ definition: IndexDefinition, _ values: [String: Double]) -> [Double] {
    definition.nodes.map { values[$0.id] ?? .nan }
  }

  func difference(
    _ from: [String: Double], _ to: [String: Double], compared: Set<String> = ["x", "y", "z"],
    method: Aggregation = .arithmetic, definition csv: String? = nil
  ) throws -> (ScoreDifference, IndexDefinition) {
    let definition = try definition(csv ?? index)
    let result = try #require(
      ScoreDifference(
        definition: definition, methods: definition.nodes.map { _ in method }, from: scores(definition, from),
        to: scores(definition, to), compared: definition.nodes.map { compared.contains($0.id) }))
    return (result, definition)
  }

  func value(_ values: [Double], _ definition: IndexDefinition, _ id: String) -> Double {
    definition.index(of: id).map { values[$0] } ?? .nan
  }

  @Test func arithmeticContributionsAreEffectiveWeightTimesChange() throws {
    // totals mean(mean(40, 60), 50) = 50 → mean(mean(70, 60), 40) = 52.5;
    // x ¼ · 30 = 7.5, y 0, z ½ · (−10) = −5; a 7.5, b −5, index 2.5.
    let (d, def) = try difference(["x": 40, "y": 60, "z": 50], ["x": 70, "y": 60, "z": 40])
    #expect(close(value(d.from, def, "sci"), 50) && close(value(d.to, def, "sci"), 52.5))
    #expect(close(value(d.contribution, def, "x"), 7.5))
    #expect(close(value(d.contribution, def, "y"), 0))
    #expect(close(value(d.contribution, def, "z"), -5))
    #expect(close(value(d.contribution, def, "a"), 7.5) && close(value(d.contribution, def, "b"), -5))
    #expect(close(d.total, 2.5) && d.coverage == 1)
    #expect(close([value(d.multiplier, def, "x"), value(d.multiplier, def, "z"), value(d.multiplier, def, "a")], [0.25, 0.5, 0.5]))
  }

  @Test func anIndicatorNotComparedKeepsItsShareOut() throws {
    // y not compared: coverage ¾. a is x alone (40 → 70), multiplier ¼: 7.5. The index on x and
    // z weighted by their shares: (¼·40 + ½·50)/¾ = 46.667 → (¼·70 + ½·40)/¾ = 50; ¾ · 3.333 = 2.5.
    let (d, def) = try difference(["x": 40, "y": 60, "z": 50], ["x": 70, "y": 10, "z": 40], compared: ["x", "z"])
    #expect(close(d.coverage, 0.75))
    #expect(value(d.contribution, def, "y").isNaN && value(d.from, def, "y").isNaN)
    #expect(close(value(d.from, def, "a"), 40) && close(value(d.to, def, "a"), 70))
    #expect(close(value(d.from, def, "sci"), 35 / 0.75) && close(value(d.to, def, "sci"), 50))
    #expect(close(d.total, 2.5))
    // The rule holds at every row: contribution = multiplier × change.
    for node in def.nodes.indices where !d.from[node].isNaN {
      #expect(close(d.contribution[node], d.multiplier[node] * (d.to[node] - d.from[node]), 1e-12))
    }
  }

  @Test func aCityAgainstItselfIsAllZerosAndSwappingFlipsEverySign() throws {
    let a: [String: Double] = ["x": 12, "y": 80, "z": 33]
    let b: [String: Double] = ["x": 70, "y": 5, "z": 90]
    let (same, _) = try difference(a, a)
    #expect(same.contribution.allSatisfy { $0 == 0 })
    for method in [Aggregation.arithmetic, .geometric, .harmonic, .product] {
      let (forward, _) = try difference(a, b, method: method)
      let (backward, _) = try difference(b, a, method: method)
      #expect(close(forward.contribution, backward.contribution.map { -$0 }, 1e-9), "\(method)")
      let leaves = forward.contribution.indices.filter { forward.multiplier[$0] > 0 && $0 != forward.root }
      #expect(leaves.count == 5)
    }
  }

  @Test func geometricSplitsByTheLogarithmicMeanExactly() throws {
    // One level, weights 1, 1: (25, 100) → (100, 25) keeps G = 50; the parts are
    // ±L(50, 50) · ½ · ln 4 = ±25 ln 4 and add up to 0.
    let flat = "id,parent,weight,direction\ng,,,\np,g,1,+\nq,g,1,+\n"
    let (d, def) = try difference(["p": 25, "q": 100], ["p": 100, "q": 25], compared: ["p", "q"], method: .geometric, definition: flat)
    #expect(close(value(d.contribution, def, "p"), 25 * log(4.0), 1e-12))
    #expect(close(value(d.contribution, def, "q"), -25 * log(4.0), 1e-12))
    #expect(close(d.total, 0, 1e-12))
    // (25, 100) → (100, 100): G 50 → 100, all of it from p.
    let (up, upDef) = try difference(["p": 25, "q": 100], ["p": 100, "q": 100], compared: ["p", "q"], method: .geometric, definition: flat)
    #expect(close(value(up.contribution, upDef, "p"), 50, 1e-12) && close(value(up.contribution, upDef, "q"), 0))
  }

  @Test func harmonicSplitsExactly() throws {
    // (20, 60): H = 2 / (1/20 + 1/60) = 30 → (60, 60): 60. p: 30 · 60 · ½ · (1/20 − 1/60) = 30.
    let flat = "id,parent,weight,direction\ng,,,\np,g,1,+\nq,g,1,+\n"
    let (d, def) = try difference(["p": 20, "q": 60], ["p": 60, "q": 60], compared: ["p", "q"], method: .harmonic, definition: flat)
    #expect(close(value(d.contribution, def, "p"), 30, 1e-12) && close(value(d.contribution, def, "q"), 0))
    #expect(close(d.total, 30, 1e-12))
  }

  @Test func nonArithmeticLevelsAddUpWhateverTheHierarchy() throws {
    let from: [String: Double] = ["x": 12, "y": 80, "z": 33]
    let to: [String: Double] = ["x": 70, "y": 5, "z": 90]
    for method in [Aggregation.geometric, .harmonic, .product] {
      let (d, def) = try difference(from, to, method: method)
      // Everything compared: the root's contribution is the change of the aggregate itself.
      #expect(close(d.total, value(d.to, def, "sci") - value(d.from, def, "sci"), 1e-9), "\(method)")
      #expect(close(value(d.contribution, def, "a"), value(d.contribution, def, "x") + value(d.contribution, def, "y"), 1e-12))
    }
  }

  @Test func copelandCannotBeSplitAndNothingComparedIsNil() throws {
    let def = try definition(index)
    let s = scores(def, ["x": 1, "y": 2, "z": 3])
    #expect(ScoreDifference(definition: def, methods: def.nodes.map { _ in .copeland }, from: s, to: s, compared: def.nodes.map { _ in true }) == nil)
    #expect(ScoreDifference(definition: def, methods: def.nodes.map { _ in .arithmetic }, from: s, to: s, compared: def.nodes.map { _ in false }) == nil)
  }
}
