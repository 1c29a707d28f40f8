import Foundation
import Testing

@testable import CityIndex

/// External validation of the whole pipeline against COINr's ASEM example **from raw data**
/// (COINr 0.6 `build_ASEM()`): denominators (GDP, population, area, energy) → imputation by the
/// mean of the country's `EurAsia_group` → winsorisation (COINr's default `winmax`, 10 % of 51
/// units rounded up = 6, falling back to a log transform) → min-max 0–100 → arithmetic means.
/// Every stage COINr stored is compared to 1e-6, the ranks exactly.
///
/// Fixtures/asem/ is converted by `convert.py` from ../shared/validation/asem/ (COINr, MIT).
@Suite struct ASEMFromRawValidationTests {
  let tolerance = 1e-6

  var options: ScoringOptions {
    var options = ScoringOptions(missing: .groupMean, minCoverage: 0)
    options.groups = CityGroups((try? cities()) ?? CityTable(cities: [], columns: [], rows: []), column: "EurAsia_group")
    options.treatment = .winsorize
    options.winsorizeLimit = 6
    return options
  }

  func cities() throws -> CityTable { try CityTableLoader.load(path: fixture("asem/asem-cities.csv")).value }

  func denominated() throws -> (IndexDefinition, Dataset) {
    let definition = try DefinitionLoader.load(path: fixture("asem/asem-raw-index.csv")).value
    let raw = try DatasetLoader.load(paths: [fixture("asem/asem-raw.csv")], definition: definition).value
    let dataset = try Denomination.apply(definition, raw, cities: try cities(), citiesFile: "asem-cities.csv").value
    return (definition, dataset)
  }

  /// `stage`'s expected values: city → indicator → value (`NaN` when missing).
  func expected(_ file: String) throws -> [String: [String: Double]] {
    let lines = try String(contentsOfFile: fixture("asem/\(file)"), encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    var result: [String: [String: Double]] = [:]
    for line in lines.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      for (column, id) in header.enumerated().dropFirst() {
        result[fields[0], default: [:]][id] = fields[column].isEmpty ? .nan : try #require(Double(fields[column]))
      }
    }
    return result
  }

  /// Compares cities × indicators with a stage; returns how many values were compared.
  func compare(_ values: Matrix, cities: [String], indicators: [String], with file: String) throws -> Int {
    let want = try expected(file)
    var compared = 0
    for (row, city) in cities.enumerated() {
      let wanted = try #require(want[city], "\(city) in \(file)")
      for (column, id) in indicators.enumerated() {
        let (got, expected) = (values[row, column], try #require(wanted[id]))
        if expected.isNaN {
          #expect(got.isNaN, "\(file): \(city) \(id) should be missing, got \(got)")
        } else {
          #expect(abs(got - expected) <= tolerance, "\(file): \(city) \(id): \(got) vs \(expected)")
        }
        compared += 1
      }
    }
    return compared
  }

  @Test func denominatorsDivideEveryIndicatorThatNamesOne() throws {
    let definition = try DefinitionLoader.load(path: fixture("asem/asem-raw-index.csv")).value
    let raw = try DatasetLoader.load(paths: [fixture("asem/asem-raw.csv")], definition: definition).value
    let loaded = try Denomination.apply(definition, raw, cities: try cities(), citiesFile: "asem-cities.csv")
    #expect(loaded.warnings.map(\.message) == [
      "asem-cities.csv gives no usable Energy for LAO in 2018, so its value of 'Elec' counts as missing",
      "asem-cities.csv gives no usable Energy for LAO in 2018, so its value of 'Gas' counts as missing",
    ])
    let dataset = loaded.value
    #expect(definition.indicators.filter { $0.denominator != nil }.count == 17)
    let values = try #require(dataset.values(for: 2018))
    let compared = try compare(values, cities: dataset.cities, indicators: dataset.indicators, with: "asem-denominated.csv")
    #expect(compared == 51 * 49)
  }

  @Test func groupMeanImputationFillsFromTheCountrysGroup() throws {
    let (_, dataset) = try denominated()
    var untreated = options
    untreated.treatment = .none
    let prepared = Scorer.prepare(dataset, year: 2018, options: untreated, maxAges: [])
    #expect(prepared.rows.count == 51)
    // the 63 gaps of the raw data, and Laos's Elec and Gas: it has no energy figure to divide by
    #expect(prepared.imputed.count == 65)
    let compared = try compare(
      prepared.values, cities: prepared.rows.map { dataset.cities[$0] }, indicators: dataset.indicators,
      with: "asem-imputed.csv")
    #expect(compared == 51 * 49)
  }

  @Test func winsorisationTreatsTheSameIndicatorsAndPointsAsCOINr() throws {
    let (_, dataset) = try denominated()
    let prepared = Scorer.prepare(dataset, year: 2018, options: options, maxAges: [])
    _ = try compare(
      prepared.values, cities: prepared.rows.map { dataset.cities[$0] }, indicators: dataset.indicators,
      with: "asem-treated-from-raw.csv")
    let lines = try String(contentsOfFile: fixture("asem/asem-treatment.csv"), encoding: .utf8).split(separator: "\n")
    var summaries: [String: (low: Int, high: Int, steps: Int?)] = [:]
    for line in lines.dropFirst() {
      let f = line.split(separator: ",").map(String.init)
      let steps = f[3].hasPrefix("Winsorised") ? Int(f[3].split(separator: " ")[1]) : nil
      summaries[f[0]] = (try #require(Int(f[1])), try #require(Int(f[2])), steps)
    }
    #expect(prepared.treatments.count == 49)
    for treatment in prepared.treatments {
      let want = try #require(summaries[treatment.indicator])
      switch treatment.outcome {
      case .passed:
        #expect(want.steps == nil && want.low == 0 && want.high == 0, "\(treatment.indicator) passed")
      case .winsorized(let steps, let high, let low):
        #expect(steps == want.steps && high == want.high && low == want.low, "\(treatment.indicator): \(treatment.outcome)")
        #expect(treatment.changed.count == high + low)
      case .logTransformed:
        Issue.record("\(treatment.indicator) was log-transformed; COINr winsorised it")
      }
    }
    #expect(prepared.treatments.filter { $0.outcome != .passed }.count == 15)
  }

  @Test func normalisedAggregatedAndRanksMatchEveryStage() throws {
    let (definition, dataset) = try denominated()
    let card = try Scorer.score(definition, dataset, options: options)
    #expect(card.cities.count == 51)
    let leaves = definition.leaves
    var normalised = Matrix(rows: card.cities.count, columns: leaves.count)
    for row in 0..<card.cities.count {
      for (column, leaf) in leaves.enumerated() { normalised[row, column] = card.scores[row, leaf] }
    }
    #expect(try compare(normalised, cities: card.cities, indicators: definition.indicators.map(\.id), with: "asem-normalised.csv") == 51 * 49)
    let groups = definition.groupsBottomUp
    var aggregated = Matrix(rows: card.cities.count, columns: groups.count)
    for row in 0..<card.cities.count {
      for (column, group) in groups.enumerated() { aggregated[row, column] = card.scores[row, group] }
    }
    #expect(
      try compare(aggregated, cities: card.cities, indicators: groups.map { definition.nodes[$0].id }, with: "asem-aggregated.csv")
        == 51 * 11)
    let ranks = try expected("asem-ranks.csv")
    for (row, city) in card.cities.enumerated() {
      #expect(card.ranks[row].map(Double.init) == ranks[city]?["Index"], "\(city) rank")
    }
  }
}
