import Foundation
import Testing

@testable import CityIndex

/// Every parallel path at once, many times, for ThreadSanitizer (`make sanitize`): the chunked
/// loader on many small chunks (odd sizes), the scorer above its parallel thresholds, the
/// Monte Carlo on odd thread counts — each checked against its sequential result, so that a race
/// shows as a wrong number even without the sanitizer.
@Suite struct ConcurrencyStressTests {
  /// 3,000 cities × 80 indicators in one year: 240,000 values, above the normalisation's
  /// parallel threshold (the chunked loader splits by bytes, so one year is as good as two).
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
    for year in [2025] {
      for city in 0..<cities {
        for i in 0..<indicators where random.next() % 29 != 0 {  // a few gaps
          let hundredths = random.next() % 100_000  // a German decimal with two places: 123,45
          let cents = hundredths % 100
          text += "Stadt \(city);\(year);x\(i);\(hundredths / 100),\(cents < 10 ? "0" : "")\(cents)\n"
        }
      }
    }
    let folder = (try? TemporaryFolder())?.url.path ?? NSTemporaryDirectory()
    let path = "\(folder)/stress.csv"
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }()

  /// The file loaded sequentially, once for every test (each load costs seconds under
  /// ThreadSanitizer; the tests compare against it and score it).
  static let loaded: Result<Dataset, any Error> = Result {
    try DatasetLoader.load(paths: [file], definition: try CityIndexTests.definition(definitionText), years: nil, chunking: nil).value
  }

  @Test(arguments: [997, 4099, 65_537])
  func theChunkedLoaderOnManySmallChunksEqualsTheSequentialOne(chunkSize: Int) throws {
    let sequential = try Self.loaded.get()
    let chunked = try DatasetLoader.load(paths: [Self.file], definition: try definition, years: nil, chunking: (0, chunkSize)).value
    #expect(chunked == sequential)
    #expect(sequential.cities.count == Self.cities)
  }

  @Test func theParallelScorerEqualsItselfRunAfterRun() throws {
    let data = try Self.loaded.get()
    var options = ScoringOptions(missing: .mean, scope: .panel)
    options.treatment = .winsorize
    let first = try Scorer.score(try definition, data, year: 2025, options: options)
    for _ in 0..<3 {
      let again = try Scorer.score(try definition, data, year: 2025, options: options)
      #expect(again.totals.elementsEqual(first.totals) { $0.bitPattern == $1.bitPattern })
    }
  }

  /// 24 of the indicators, for the Monte Carlo, and its intervals on one thread.
  static let sampled: Result<(IndexDefinition, Dataset, [Sensitivity.RankInterval]), any Error> = Result {
    let small = try loaded.get().selectingIndicators((0..<24).map { "x\($0)" })
    let reduced = try CityIndexTests.definition(definitionText).excluding((24..<indicators).map { "x\($0)" })
    let one = try Sensitivity.run(reduced, small, year: 2025, options: ScoringOptions(), settings: .init(samples: 30, seed: 3, threads: 1))
    return (reduced, small, one.intervals)
  }

  @Test(arguments: [3, 5])
  func theMonteCarloGivesTheSameIntervalsOnOddThreadCounts(threads: Int) throws {
    let (reduced, small, one) = try Self.sampled.get()
    let many = try Sensitivity.run(reduced, small, year: 2025, options: ScoringOptions(), settings: .init(samples: 30, seed: 3, threads: threads))
    #expect(many.intervals == one)
  }
}
