import Foundation
import Testing

@testable import CityIndex

/// Every parallel path at once, many times, for ThreadSanitizer (`make sanitize`): the chunked
/// loader on many small chunks (odd sizes), the scorer above its parallel thresholds, the
/// Monte Carlo on odd thread counts — each checked against its sequential result, so that a race
/// shows as a wrong number even without the sanitizer.
@Suite struct ConcurrencyStressTests {
  /// 3,000 cities × 80 indicators × 2 years: 240,000 values a year, above both thresholds.
  static let indicators = 80
  static let cities = 3_000

  static let definitionText: String = {
    var text = "id,parent,direction\nsci,,\n"
    for area in 0..<8 { text += "g\(area),sci,\n" }
    for i in 0..<indicators { text += "x\(i),g\(i % 8),\(i % 5 == 0 ? "-" : "+")\n" }
    return text
  }()

  var definition: IndexDefinition { get throws { try CityIndexTests.definition(Self.definitionText) } }

  static let file: String = {
    var random = SplitMix64(seed: 5)
    var text = "city;year;indicator;value\n"
    for year in [2024, 2025] {
      for city in 0..<cities {
        for i in 0..<indicators where random.next() % 29 != 0 {  // a few gaps
          let value = Double(random.next() % 100_000) / 100
          text += "Stadt \(city);\(year);x\(i);\(String(value).replacingOccurrences(of: ".", with: ","))\n"
        }
      }
    }
    let folder = (try? TemporaryFolder())?.url.path ?? NSTemporaryDirectory()
    let path = "\(folder)/stress.csv"
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }()

  @Test(arguments: [997, 4099, 65_537])
  func theChunkedLoaderOnManySmallChunksEqualsTheSequentialOne(chunkSize: Int) throws {
    let sequential = try DatasetLoader.load(paths: [Self.file], definition: try definition, years: nil, chunking: nil).value
    let chunked = try DatasetLoader.load(paths: [Self.file], definition: try definition, years: nil, chunking: (0, chunkSize)).value
    #expect(chunked == sequential)
    #expect(sequential.cities.count == Self.cities)
  }

  @Test func theParallelScorerEqualsItselfRunAfterRun() throws {
    let data = try DatasetLoader.load(paths: [Self.file], definition: try definition).value
    var options = ScoringOptions(missing: .mean, scope: .panel)
    options.treatment = .winsorize
    let first = try Scorer.score(try definition, data, year: 2025, options: options)
    for _ in 0..<3 {
      let again = try Scorer.score(try definition, data, year: 2025, options: options)
      #expect(again.totals.elementsEqual(first.totals) { $0.bitPattern == $1.bitPattern })
    }
  }

  @Test(arguments: [1, 3, 5])
  func theMonteCarloGivesTheSameIntervalsOnOddThreadCounts(threads: Int) throws {
    let data = try DatasetLoader.load(paths: [Self.file], definition: try definition, years: [2025]).value
    let small = data.selectingIndicators((0..<24).map { "x\($0)" })
    let reduced = try definition.excluding((24..<Self.indicators).map { "x\($0)" })
    let one = try Sensitivity.run(reduced, small, year: 2025, options: ScoringOptions(), settings: .init(samples: 60, seed: 3, threads: 1))
    let many = try Sensitivity.run(reduced, small, year: 2025, options: ScoringOptions(), settings: .init(samples: 60, seed: 3, threads: threads))
    #expect(many.intervals == one.intervals)
  }
}
