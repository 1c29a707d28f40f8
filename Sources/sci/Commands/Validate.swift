import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the index definition and the data; exit 1 listing every error.")

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(strictCities: true) }
      DiagnosticPrinter.print(loaded.warnings)
      let lines = CommandLines(language: languageOption.lang)
      writeOutput(lines.definitionOK(loaded.value.definition) + "\n" + lines.dataOK(input.dataFiles, loaded.value.dataset) + "\n")
      if let cities = loaded.value.cities { writeOutput(lines.citiesOK(input.cityOptions.path, cities) + "\n") }
    }
  }
}
