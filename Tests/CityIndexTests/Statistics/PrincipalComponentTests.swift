import Testing

@testable import CityIndex

@Suite struct PrincipalComponentTests {
  @Test func equalCorrelationsLoadEveryVariableAlike() throws {
    // [[1, .5, .5], [.5, 1, .5], [.5, .5, 1]]: eigenvalues 2, 0.5, 0.5; PC1 = (1, 1, 1)/√3
    let pc = try #require(FirstComponent(correlations: [[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]]))
    #expect(abs(pc.explainedVariance - 2.0 / 3) < 1e-12)
    for loading in pc.loadings { #expect(abs(loading - 1 / 3.0.squareRoot()) < 1e-12) }
  }

  @Test func matchesNumPyOnAnUnevenMatrix() throws {
    // numpy.linalg.eigh([[1, .8, .3], [.8, 1, .4], [.3, .4, 1]]): largest eigenvalue 2.0369025376,
    // vector (0.6259795600, 0.6494786900, 0.4316561400)
    let pc = try #require(FirstComponent(correlations: [[1, 0.8, 0.3], [0.8, 1, 0.4], [0.3, 0.4, 1]]))
    #expect(abs(pc.explainedVariance - 2.0369025376191248 / 3) < 1e-12)
    for (got, want) in zip(pc.loadings, [0.62597956, 0.64947869, 0.43165614]) { #expect(abs(got - want) < 1e-8) }
    // as weights: the squared loadings, summing to 1
    let weights = pc.loadings.map { $0 * $0 }
    #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
    #expect(abs(weights[2] - 0.18632702) < 1e-8)
  }

  @Test func correlationsUseCompleteCasesAndUndefinedOnesGiveNoComponent() {
    // row 3 has a gap and is left out of every pair
    let r = completeCaseCorrelations([[1, 2, 3, 4], [2, 4, 6, .nan], [3, 1, 2, 9]])
    #expect(abs(r[0][1] - 1) < 1e-12)
    #expect(abs(r[0][2] - -0.5) < 1e-12)  // (1, 2, 3) vs (3, 1, 2)
    #expect(FirstComponent(correlations: [[1, .nan], [.nan, 1]]) == nil)
    #expect(abs(pearson([1, 2, 3], [2, 4, 7]) - 0.9933992677987828) < 1e-12)
  }
}
