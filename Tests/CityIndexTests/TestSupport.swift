import Foundation
import Testing

@testable import CityIndex

/// A fresh folder under the system's temporary folder, for files a test writes.
struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("sci-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes `text` as UTF-8 to `name` and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let path = url.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }
}

/// The path of a file under `Fixtures/`.
func fixture(_ name: String) throws -> String {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
  return url.path
}

/// The diagnostics `body` throws as ``InputErrors``, or an empty list.
func diagnostics(_ body: () throws -> Void) -> [Diagnostic] {
  do {
    try body()
    return []
  } catch let error as InputErrors {
    return error.diagnostics
  } catch {
    Issue.record("unexpected error \(error)")
    return []
  }
}

/// Reads every record of `text` (written to a temporary file named `name`) as trimmed strings
/// with their line numbers.
func records(
  _ bytes: [UInt8], name: String = "t.csv", blockSize: Int = 1 << 20
) throws -> (rows: [(line: Int, fields: [String])], report: CSVReadReport) {
  let folder = try TemporaryFolder()
  let path = try folder.write(name, bytes: bytes)
  var rows: [(line: Int, fields: [String])] = []
  let report = CSVReader(path: path, displayName: name, blockSize: blockSize).forEachRecord { record in
    rows.append((record.line, record.strings))
  }
  return (rows, report)
}

/// A definition from an inline CSV literal.
func definition(_ csv: String) throws -> IndexDefinition {
  let folder = try TemporaryFolder()
  return try DefinitionLoader.load(path: folder.write("index.csv", csv)).value
}

/// A dataset from inline CSV literals, against `definition`.
func dataset(_ csv: String, for definition: IndexDefinition) throws -> Dataset {
  let folder = try TemporaryFolder()
  return try DatasetLoader.load(paths: [folder.write("data.csv", csv)], definition: definition).value
}

/// `true` when `a` and `b` agree to `tolerance`, `NaN` agreeing with `NaN`.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
  (a.isNaN && b.isNaN) || abs(a - b) <= tolerance
}

func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
}

/// The messages of `diagnostics`, with the fixture folder's path cut off file names, in the
/// order the CLI prints them.
func messages(_ diagnostics: [Diagnostic]) throws -> [String] {
  let root = try fixture("good/index.csv").replacingOccurrences(of: "good/index.csv", with: "")
  return diagnostics.sortedByLocation().map { $0.description.replacingOccurrences(of: root, with: "") }
}

/// Loads the fixture definition `name`, returning the messages it throws.
func definitionMessages(_ name: String) throws -> [String] {
  let path = try fixture(name)
  return try messages(diagnostics { _ = try DefinitionLoader.load(path: path) })
}

/// Loads the fixture data `name` against `good/index.csv`, returning the messages it throws.
func dataMessages(_ name: String) throws -> [String] {
  let definition = try DefinitionLoader.load(path: fixture("good/index.csv")).value
  let path = try fixture(name)
  return try messages(
    diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) })
}

/// The package root, found from this file's path (for the shipped `indicators/` and `datasets/`).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// A shipped file, by its path in the repository.
func shipped(_ path: String) -> String { packageRoot.appendingPathComponent(path).path }
