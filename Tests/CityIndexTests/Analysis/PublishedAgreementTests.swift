import Testing

@testable import CityIndex

@Suite struct PublishedAgreementTests {
  /// Data for 2020 and 2021; the publication ranks 2020 (as this index does: ρ = 1), 2021
  /// (reversed: ρ = −1) and 2023 (no data: against 2021, the latest earlier year), and gives
  /// area `a`'s scores in 2021 only.
  @Test func everyPublishedYearAgainstTheLatestDataNotAfterIt() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,\nx,a,+\nb,sci,\ny,b,+\n")
    let data = "city,year,x,y\nA,2020,3,3\nB,2020,2,2\nC,2020,1,1\nA,2021,3,3\nB,2021,2,2\nC,2021,1,1\n"
    let dataset = try dataset(data, for: definition)
    let cards = try [2020, 2021].map { try Scorer.score(definition, dataset, year: $0) }
    var entries: [PublishedValues.Entry] = []
    for (city, ranks) in [("A", [1, 3, 2]), ("B", [2, 2, 1]), ("C", [3, 1, 3])] {
      for (year, rank) in zip([2020, 2021, 2023], ranks) {
        entries.append(.init(city: city, year: year, indicator: "rank", value: Double(rank)))
      }
    }
    // area a, 2021: C best, A worst — against this index's A, B, C: ρ = −1
    entries += [("A", 10.0), ("B", 20), ("C", 30)].map { .init(city: $0.0, year: 2021, indicator: "a", value: $0.1) }
    let agreement = PublishedAgreement(cards, with: PublishedValues(file: "p.csv", entries: entries))
    #expect(agreement.years.map(\.publishedYear) == [2020, 2021, 2023])
    #expect(agreement.years.map(\.dataYear) == [2020, 2021, 2021])
    #expect(agreement.years.map(\.isCarried) == [false, false, true])
    #expect(agreement.years[0].overall?.spearman == 1)
    #expect(agreement.years[1].overall?.spearman == -1)
    // 2023: published 2, 1, 3 against 1, 2, 3: d² = 1 + 1 + 0, ρ = 1 − 6 · 2 / (3 · 8) = 0.5
    #expect(agreement.years[2].overall?.spearman == 0.5)
    #expect(agreement.years[1].areas.map(\.id) == ["a"])
    #expect(agreement.years[1].areas.first?.benchmark.spearman == -1)
    #expect(agreement.years[0].areas.isEmpty)
    #expect(agreement.meanSpearman == (1 - 1 + 0.5) / 3)
  }
}
