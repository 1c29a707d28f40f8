import Testing

@testable import CityIndex

@Suite struct WeightsLoaderTests {
  let index = """
    id,parent,direction
    sci,,
    adm,sci,
    mob,sci,
    online,adm,+
    pay,adm,+
    jam,mob,-
    """

  @Test func budgetAllocationAveragesEachExpertsShares() throws {
    // adm/mob: expert_a 30/70 of 100 → 0.3/0.7; expert_b 20/30 of 50 → 0.4/0.6 → 0.35/0.65
    // online/pay: 50/50 → 0.5/0.5 and 1/3 of 3 → 1/3, 2/3 → 5/12, 7/12
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "w.csv", "id;expert_a;expert_b\nadm;30;20\nmob;70;30\nonline;50;1\npay;50;2\n")
    let definition = try definition(index)
    let weights = try WeightsLoader.load(path: path, definition: definition).value
    #expect(close(weights["adm"] ?? 0, 0.35) && close(weights["mob"] ?? 0, 0.65))
    #expect(close(weights["online"] ?? 0, 5.0 / 12) && close(weights["pay"] ?? 0, 7.0 / 12))
    #expect(weights["jam"] == nil)  // not in the file: keeps the definition's weight
    let reweighted = definition.withWeights(weights)
    #expect(reweighted["adm"]?.weight == weights["adm"] && reweighted["jam"]?.weight == 1)
  }

  @Test func aSingleColumnIsPlainWeightsAsShares() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("w.csv", "id,name,weight\nadm,Verwaltung,3\nmob,Mobilität,1\n")
    let weights = try WeightsLoader.load(path: path, definition: try definition(index)).value
    #expect(weights == ["adm": 0.75, "mob": 0.25])
  }

  @Test func aWeightOf0LeavesTheNodeAndItsBranchOut() throws {
    // mob 0: the index is adm alone. P: online 80, pay 40 → adm 60; jam (lower better) of P is
    // the worst, so with mob it would pull P down; at weight 0 the total is adm's 60 exactly.
    let folder = try TemporaryFolder()
    let path = try folder.write("w.csv", "id,weight\nadm,1\nmob,0\n")
    let definition = try definition(index)
    let weights = try WeightsLoader.load(path: path, definition: definition).value
    #expect(weights == ["adm": 1, "mob": 0])
    let data = try dataset("city,year,online,pay,jam\nP,2023,80,40,90\nQ,2023,100,100,10\nR,2023,0,0,50\n", for: definition)
    let card = try Scorer.score(definition.withWeights(weights), data, year: 2023)
    #expect(card.totals == [60, 100, 0])
    // geometric aggregation leaves a 0-weighted child out before it could fail on its score of 0
    var options = ScoringOptions(aggregation: .geometric)
    options.range = 1...100
    let geometric = try Scorer.score(definition.withWeights(weights), data, year: 2023, options: options)
    #expect(geometric.ranks == [2, 1, 3])
  }

  @Test func reportsUnknownNodesIncompleteSiblingsAndBadNumbers() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("w.csv", "id,a,b\nadn,1,1\nonline,1,x\nadm,-1,2\n")
    #expect(
      diagnostics { _ = try WeightsLoader.load(path: path, definition: try definition(index)) }.map(\.description) == [
        "\(path):2:1: unknown node 'adn' (did you mean 'adm'?)",
        "\(path):3:3: b gives 'online' 'x': a weight must be a number ≥ 0",
        "\(path):4:2: a gives 'adm' '-1': a weight must be a number ≥ 0",
      ])
    let partial = try folder.write("p.csv", "id,a\nonline,1\n")
    #expect(
      diagnostics { _ = try WeightsLoader.load(path: partial, definition: try definition(index)) }.map(\.message) == [
        "weights of 'adm''s children must be given together: the file names 'online' but not 'pay'"
      ])
  }
}
