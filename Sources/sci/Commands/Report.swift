import ArgumentParser
import CityIndex
import CityIndexReports
import Foundation


extension SCI {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the Markdown and HTML reports: an overview and one profile per city.",
      discussion: """
        Writes index.md, index.html, ranking.csv, ranking.xlsx, cities/<slug>.md|html|csv and \
        charts/*.svg|csv (with --png also charts/*.png) into --out, all at once: a failed run \
        leaves the previous reports untouched.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @Option(help: "Peer group on each profile: state, size, all (needs the cities file for state and size).")
    var peers: PeerKind = .state

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: ArgumentHelp("The folder to write (replaced as a whole).", valueName: "folder"))
    var out: String = "reports"

    @OptionGroup var languageOption: LanguageOption
    var lang: Language { languageOption.lang }

    @Option(help: "Title of the report. (default: the name of the index's root)")
    var title: String?

    @Option(help: ArgumentHelp("Show rank intervals from this many Monte Carlo samples (0: none).", valueName: "N"))
    var sensitivity: Int = 0

    @Option(help: "Weights vary by plus or minus this share in the Monte Carlo.")
    var uncertainty: Double = 0.25

    @Option(help: "Seed of the Monte Carlo.")
    var seed: UInt64 = 1

    @Flag(help: "Also write each overview chart as PNG beside its SVG (twice its size; needs rsvg-convert from librsvg).")
    var png = false

    @Flag(help: "Leave out the council briefs (briefs/<slug>): each re-scores a plan, so the report is written faster without.")
    var noBriefs = false

    @OptionGroup var benchmark: BenchmarkOptions

    @OptionGroup var publishedIndex: PublishedIndexOption

    @Option(
      help: ArgumentHelp(
        "Also show these two cities head to head on the overview (repeatable; the leader against the runner-up always is).",
        valueName: "A,B"))
    var versus: [String] = []

    /// `--with-index`, or Bitkom's definition beside Bitkom's published figures.
    var publishedIndexFile: String? { publishedIndex.file(with: benchmarkFile) }

    var benchmarkFile: String? { benchmark.file(input) }
    var benchmarkName: String { benchmark.name(input) }

    func validate() throws {
      guard sensitivity >= 0 else { throw ValidationError(.optionAtLeast("--sensitivity", 0)) }
      guard (0...1).contains(uncertainty) else { throw ValidationError(.optionBetweenZeroAndOne("--uncertainty", got: nil)) }
      guard !png || ChartImages.converter() != nil else { throw ValidationError(ChartImages.missing.text(DiagnosticPrinter.language)) }
    }

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let (definition, dataset, options) = (loaded.value.definition, loaded.value.dataset, loaded.value.options)
      let pairs = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> [(String, String)] in
        var pairs: [(String, String)] = []
        for pair in versus {
          let names = pair.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
          guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
            throw InputErrors([.error(.versusPair(pair))])
          }
          pairs.append((try CityMatching.find(names[0], in: dataset.cities), try CityMatching.find(names[1], in: dataset.cities)))
        }
        return pairs
      }
      let cards = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        var cards: [Scorecard] = []
        for year in dataset.years { cards.append(try Scorer.score(definition, dataset, year: year, options: options)) }
        return cards
      }
      let year = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in try Scorer.resolveYear(self.year, definition, dataset, options: options) }
      DiagnosticPrinter.print(loaded.warnings + (cards.first { $0.year == year }?.warnings ?? []))
      let table = loaded.value.cities
      let monteCarlo = try reportingInputErrors { () throws(InputErrors) -> CityIndex.Sensitivity.Result? in
        guard sensitivity > 0 else { return nil }
        return try CityIndex.Sensitivity.run(
          definition, dataset, year: year, options: options,
          settings: .init(samples: sensitivity, seed: seed, uncertainty: uncertainty, firstOrder: false))
      }
      let published = try reportingInputErrors { () throws(InputErrors) -> PublishedValues? in
        let loaded = try benchmark.load(input)
        DiagnosticPrinter.print(loaded?.warnings ?? [])
        return loaded?.value
      }
      let publishedDefinition = try reportingInputErrors { () throws(InputErrors) -> IndexDefinition? in
        published == nil ? nil : try publishedIndex.load(with: benchmarkFile)
      }
      let provenance = Provenance(
        commandLine: commandLine(year: year), inputs: try checksums() + (table == nil ? [] : try input.cityOptions.paths.flatMap(checksum)),
        madeOn: Self.today())
      guard
        var report = ReportBuilder.build(
          definition: definition, dataset: dataset, scorecards: cards, year: year, language: lang, title: title,
          provenance: provenance, peers: table.map { (peers, $0) }, sensitivity: monteCarlo,
          published: published.map { ($0, benchmarkName) }, dropped: loaded.value.dropped, changeScope: scoring.changeScope,
          cities: table, publishedIndex: publishedDefinition, versus: pairs, briefs: !noBriefs)
      else { throw ExitCode(1) }
      report.overview.chartImages = png
      do {
        let workbook = RankingWorkbook.report(report)
        try ReportFolder.write(ReportFiles.render(report), to: out) { folder throws(WriteError) in
          try WorkbookFile.writeInPlace(workbook, to: folder + "/" + ReportFiles.workbook)
          if png { try ChartImages.convert(ReportFiles.chartImages(report), in: folder) }
        }
      } catch {
        let kept = error.path != out && FileManager.default.fileExists(atPath: out)
        DiagnosticPrinter.print([.error(kept ? .reportKept(error.problem, folder: out) : error.problem, at: SourceLocation(file: error.path))])
        throw ExitCode(1)
      }
      writeOutput(CommandLines(language: lang).reportWritten(out, workbook: ReportFiles.workbook, profiles: report.profiles.count) + "\n")
    }

    /// Today as `yyyy-mm-dd` (UTC), or `SOURCE_DATE_EPOCH`'s day when it is set
    /// (reproducible-builds.org), so that the same inputs give the same bytes.
    static func today() -> String {
      let environment = ProcessInfo.processInfo.environment
      let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
      let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
      func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
      return "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day))"
    }

    /// Every option spelled out, so that the line reproduces the report whatever the defaults
    /// become: the input and scoring options as their own groups give them, then the report's.
    func commandLine(year: Int) -> String {
      var parts = ["sci", "report"] + input.arguments + scoring.arguments
      parts += ["--year", String(year), "--lang", lang.rawValue, "--out", out, "--peers", peers.rawValue]
      if sensitivity > 0 {
        parts += ["--sensitivity", String(sensitivity), "--uncertainty", String(uncertainty), "--seed", String(seed)]
      }
      if let title { parts += ["--title", title] }
      if png { parts.append("--png") }
      if noBriefs { parts.append("--no-briefs") }
      if let file = benchmarkFile { parts += ["--with", file, "--with-name", benchmarkName] } else { parts += ["--with", "none"] }
      if let index = publishedIndexFile { parts += ["--with-index", index] }
      for pair in versus { parts += ["--versus", pair] }
      return parts.map(shellQuoted).joined(separator: " ")
    }

    func checksums() throws -> [InputFile] {
      try ([ShippedFiles.resolve(input.index)] + input.dataFiles + [benchmarkFile, publishedIndexFile].compactMap { $0 }).flatMap(checksum)
    }

    func checksum(_ path: String) throws -> [InputFile] {
      [InputFile(path: path, sha256: SHA256.hex(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))]
    }
  }
}

/// `it's` → `'it'\''s'`; plain words stay as they are.
func shellQuoted(_ word: String) -> String {
  let safe = word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./=:,".unicodeScalars.contains($0) }
  return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
