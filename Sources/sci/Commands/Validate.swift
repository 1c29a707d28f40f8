import ArgumentParser
import CityIndex

extension SCI {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the index definition and the data; exit 1 listing every error.")

    @OptionGroup var input: InputOptions
    @OptionGroup var cityOptions: CityOptions

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load() }
      let cities = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in try cityOptions.load() }
      DiagnosticPrinter.print(loaded.warnings + (cities?.warnings ?? []))
      let (definition, dataset) = loaded.value
      let groups = definition.nodes.count - definition.leaves.count
      let years = yearList(dataset.years)
      writeOutput(
        """
        \(definition.file): ok — \(definition.leaves.count) indicators in \(groups) group\(groups == 1 ? "" : "s") under '\(definition.nodes[definition.root].id)'
        \(input.dataFiles.joined(separator: ", ")): ok — \(dataset.cities.count) cities, years \(years)

        """)
      if let cities {
        writeOutput("\(cityOptions.path): ok — \(cities.value.cities.count) cities, columns \(cities.value.columns.joined(separator: ", "))\n")
      }
    }
  }
}
