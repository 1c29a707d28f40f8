import Testing

@testable import CityIndex

@Suite struct BenefitOfTheDoubtTests {
  /// Four cities, two indicators (min-max): Z (0, 0), A (1, 0), B (0.2, 1), C (0.5, 0.5) as
  /// scores ÷ 100. Constraints: A w₁ ≤ 1, B 0.2w₁ + w₂ ≤ 1, C 0.5w₁ + 0.5w₂ ≤ 1.
  /// A: w₁ = 1 → 100. B: 0.2w₁ + w₂ ≤ 1 is its own row → 100. C: w₁ ≤ 1 and w₂ ≤ 1 − 0.2w₁ meet at
  /// (1, 0.8): 0.5 · 1.8 = 0.9 → 90, shares 0.5/0.9 and 0.4/0.9. Z: 0.
  func card() throws -> Scorecard {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let data = "city,year,x,y\nZ,2023,0,0\nA,2023,5,0\nB,2023,1,5\nC,2023,2.5,2.5\n"
    return try Scorer.score(definition, try dataset(data, for: definition))
  }

  @Test func eachCityWithItsMostFavourableWeights() throws {
    let bod = try BenefitOfTheDoubt(try card())
    let byCity = Dictionary(uniqueKeysWithValues: bod.cities.map { ($0.city, $0) })
    #expect(abs((byCity["A"]?.score ?? .nan) - 100) < 1e-9 && abs((byCity["B"]?.score ?? .nan) - 100) < 1e-9)
    #expect(abs((byCity["C"]?.score ?? .nan) - 90) < 1e-9)
    #expect(byCity["Z"]?.score == 0)
    let c = try #require(byCity["C"])
    #expect(abs(c.shares[0] - 0.5 / 0.9) < 1e-9 && abs(c.shares[1] - 0.4 / 0.9) < 1e-9)
    #expect(bod.cities.map(\.city) == ["A", "B", "C", "Z"] && bod.cities.map(\.rank) == [1, 1, 3, 4])
    // Equal weights give A 0.5, B 0.6, C 0.5, Z 0: relative to B, 83.3, 100, 83.3, 0 — and no
    // city's benefit-of-the-doubt score is below it.
    #expect(abs(c.definitionRelative - 0.5 / 0.6 * 100) < 1e-9)
    for city in bod.cities { #expect(city.score >= city.definitionRelative - 1e-9, "\(city.city)") }
  }

  /// Shares bounded to 0.3–0.7 of the city's own score: A has no y, so no admissible weights give
  /// it more than 0. B must give x at least 0.3 of its score: 0.2w₁ ≥ 0.3(0.2w₁ + w₂), so
  /// w₂ ≤ (0.14/0.3) w₁, and A's row keeps w₁ ≤ 1: 0.2 + 7/15 = 2/3 → 66.67. C's free optimum
  /// (shares 0.56 and 0.44) already lies inside: still 90, now first.
  @Test func shareBoundsAsCompindsConstrainedVersion() throws {
    let bod = try BenefitOfTheDoubt(try card(), bounds: .init(lower: 0.3, upper: 0.7))
    let byCity = Dictionary(uniqueKeysWithValues: bod.cities.map { ($0.city, $0) })
    #expect(abs((byCity["B"]?.score ?? .nan) - 200.0 / 3) < 1e-9)
    #expect(abs((byCity["C"]?.score ?? .nan) - 90) < 1e-9)
    #expect(abs(byCity["A"]?.score ?? .nan) < 1e-9)
    #expect(bod.cities.first?.city == "C")
    let b = try #require(byCity["B"])
    #expect(abs(b.shares[0] - 0.3) < 1e-9 && abs(b.shares[1] - 0.7) < 1e-9)
  }

  @Test func boundsThatAdmitNoWeightsAreAnError() throws {
    let card = try card()
    for (lower, upper) in [(0.6, 0.9), (0.2, 0.4), (0.5, 0.3), (-0.1, 0.8)] {
      #expect(throws: InputErrors.self) { try BenefitOfTheDoubt(card, bounds: .init(lower: lower, upper: upper)) }
    }
  }

  /// The programme starts with the best city of each indicator and takes in the constraints its
  /// weights break: here the binding one is a city best at nothing. Scores ÷ 100: A (1, 0),
  /// B (0, 1), C (0.8, 0.8), D (0.7, 0.7), E (0, 0). Starting rows A and B (w₁ ≤ 1, w₂ ≤ 1) let C
  /// reach 1.6 at (1, 1), which breaks C's own row: with it, C scores 1 → 100. D: 0.7(w₁ + w₂)
  /// under 0.8(w₁ + w₂) ≤ 1 → 0.875 → 87.5. A and B: 100 (w₁ = 1, w₂ = 0.25 within C's row).
  /// Solved from the full programme by scipy's HiGHS: 100, 100, 100, 87.5, 0.
  @Test func constraintsBestAtNothingAreTakenInWhenTheyBind() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let data = "city,year,x,y\nA,2023,10,0\nB,2023,0,10\nC,2023,8,8\nD,2023,7,7\nE,2023,0,0\n"
    let bod = try BenefitOfTheDoubt(try Scorer.score(definition, try dataset(data, for: definition)))
    let scores = Dictionary(uniqueKeysWithValues: bod.cities.map { ($0.city, $0.score) })
    for (city, want) in [("A", 100.0), ("B", 100), ("C", 100), ("D", 87.5), ("E", 0)] {
      #expect(abs((scores[city] ?? .nan) - want) < 1e-9, "\(city)")
    }
    // Whatever order the cities are solved in, the same scores: D first, then C.
    let reordered = "city,year,x,y\nD,2023,7,7\nC,2023,8,8\nE,2023,0,0\nB,2023,0,10\nA,2023,10,0\n"
    let again = try BenefitOfTheDoubt(try Scorer.score(definition, try dataset(reordered, for: definition)))
    #expect(again.cities.map(\.score) == bod.cities.map(\.score))
  }
}
