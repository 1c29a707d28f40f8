import ArgumentParser
import CityIndex
import Foundation

/// The published ranking a report or profile shows beside the engine's (Bitkom's, by default
/// with the shipped index).
struct BenchmarkOptions: ParsableArguments {
  static let bitkomFile = "datasets/bitkom-published.csv"
  static let bitkomIndex = "indicators/bitkom-published.csv"

  @Option(
    help: ArgumentHelp(
      "A published ranking to compare with (long: city,year,indicator,value); none to leave out. (default: \(Self.bitkomFile) with the shipped index)",
      valueName: "file"))
  var with: String?

  @Option(help: ArgumentHelp("Who published the --with ranking, as readers know it.", valueName: "name"))
  var withName: String?

  /// `--with`, or Bitkom's published results when the shipped index is used.
  func file(_ input: InputOptions) -> String? {
    if let with { return with == "none" ? nil : with }
    let file = ShippedFiles.resolve(Self.bitkomFile)
    return input.usesDefaults && FileManager.default.fileExists(atPath: file) ? file : nil
  }

  func name(_ input: InputOptions) -> String {
    if let withName { return withName }
    guard let file = file(input) else { return "" }
    return file.hasSuffix("bitkom-published.csv") ? "Bitkom Smart City Index" : URL(fileURLWithPath: file).lastPathComponent
  }

  /// The published values, or `nil` when there are none to show.
  func load(_ input: InputOptions) throws(InputErrors) -> Loaded<PublishedValues>? {
    guard let file = file(input) else { return nil }
    return try PublishedValuesLoader.load(path: file)
  }
}

/// `--with-index`: the definition of the published figures, which names the areas they score
/// (Bitkom's beside Bitkom's figures by default).
struct PublishedIndexOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The definition of the --with figures, which names the areas they score. (default: \(BenchmarkOptions.bitkomIndex) with Bitkom's figures)",
      valueName: "file"))
  var withIndex: String?

  /// `--with-index`, or Bitkom's definition when `published` is Bitkom's file; `nil` without
  /// published figures.
  func file(with published: String?) -> String? {
    guard let published else { return nil }
    if let withIndex { return withIndex }
    let index = ShippedFiles.resolve(BenchmarkOptions.bitkomIndex)
    return published.hasSuffix("bitkom-published.csv") && FileManager.default.fileExists(atPath: index) ? index : nil
  }

  func load(with published: String?) throws(InputErrors) -> IndexDefinition? {
    guard let file = file(with: published) else { return nil }
    return try DefinitionLoader.load(path: file).value
  }
}
