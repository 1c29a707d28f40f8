import Testing

@testable import CityIndex

@Suite struct ScorerTests {
  /// The mini index of `Fixtures/good/index.csv`: sci → adm {online +, pay +},
  /// mob {jam − (weight 2), share +}; areas equal.
  func fixtureScorecard(_ file: String, options: ScoringOptions = ScoringOptions()) throws -> Scorecard {
    let definition = try DefinitionLoader.load(path: fixture("good/index.csv")).value
    let dataset = try DatasetLoader.load(paths: [fixture(file)], definition: definition).value
    return try Scorer.score(definition, dataset, options: options)
  }

  @Test func multiLevelHierarchyWithUnequalWeights() throws {
    //            online pay  jam  share
    // München      90    1   20   12.5
    // Köln         50    0   40    2.5
    // Düsseldorf   70    1   30    7.5
    // Nürnberg     10    1   60   22.5
    // online (x − 10) / 80: 100, 50, 75, 0     pay: 100, 0, 100, 100
    // jam − (60 − x) / 40: 100, 50, 75, 0       share (x − 2.5) / 20: 50, 0, 25, 100
    // adm = mean: 100, 25, 87.5, 50
    // mob = (2 jam + share) / 3: 83.33, 33.33, 58.33, 33.33
    // total = (adm + mob) / 2: 91.67, 29.17, 72.92, 41.67 → ranks 1, 4, 2, 3
    let card = try fixtureScorecard("good/clean.csv")
    let definition = card.definition
    let adm = try #require(definition.index(of: "adm"))
    let mob = try #require(definition.index(of: "mob"))
    #expect(card.cities == ["München", "Köln", "Düsseldorf", "Nürnberg"])
    let admExpected: [Double] = [100, 25, 87.5, 50]
    let mobExpected: [Double] = [250.0 / 3, 100.0 / 3, 175.0 / 3, 100.0 / 3]
    let totalExpected: [Double] = [275.0 / 3, 175.0 / 6, 437.5 / 6, 125.0 / 3]
    #expect(close(card.scores.column(adm), admExpected))
    #expect(close(card.scores.column(mob), mobExpected))
    #expect(close(card.totals, totalExpected))
    #expect(card.ranks == [1, 4, 2, 3])
    #expect(card.rankingOrder.map { card.cities[$0] } == ["München", "Düsseldorf", "Nürnberg", "Köln"])
  }

  @Test func germanExcelExportRanksLikeTheCleanFile() throws {
    let clean = try fixtureScorecard("good/clean.csv")
    for file in ["good/german-excel.csv", "good/windows-1252.csv", "good/long.csv"] {
      let other = try fixtureScorecard(file)
      #expect(other.cities == clean.cities, "\(file)")
      #expect(other.scores == clean.scores, "\(file)")
      #expect(other.ranks == clean.ranks, "\(file)")
    }
  }

