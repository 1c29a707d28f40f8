import ArgumentParser
import Foundation
import CityIndex
import CityIndexReports

/// `--year`, the same for every command that scores one year.
struct YearOption: ParsableArguments {
  @Option(help: "The year. (default: the latest year in which every indicator has a value no older than its max_age)")
  var year: Int?
}

/// `--lang`, the same for every command that writes words; without it the locale decides
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`: `de_*` is German).
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of words and numbers: en, de (German words and decimal commas; CSV and JSON stay as they are). (default: the locale's, de for LANG=de_*, else en)"))
  var chosen: Language?

  var lang: Language { chosen ?? Language.of(environment: ProcessInfo.processInfo.environment) }

  /// Messages on standard error speak the run's language from here on.
  func validate() throws { DiagnosticPrinter.language = lang }
}
extension Language: ExpressibleByArgument {}
