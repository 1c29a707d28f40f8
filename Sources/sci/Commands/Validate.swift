import ArgumentParser
import CityIndex

extension SCI {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the index definition and the data; exit 1 listing every error.")

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(strictCities: true) }
      DiagnosticPrinter.print(loaded.warnings)
      let (definition, dataset, cities) = (loaded.value.definition, loaded.value.dataset, loaded.value.cities)
      let groups = definition.nodes.count - definition.leaves.count
      let years = yearList(dataset.years)
      let flags = dataset.flagCounts.sorted { $0.key < $1.key }.map { "\($0.value) flagged \($0.key)" }
      writeOutput(
        """
        \(definition.file): ok — \(definition.leaves.count) indicators in \(groups) group\(groups == 1 ? "" : "s") under '\(definition.nodes[definition.root].id)'
        \(input.dataFiles.joined(separator: ", ")): ok — \(dataset.cities.count) cities, years \(years)\(flags.isEmpty ? "" : ", " + flags.joined(separator: ", "))

        """)
      if let cities {
        writeOutput("\(input.cityOptions.path): ok — \(cities.cities.count) cities, columns \(cities.columns.joined(separator: ", "))\n")
      }
    }
  }
}