  @Test func tiedCitiesShareTheLowerRank() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,+\n")
    let data = try dataset("city,year,a\nA,2023,3\nB,2023,2\nC,2023,2\nD,2023,1\n", for: definition)
    let card = try Scorer.score(definition, data)
    #expect(card.ranks == [1, 2, 2, 4])
    #expect(card.rankingOrder.map { card.cities[$0] } == ["A", "B", "C", "D"])
  }

  @Test func panelBoundsMakeYearsComparable() throws {
    // 2022: A 0, B 10; 2023: A 10, B 20.
    // year:  2023 bounds 10…20 → A 0, B 100.
    // panel: bounds 0…20 over both years → 2023: A 50, B 100; 2022: A 0, B 50.
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\n")
    let data = try dataset("city,year,x\nA,2022,0\nB,2022,10\nA,2023,10\nB,2023,20\n", for: definition)
    #expect(try Scorer.score(definition, data, year: 2023).totals == [0, 100])
    let panel = ScoringOptions(scope: .panel)
    #expect(try Scorer.score(definition, data, year: 2023, options: panel).totals == [50, 100])
    #expect(try Scorer.score(definition, data, year: 2022, options: panel).totals == [0, 50])
  }

  @Test func defaultYearIsTheLatestAndAnAbsentYearIsAnError() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\n")
    let data = try dataset("city,year,x\nA,2021,1\nA,2022,2\nA,2025,3\n", for: definition)
    #expect(try Scorer.score(definition, data).year == 2025)
    let found = diagnostics { _ = try Scorer.score(definition, data, year: 2024) }
    #expect(found.map(\.message) == ["no data for year 2024 (years in the data: 2021–2022, 2025)"])
    #expect(found.first?.location?.file.hasSuffix("data.csv") == true)  // the message names the file
  }

  @Test func geometricAggregationOverMinMaxIsRefusedBeforeScoring() throws {
    let found = diagnostics {
      _ = try fixtureScorecard("good/clean.csv", options: ScoringOptions(aggregation: .geometric))
    }
    #expect(found.map(\.message) == [
      "geometric aggregation of 'adm' needs scores above 0, but minmax gives 'online' scores from 0: use --range 1,100 (or --aggregation arithmetic)",
      "geometric aggregation of 'mob' needs scores above 0, but minmax gives 'jam' scores from 0: use --range 1,100 (or --aggregation arithmetic)",
    ])
    // --range 1,100 makes it defined
    var options = ScoringOptions(aggregation: .geometric)
    options.range = 1...100
    let card = try fixtureScorecard("good/clean.csv", options: options)
    #expect(card.totals.allSatisfy { $0 >= 1 && $0 <= 100 })
  }

  @Test func geometricAggregationNamesEveryCityWithAScoreAtOrBelowZero() throws {
    // zscore of one 0 among 39 × 100: mean 97.5, sd √(9750 / 39) = 15.81, z = −6.17 → 50 − 61.7 < 0
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let rows = (0..<40).map { "C\($0),2023,\($0 == 0 ? 0 : 100),\($0)" }
    let data = try dataset("city,year,x,y\n" + rows.joined(separator: "\n") + "\n", for: definition)
    let found = diagnostics {
      _ = try Scorer.score(definition, data, options: ScoringOptions(normalization: .zScore, aggregation: .geometric))
    }
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("geometric aggregation of 'sci' needs scores above 0, but C0 scores -11.66") == true)
    #expect(found.first?.message.hasSuffix("on 'x' in 2023") == true)
  }

  @Test func geometricAggregationWorksOnPositiveScores() throws {
    // zscore keeps these scores positive. online: mean 55, sd sqrt((35² + 5² + 15² + 45²) / 3)
    let card = try fixtureScorecard("good/clean.csv", options: ScoringOptions(normalization: .zScore, aggregation: .geometric))
    let online = try #require(card.definition.index(of: "online"))
    let pay = try #require(card.definition.index(of: "pay"))
    let adm = try #require(card.definition.index(of: "adm"))
    let variance: Double = (35.0 * 35 + 5 * 5 + 15 * 15 + 45 * 45) / 3
    let expected: Double = 50 + 10 * 35 / variance.squareRoot()
    #expect(close(card.scores[0, online], expected))
    for city in 0..<4 {
      let expected = (card.scores[city, online] * card.scores[city, pay]).squareRoot()
      #expect(close(card.scores[city, adm], expected, 1e-9))
    }
  }

  @Test func goalpostNeedsBothBoundsOnEveryIndicator() throws {
    let found = diagnostics {
      _ = try fixtureScorecard("good/clean.csv", options: ScoringOptions(normalization: .goalpost))
    }
    #expect(try messages(found) == [
      "good/index.csv:5: goalpost normalization needs min and max for indicator 'online'",
      "good/index.csv:6: goalpost normalization needs min and max for indicator 'pay'",
      "good/index.csv:7: goalpost normalization needs min and max for indicator 'jam'",
      "good/index.csv:8: goalpost normalization needs min and max for indicator 'share'",
    ])
  }

  @Test func goalpostScoresAgainstTheDefinitionsBounds() throws {
    // x in 0…200 points: 50 → 25, 150 → 75, 250 → 100 (clamped)
    let definition = try definition("id,parent,direction,min,max\nsci,,,,\nx,sci,+,0,200\n")
    let data = try dataset("city,year,x\nA,2023,50\nB,2023,150\nC,2023,250\n", for: definition)
    #expect(try Scorer.score(definition, data, options: ScoringOptions(normalization: .goalpost)).totals == [25, 75, 100])
  }

  @Test func warnsWhenAnIndicatorCannotTellCitiesApart() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let data = try dataset("city,year,x,y\nA,2023,1,5\nB,2023,1,7\n", for: definition)
    let card = try Scorer.score(definition, data)
    #expect(card.totals == [50, 100])  // x gives both 100; y 0 and 100
    #expect(card.warnings.map(\.message) == [
      "indicator 'x' has the same value for every city in 2023: every city scores 100 on it"
    ])
  }

  @Test func sameInputsGiveTheSameScorecard() throws {
    let first = try fixtureScorecard("good/clean.csv")
    let second = try fixtureScorecard("good/clean.csv")
    #expect(first.scores == second.scores && first.ranks == second.ranks)
  }
}

