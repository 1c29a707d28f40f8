import Testing

@testable import CityIndex

/// Four cities, three indicators (equal weights, min-max), three years, compared 2021 → 2023:
///
///     x  all years; P's 2023 value is flagged break          P break,  Q R S compared
///     y  2021 and 2023; Q has 2022 (carried into 2023, max_age 1), R nothing after 2021
///                                                            Q carried, R missing, P S compared
///     z  2022 and 2023 only                                  new for every city
///
/// Every compared indicator spans 0…100 over 2021 and 2023 together, so its scores are its raw
/// values. Ranked (each year on its own): 2021 R 100, P 45, S 35, Q 0 → R 1, P 2, S 3, Q 4;
/// 2023 S 86.67, Q 44.44, R 33.33, P 22.38 → S 1, Q 2, R 3, P 4.
@Suite struct LikeForLikeTests {
  let index = """
    id,parent,weight,direction,max_age
    sci,,,,
    x,sci,1,+,1
    y,sci,1,+,1
    z,sci,1,+,1
    """

  let data = """
    city,year,indicator,value,flag
    P,2021,x,50,
    Q,2021,x,0,
    R,2021,x,100,
    S,2021,x,20,
    P,2022,x,50,
    Q,2022,x,0,
    R,2022,x,100,
    S,2022,x,30,
    P,2023,x,10,break
    Q,2023,x,100,
    R,2023,x,0,
    S,2023,x,60,
    P,2021,y,40,
    Q,2021,y,0,
    R,2021,y,100,
    S,2021,y,50,
    Q,2022,y,30,
    P,2023,y,70,
    S,2023,y,100,
    P,2022,z,1,
    Q,2022,z,2,
    R,2022,z,3,
    S,2022,z,4,
    P,2023,z,10,
    Q,2023,z,20,
    R,2023,z,30,
    S,2023,z,40,
    """

  func comparison() throws -> LikeForLike {
    let definition = try definition(index)
    return try LikeForLike(definition, try dataset(data, for: definition), from: 2021, to: 2023, options: ScoringOptions())
  }

  @Test func everyIndicatorOfEveryCityHasItsStatus() throws {
    let change = try comparison()
    func statuses(_ city: String) -> [ComparisonStatus] { (0..<3).map { change.status(of: city, indicator: $0) } }
    #expect(statuses("P") == [.break, .compared, .new])
    #expect(statuses("Q") == [.compared, .carried, .new])
    #expect(statuses("R") == [.compared, .missing, .new])
    #expect(statuses("S") == [.compared, .compared, .new])
  }

  @Test func theChangeIsTheSumOfTheComparedIndicatorsContributions() throws {
    let change = try comparison()
    // S: x 20 → 60 and y 50 → 100, a third each: 13.333 + 16.667 = 30.
    let s = try #require(change.difference(of: "S"))
    #expect(close(s.total, 30, 1e-9) && close(s.coverage, 2.0 / 3))
    // P: y alone, 40 → 70: 10. Q: x alone, 0 → 100: 33.333. R: x alone, 100 → 0: −33.333.
    #expect(close(try #require(change.difference(of: "P")).total, 10, 1e-9))
    #expect(close(try #require(change.difference(of: "Q")).total, 100.0 / 3, 1e-9))
    #expect(close(try #require(change.difference(of: "R")).total, -100.0 / 3, 1e-9))
  }

  @Test func cityRowsCarryValuesYearsAndNoContributionUnlessCompared() throws {
    let q = try CityChange(city: "Q", in: try comparison())
    let byNode = Dictionary(uniqueKeysWithValues: q.rows.map { ($0.node, $0) })
    let y = try #require(byNode["y"])
    // Q's 2023 y is its 2022 value carried forward: shown with its year, no contribution.
    #expect(y.status == .carried && y.valueTo == 30 && y.valueYearTo == 2022 && y.contribution.isNaN)
    #expect(y.valueFrom == 0 && y.valueYearFrom == 2021)
    let x = try #require(byNode["x"])
    #expect(x.status == .compared && close(x.contribution, 100.0 / 3, 1e-9) && close(x.multiplier, 1.0 / 3))
    #expect(byNode["z"]?.status == .new && byNode["z"]?.valueFrom.isNaN == true)
    #expect(close(q.change, 100.0 / 3, 1e-9))
    #expect((q.rankFrom, q.rankTo) == (4, 2))
    #expect(close(q.rankedScoreTo, 400.0 / 9, 1e-9))
    #expect(q.notCompared.map(\.node) == ["y", "z"] && q.compared.map(\.node) == ["x"])
  }

  @Test func rankChangesSplitIntoOwnComparableOwnNotComparableCompositionAndOthers() throws {
    let change = try comparison()
    // R 1 → 3. With its x at 2021's 100, 2023 ranks it 2nd (83.33 behind S 85.19): −1 from its own
    // comparable change. With its y back at 100 too, 1st (88.89): −1 from its value missing in
    // 2023. Without z it stays 1st (100): nothing from composition or the others.
    let r = try CityChange(city: "R", in: change)
    #expect(r.rankParts == CityChange.RankParts(ownComparable: -1, ownNotComparable: -1, composition: 0, others: 0))
    #expect(r.rankParts?.isMostlyNotComparable == false)  // half, not more
    // Q 4 → 2: its x 0 → 100 gains 2; its carried y held at 2021's 0 changes nothing; without z
    // Q (0) ties R (x 0 alone) for 3rd: −1 from z, +1 from the others.
    let q = try CityChange(city: "Q", in: change)
    #expect(q.rankParts == CityChange.RankParts(ownComparable: 2, ownNotComparable: 0, composition: -1, others: 1))
    // S 3 → 1: its values as in 2021 would still rank first in 2023 (56.67); without z, 3rd
    // (35 behind P 55 and Q 50): both places come from the indicator that entered.
    let s = try CityChange(city: "S", in: change)
    #expect(s.rankParts == CityChange.RankParts(ownComparable: 0, ownNotComparable: 0, composition: 2, others: 0))
    #expect(s.rankParts?.isMostlyNotComparable == true)
  }

  @Test func aCityNotScoredInAYearIsAnError() throws {
    let change = try comparison()
    #expect(throws: InputErrors.self) { try CityChange(city: "Nowhere", in: change) }
  }
}
