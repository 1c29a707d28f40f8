import Testing

@testable import CityIndex

@Suite struct SimulatorTests {
  let index = """
    id,parent,direction,min,max,sim_kind,sim_low,sim_high,sim_trend
    sci,,,,,,,,
    area,sci,,,,,,,
    share,area,+,0,100,share,10,90,5
    rate,area,+,,,rate,0,3,0.2
    steps,area,+,0,4,steps,0,4,0.5
    flag,area,+,0,1,binary,0.2,0.8,0.1
    """
  let cities: [(name: String, population: Double)] = (1...40).map { ("City \($0)", Double(100_000 * $0)) }

  func simulate(seed: UInt64, missingRate: Double = 0.015) throws -> Dataset {
    try Simulator(definition: definition(index), cities: cities, years: 2021...2025, seed: seed, missingRate: missingRate).dataset()
  }

  @Test func theSameSeedGivesTheSameValues() throws {
    #expect(try simulate(seed: 7) == simulate(seed: 7))
    #expect(try simulate(seed: 7) != simulate(seed: 8))
  }

  @Test func valuesStayWithinTheirBoundsAndPrecision() throws {
    let data = try simulate(seed: 1, missingRate: 0)
    for year in data.years {
      let values = try #require(data.values(for: year))
      for city in 0..<values.rows {
        let (share, rate, steps, flag) = (values[city, 0], values[city, 1], values[city, 2], values[city, 3])
        #expect((0...100).contains(share) && (share * 10).rounded() == share * 10)
        #expect(rate >= 0 && abs(rate * 100 - (rate * 100).rounded()) < 1e-6)
        #expect((0...4).contains(steps) && steps == steps.rounded())
        #expect(flag == 0 || flag == 1)
      }
    }
  }

  @Test func anAdoptedFeatureIsNeverDropped() throws {
    let data = try simulate(seed: 3, missingRate: 0)
    for city in 0..<data.cities.count {
      let flags = data.years.compactMap { data.values(for: $0)?[city, 3] }
      #expect(flags == flags.sorted(), "\(data.cities[city]): \(flags)")
    }
  }

  @Test func citiesDriftSoRanksChangeBetweenYears() throws {
    let definition = try definition(index)
    let data = try simulate(seed: 2023)
    let first = try Scorer.score(definition, data, year: 2021)
    let last = try Scorer.score(definition, data, year: 2025)
    #expect(first.ranks != last.ranks)
  }

  @Test func leavesSomeValuesMissingAtTheRequestedRate() throws {
    let data = try simulate(seed: 5, missingRate: 0.1)
    let values = data.years.flatMap { data.values(for: $0)?.values ?? [] }
    let missing = Double(values.filter(\.isNaN).count) / Double(values.count)
    #expect(missing > 0.05 && missing < 0.15)
  }

  @Test func namesIndicatorsWithoutSimulationColumns() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,+\n")
    let found = diagnostics { _ = try Simulator(definition: definition, cities: cities, years: 2021...2022, seed: 1) }
    #expect(found.map(\.message) == [
      "indicator 'a' needs sim_kind (share, rate, points, steps, count, binary), sim_low and sim_high (low <= high) to be simulated"
    ])
  }

  @Test func splitMix64IsTheReferenceSequence() {
    // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
  }
}
