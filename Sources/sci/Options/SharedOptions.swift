import ArgumentParser
import CityIndex
import CityIndexReports

/// `--year`, the same for every command that scores one year.
struct YearOption: ParsableArguments {
  @Option(help: "The year. (default: the latest year in which every indicator has a value no older than its max_age)")
  var year: Int?
}

/// `--lang`, the same for every command that writes words.
struct LanguageOption: ParsableArguments {
  @Option(help: "Language of words and numbers: en, de (German words and decimal commas; CSV and JSON stay as they are).")
  var lang: Language = .en
}
extension Language: ExpressibleByArgument {}
