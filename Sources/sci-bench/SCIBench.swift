import ArgumentParser
import CityIndex
import CityIndexReports
import Foundation

/// Release-mode benchmarks: generate data of a given size, time each stage of the pipeline.
@main
struct SCIBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sci-bench",
    abstract: "Generate benchmark data and time each stage of the pipeline (build with -c release).",
    subcommands: [Generate.self, Run.self])
}

extension SCIBench {
  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a Bitkom-shaped index (5 areas, 35 sub-areas) and long city data, seeded.")

    @Option var cities = 10_000
    @Option var indicators = 140
    @Option var years = 5
    @Option var seed: UInt64 = 1
    @Option(help: "Folder to write index.csv and data.csv into.") var out = "/tmp/sci-bench"

    func run() throws {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      var index = "id,name,parent,weight,direction\nidx,Index,,,\n"
      var leaves: [String] = []
      for a in 0..<5 {
        index += "a\(a),Area \(a),idx,1,\n"
        for s in 0..<7 {
          index += "a\(a)s\(s),Sub-area \(a).\(s),a\(a),\(1 + s % 3),\n"
          // Indicators spread over the 35 sub-areas as evenly as the count allows.
          let sub = a * 7 + s
          let count = indicators / 35 + (sub < indicators % 35 ? 1 : 0)
          for i in 0..<count {
            let id = "a\(a)s\(s)i\(i)"
            leaves.append(id)
            index += "\(id),Indicator \(id),a\(a)s\(s),\(1 + i % 2),\(i % 5 == 4 ? "-" : "+")\n"
          }
        }
      }
      try index.write(toFile: "\(out)/index.csv", atomically: true, encoding: .utf8)
      guard let handle = FileHandle(forWritingAtPath: "\(out)/data.csv") ?? {
        _ = FileManager.default.createFile(atPath: "\(out)/data.csv", contents: nil)
        return FileHandle(forWritingAtPath: "\(out)/data.csv")
      }() else { throw ValidationError("cannot write \(out)/data.csv") }
      defer { try? handle.close() }
      try handle.truncate(atOffset: 0)
      handle.write(Data("city,year,indicator,value\n".utf8))
      var random = SplitMix64(seed: seed)
      var buffer = ""
      buffer.reserveCapacity(1 << 22)
      for year in (2026 - years)...2025 {
        for city in 0..<cities {
          let name = "Gemeinde \(city)"
          for leaf in leaves {
            let value = (random.nextDouble() * 1_000_000).rounded() / 1000
            buffer += "\(name),\(year),\(leaf),\(value)\n"
          }
          if buffer.utf8.count > 1 << 22 {
            handle.write(Data(buffer.utf8))
            buffer.removeAll(keepingCapacity: true)
          }
        }
      }
      handle.write(Data(buffer.utf8))
      print("\(out)/index.csv: \(leaves.count) indicators; \(out)/data.csv: \(cities) cities × \(years) years")
    }
  }

  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Time each stage (median of --repeat runs): parse+validate, score, rank output, report.")

    @Option var index = "/tmp/sci-bench/index.csv"
    @Option var data = "/tmp/sci-bench/data.csv"
    @Option(help: "Score this year (default: the latest); only its rows are parsed.") var year: Int?
    @Option(help: "A cities file (population for the denominators, names); none by default.") var cities: String?
    @Option var repeats = 3
    @Flag(help: "Also time the report (profiles for every city: slow for thousands of cities).") var report = false

    func run() throws {
      let size = ((try? FileManager.default.attributesOfItem(atPath: data))?[.size] as? Int) ?? 0
      var timings: [String: [Double]] = [:]
      func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = try clock.measure { result = try work() }
        timings[stage, default: []].append(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
        return result!
      }
      var rows = 0
      for _ in 0..<max(1, repeats) {
        // The library's pipeline, as every command runs it (its definition read once more, a
        // few milliseconds); `load definition` alone for the breakdown.
        _ = try time("load definition") { try DefinitionLoader.load(path: index).value }
        let inputs = try time("parse + validate data") { () throws -> IndexInputs in
          var request = InputRequest(index: index, data: [data], cities: cities.map { [$0] } ?? [])
          request.noCities = cities == nil
          request.onlyYear = year
          return try InputPipeline.load(request).value
        }
        let (definition, dataset) = (inputs.definition, inputs.dataset)
        rows = dataset.years.reduce(0) { $0 + dataset.participants(in: $1).count } * definition.leaves.count
        let card = try time("score (normalise, aggregate, rank)") { try Scorer.score(definition, dataset, year: year) }
        _ = time("render ranking CSV") { RankingTable(card).csv() }
        if report {
          _ = time("build + render report") {
            ReportBuilder.build(
              definition: definition, dataset: dataset, scorecards: [card], year: card.year, language: .en,
              provenance: Provenance(commandLine: "", inputs: [])
            ).map(ReportFiles.render)
          }
        }
      }
      let order = ["load definition", "parse + validate data", "score (normalise, aggregate, rank)", "render ranking CSV", "build + render report"]
      print("\(data): \(size / 1_000_000) MB, \(rows) values loaded, median of \(max(1, repeats))")
      var total = 0.0
      for stage in order {
        guard let values = timings[stage] else { continue }
        let median = values.sorted()[values.count / 2]
        total += median
        var line = "  \(stage.padding(toLength: 36, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", median)) s"
        if stage.hasPrefix("parse") { line += String(format: "   %6.0f MB/s", Double(size) / 1e6 / median) }
        print(line)
      }
      print(String(format: "  %@ %8.3f s   %6.2f M values/s", "total".padding(toLength: 36, withPad: " ", startingAt: 0), total, Double(rows) / 1e6 / total))
    }
  }
}
