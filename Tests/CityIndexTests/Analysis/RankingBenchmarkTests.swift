import Testing

@testable import CityIndex

/// Five cities, two areas of one indicator each, equal weights, 2021:
///
///     city  x   y     x score  y score  total
///     A     10  0     100      0        50     rank 2 (tie)
///     B     8   10    75       100      87.5   rank 1
///     C     6   5     50       50       50     rank 2 (tie)
///     D     4   2     25       20       22.5   rank 5
///     E     2   8     0        80       40     rank 4
///
/// Published 2021 ranks: A 1, B 2, C 3, D 4 and Z 5 (not in the index). Published area `a2`
/// scores: A 90, B 70, C 70, E 10 (ranks 1, 2, 2, 4).
@Suite struct RankingBenchmarkTests {
  let index = """
    id,parent,direction
    sci,,
    a1,sci,
    x,a1,+
    a2,sci,
    y,a2,+
    """
  let data = """
    city,year,x,y
    A,2021,10,0
    B,2021,8,10
    C,2021,6,5
    D,2021,4,2
    E,2021,2,8
    """

  func benchmark(_ published: String, indicator: String = "rank", otherYear: Int? = nil) throws -> RankingBenchmark {
    let definition = try definition(index)
    let card = try Scorer.score(definition, dataset(data, for: definition))
    let folder = try TemporaryFolder()
    let other = try PublishedValuesLoader.load(path: folder.write("p.csv", published)).value
    return try RankingBenchmark(card, with: other, indicator: indicator, otherYear: otherYear)
  }

  @Test func publishedRanksAgainstTheEnginesWithATieOnOurSide() throws {
    let b = try benchmark("city,year,indicator,value,source\nA,2021,rank,1,x\nB,2021,rank,2,x\nc,2021,rank,3,x\nD,2021,rank,4,x\nZ,2021,rank,5,x\n")
    #expect(b.pairs.map(\.city) == ["B", "A", "C", "D"])  // engine's order; `c` matches C
    #expect(b.pairs.map(\.rank) == [1, 2, 2, 5])
    #expect(b.pairs.map(\.otherRank) == [2, 1, 3, 4])
    #expect(b.pairs.map(\.rankDifference) == [1, -1, 1, -1])
    #expect(b.unmatched == ["Z"])
    #expect(b.n == 4 && b.otherIsRank && b.otherCount == 5)
    // ours (A, B, C, D) 2, 1, 2, 5 → average ranks 2.5, 1, 2.5, 4 against 1, 2, 3, 4:
    // Σdxdy = 0 + 0.75 + 0 + 2.25 = 3, Σdx² = 4.5, Σdy² = 5 → ρ = 3 / √22.5 = 0.632
    #expect(close(b.spearman, 3 / 22.5.squareRoot()))
    // pairs: AB discordant, AC tied on our side, AD BC BD CD concordant → τ-b = (4 − 1) / √(5 · 6)
    #expect(close(b.kendall, 3 / 30.0.squareRoot()))
  }

  @Test func publishedAreaScoresAreRankedHigherFirstWithTies() throws {
    let b = try benchmark("city,year,indicator,value\nA,2021,a2,90\nB,2021,a2,70\nC,2021,a2,70\nE,2021,a2,10\n", indicator: "a2")
    #expect(b.pairs.map(\.city) == ["B", "E", "C", "A"])  // by y: B 100, E 80, C 50, A 0
    #expect(b.pairs.map(\.rank) == [1, 2, 3, 5])
    #expect(b.pairs.map(\.otherRank) == [2, 4, 2, 1])
    #expect(!b.otherIsRank && b.otherCount == 4)
    // (A, B, C, E): ours 5, 1, 3, 2, theirs 1, 2, 2, 4 → ρ = −3 / √22.5; τ-b = (1 − 4) / √(6 · 5)
    #expect(close(b.spearman, -3 / 22.5.squareRoot()))
    #expect(close(b.kendall, -3 / 30.0.squareRoot()))
    #expect(b.largestDisagreements.first?.city == "A")  // rank 5 here, 1st there
  }

  @Test func aTotalIsRankedAgainstTheEnginesTotal() throws {
    let b = try benchmark("city,year,indicator,value\nA,2021,total,80\nB,2021,total,90\nD,2021,total,10\n", indicator: "total")
    #expect(b.pairs.map(\.otherRank) == [1, 2, 3])  // B, A, D
    #expect(close(b.spearman, 1) && close(b.kendall, 1))
  }

  @Test func aYearOrIndicatorThePublicationLacksIsAnErrorThatSaysWhatItHas() throws {
    let published = "city,year,indicator,value\nA,2020,rank,1\nB,2020,rank,2\n"
    let folder = try TemporaryFolder()
    let path = try folder.write("p.csv", published)
    let definition = try definition(index)
    let card = try Scorer.score(definition, dataset(data, for: definition))
    let other = try PublishedValuesLoader.load(path: path).value
    #expect(diagnostics { _ = try RankingBenchmark(card, with: other) }.map(\.description) == [
      "\(path): no value of 'rank' for 2021 (years with one: 2020)"
    ])
    #expect(diagnostics { _ = try RankingBenchmark(card, with: other, indicator: "rnk") }.map(\.description) == [
      "\(path): no indicator 'rnk' (it has: rank) (did you mean 'rank'?)"
    ])
    let compared = try RankingBenchmark(card, with: other, otherYear: 2020)
    #expect(compared.otherYear == 2020 && compared.year == 2021 && compared.n == 2)
  }
}