@Suite struct ParallelNormalizationTests {
  /// 1,600 cities × 130 indicators (above the parallel threshold): every column equals its
  /// normalisation on its own, and the zero-range warnings come in indicator order.
  @Test func largeRunsGiveTheSameScoresAsColumnByColumn() throws {
    let (cities, indicators) = (1_600, 130)
    #expect(cities * indicators >= Scorer.parallelNormalization)
    let ids = (0..<indicators).map { "i\($0)" }
    let definition = try IndexDefinition(
      nodes: [Node(id: "sci")] + ids.map { Node(id: $0, parentID: "sci", direction: $0.hasSuffix("7") ? .lowerIsBetter : .higherIsBetter) },
      file: "index.csv")
    var dataset = Dataset(indicators: ids)
    for c in 0..<cities {
      let row = dataset.addCity("C\(c)")
      for i in 0..<indicators {
        // columns 5 and 50 are constant (zero range), and so is 90 ((c · 97) mod 97 = 0);
        // every 11th city misses column i % 11
        let value = i == 5 || i == 50 ? 3 : Double((c * (i + 7)) % 97) + Double(i) / 10
        dataset.setValue(c % 11 == i % 11 ? .nan : value, city: row, year: 2025, indicator: i)
      }
    }
    let card = try Scorer.score(definition, dataset)
    let values = try #require(dataset.values(for: 2025))
    for (column, leaf) in definition.leaves.enumerated() {
      let raw = values.column(column)
      let expected = Normalization.minMax.apply(
        to: raw, bounds: NormalizationBounds(reference: raw, needsRanks: false),
        direction: definition.nodes[leaf].direction ?? .higherIsBetter)
      #expect(zip(card.scores.column(leaf), expected).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }, "\(ids[column])")
    }
    #expect(card.warnings.map(\.message) == [
      "indicator 'i5' has the same value for every city in 2025: every city scores 100 on it",
      "indicator 'i50' has the same value for every city in 2025: every city scores 100 on it",
      "indicator 'i90' has the same value for every city in 2025: every city scores 100 on it",
    ])
  }
}

@Suite struct ParallelAggregationTests {
  /// 2,600 cities × 41 groups (above the parallel threshold).
  func sample() throws -> (IndexDefinition, Dataset) {
    var nodes = [Node(id: "sci")]
    var ids: [String] = []
    for a in 0..<40 {
      nodes.append(Node(id: "g\(a)", parentID: "sci", weight: Double(a % 3 + 1)))
      for i in 0..<2 {
        nodes.append(Node(id: "x\(a)_\(i)", parentID: "g\(a)", weight: Double(i + 1), direction: .higherIsBetter))
        ids.append("x\(a)_\(i)")
      }
    }
    let definition = try IndexDefinition(nodes: nodes, file: "index.csv")
    var dataset = Dataset(indicators: ids)
    var generator = SplitMix64(seed: 11)
    for c in 0..<2_600 {
      let row = dataset.addCity("C\(c)")
      for i in ids.indices {
        let draw = generator.next()
        dataset.setValue(draw % 17 == 0 ? .nan : Double(draw % 1000) / 10, city: row, year: 2025, indicator: i)
      }
    }
    return (definition, dataset)
  }

  @Test func everyGroupIsTheWeightedMeanOfItsChildren() throws {
    let (definition, dataset) = try sample()
    #expect(2_600 * definition.groupsBottomUp.count >= Scorer.parallelAggregation)
    let card = try Scorer.score(definition, dataset)
    for row in stride(from: 0, to: card.cities.count, by: 37) {
      for group in definition.groupsBottomUp {
        let children = definition.children[group]
        let expected = Aggregation.arithmetic.combine(
          children.map { card.scores[row, $0] }, weights: children.map { definition.nodes[$0].weight })
        #expect(expected == .score(card.scores[row, group]) || card.scores[row, group].isNaN, "\(card.cities[row]) \(definition.nodes[group].id)")
      }
    }
  }

  @Test func refusedScoresAreReportedGroupByGroupThenCityByCity() throws {
    let (definition, dataset) = try sample()
    var options = ScoringOptions(normalization: .zScore, aggregation: .harmonic)
    options.range = -50...50  // shifts every z-score down: many are at or below 0
    let found = diagnostics { _ = try Scorer.score(definition, dataset, options: options) }
    #expect(found.count > 100)
    // the sequential order: groups bottom-up, within a group the cities in row order
    let groupOrder = Dictionary(uniqueKeysWithValues: definition.groupsBottomUp.enumerated().map { (definition.nodes[$1].id, $0) })
    let keys = found.map { d -> (Int, Int) in
      let group = d.message.split(separator: "'")[1]
      let city = d.message.components(separatedBy: "but C")[1].split(separator: " ")[0]
      return (groupOrder[String(group)] ?? -1, Int(city) ?? -1)
    }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
  }
}
