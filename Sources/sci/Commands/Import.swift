import ArgumentParser
import CityIndex
import CityIndexReports
import Foundation

extension SCI {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert exports of official statistics (GENESIS flat-file CSV) into the engine's long data format.",
      discussion: """
        Reads the "Flatfile CSV" exports of GENESIS-Online, regionalstatistik.de and the Zensus \
        2022 database and writes city,year,indicator,value,flag,source. The region variable's \
        keys (Kreis, Gemeinde: AGS or ARS) find their cities through the cities file's ags \
        column; other regions are skipped and counted. The indicator id is the lowercased value \
        variable code with the attribute codes of further variables (bevstd_gesw); --map \
        BEVSTD=population renames it. The symbol - is 0; . ... x / are missing and counted; \
        value_q codes p, r, s become the flags provisional, revised, estimated. A summary per \
        file goes to stderr. Then: sci rank --data FILE.
        """)

    @Argument(help: ArgumentHelp("GENESIS flat-file CSV exports.", valueName: "export"))
    var files: [String]

    @OptionGroup var cityOptions: CityOptions
    @OptionGroup var languageOption: LanguageOption

    @Option(
      help: ArgumentHelp(
        "Name an indicator: CODE=id, CODE a value variable code (BEVSTD) or a generated id (bevstd_gesw); repeatable.",
        valueName: "CODE=id"))
    var map: [String] = []

    @Flag(help: "List each export's variables (indicator id, code, label, unit, cities matched, years) instead of converting.")
    var list = false

    @Option(
      help: ArgumentHelp(
        "Write the long CSV to this file (replaced as a whole, never half-written) instead of standard output.",
        valueName: "file"))
    var output: String?

    func validate() throws {
      for entry in map where entry.split(separator: "=", omittingEmptySubsequences: false).count != 2 || entry.hasPrefix("=") || entry.hasSuffix("=") {
        throw ValidationError(.badMap(entry))
      }
    }

    func run() throws {
      let mapping = Dictionary(
        map.map { entry in
          let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
          return (parts[0], parts[1])
        }, uniquingKeysWith: { _, last in last })
      let cities = try reportingInputErrors { () throws(InputErrors) -> Loaded<CityTable> in
        let paths = cityOptions.paths
        guard !paths.isEmpty, case let loaded = try CityTableLoader.load(paths: paths) else {
          throw InputErrors([.error(.importNeedsCitiesFile, at: SourceLocation(file: cityOptions.path))])
        }
        return loaded
      }
      guard let keys = CityKeys(cities.value) else {
        DiagnosticPrinter.print([
          .error(.noAGSColumn, at: SourceLocation(file: cityOptions.path, line: 1))
        ])
        throw ExitCode(1)
      }
      // Every file's problems at once; nothing is written unless all of them read.
      let loaded = try reportingInputErrors(after: cities.warnings) { () throws(InputErrors) in
        try GenesisLoader.load(paths: files, keys: keys, map: mapping)
      }
      let exports = loaded.value
      DiagnosticPrinter.print(cities.warnings + loaded.warnings)
      let csv = list ? OfficialExportCSV.variables(exports).text() : OfficialExportCSV.long(exports.flatMap(\.values))
      try writeResult(csv, to: output)
      FileHandle.standardError.write(Data((exports.map(OfficialExportCSV.summary).joined(separator: "\n") + "\n").utf8))
    }
  }
}
