import Testing

@testable import CityIndex

@Suite struct RankingTests {
  @Test(arguments: [
    ([90.0, 80, 70], [1, 2, 3]),  // distinct, highest first
    ([70, 90, 80], [3, 1, 2]),  // input order is kept
    ([90, 80, 80, 70], [1, 2, 2, 4]),  // ties share the lower rank number
    ([90, 80 + 1e-12, 80, 70], [1, 2, 2, 4]),  // equal within 1e-9
    ([90, 80 + 1e-6, 80, 70], [1, 2, 3, 4]),  // 1e-6 apart is not a tie
    ([5, 5, 5], [1, 1, 1]),
  ] as [([Double], [Int])])
  func rankNumbers(scores: [Double], expected: [Int]) {
    #expect(competitionRanks(scores) == expected)
  }

  @Test func missingScoresGetNoRank() {
    #expect(competitionRanks([10, .nan, 20]) == [2, nil, 1])
  }
}
