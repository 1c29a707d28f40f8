import CityIndex
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// libFuzzer targets (built with `-sanitize=fuzzer,address`; `make fuzz`): the fuzzer hands
/// bytes to ``LLVMFuzzerTestOneInput``; `SCI_FUZZ_TARGET` says what reads them:
///
/// - `csv`: the CSV reader on the bytes as a file, in all dialects (the bytes choose the
///   delimiter, BOM, CRLF, Windows-1252 by themselves), read whole, in 7-byte blocks and in
///   small chunks on other cores — the three must agree;
/// - `definition`: the definition loader;
/// - `long` / `wide`: the data loader against a small definition, the bytes prefixed with a long
///   or wide header; the loaded data is then scored (every method of the first byte);
/// - `weights`: the weights loader against the same definition;
/// - `cities`: the cities loader;
/// - `keyed`: the data loader on a long file whose cities are official keys (`ags`, with names
///   beside them);
/// - `genesis`: the GENESIS flat-file loader (`sci import`), the bytes prefixed with its header.
///
/// A target that finds nothing wrong returns 0; any crash, leak or memory error is libFuzzer's
/// to report. Inputs that crash become fixture tests (`Tests/CityIndexTests/Fixtures/fuzz/`).
enum FuzzTarget: String {
  case csv, definition, long, wide, weights, cities, keyed, genesis

  static let current: FuzzTarget = {
    guard let name = ProcessInfo.processInfo.environment["SCI_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
      complain("SCI_FUZZ_TARGET must be one of csv, definition, long, wide, weights, cities, keyed, genesis\n")
      exit(2)
    }
    return target
  }()
}

/// The file each input is written to (in memory where possible), one per process.
private let path: String = {
  let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  return "\(folder)/sci-fuzz-\(getpid()).csv"
}()

private let definition: IndexDefinition? = {
  let text = "id,parent,weight,direction,unit,min,max,target,denominator,scale,max_age\nsci,,,,,,,,,,\ng,sci,2,,,,,,,,\na,g,1,+,%,0,100,80,,,2\nb,g,1,-,count,,,,,,\nc,sci,1,+,,,,,population,1000,\n"
  let file = path + ".index"
  _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
  return try? DefinitionLoader.load(path: file).value
}()

private let cities: CityTable? = {
  let file = path + ".cities"
  _ = FileManager.default.createFile(
    atPath: file,
    contents: Data("city,population,ags,kreisfrei\nA,100000,05315000,1\nB,200000,05334002,0\nC,0,09162000,1\n".utf8))
  return try? CityTableLoader.load(path: file).value
}()

private let keys: CityKeys? = cities.flatMap(CityKeys.init)

/// The library's pipeline as every command runs it (definition, data, cities: names, keys,
/// denominators), on the input's data file.
private func pipeline(ignoreUnknown: Bool = false) -> IndexInputs? {
  guard let definition, let cities else { return nil }
  var request = InputRequest(index: path + ".index", data: [path], cities: [path + ".cities"])
  request.loadedDefinition = definition  // loaded once, as before: the data is what is fuzzed
  request.loadedCities = cities
  request.ignoreUnknown = ignoreUnknown
  return try? InputPipeline.load(request).value
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let input = Data(bytes: bytes, count: count)
  var contents = input
  switch FuzzTarget.current {
  case .long: contents = Data("city,year,indicator,value,flag\n".utf8) + input
  case .wide: contents = Data("city;year;a;b;c;flag\n".utf8) + input
  case .keyed: contents = Data("ags,city,year,indicator,value\n".utf8) + input
  case .genesis:
    contents =
      Data(
        "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label;value_q\n"
          .utf8) + input
  default: break
  }
  guard write(contents, to: path) else { return 0 }
  switch FuzzTarget.current {
  case .csv:
    // Read whole, in tiny blocks, and in tiny chunks on other cores: the same records and
    // messages every way, or the reader is wrong.
    let whole = CSVScan.records(path: path)
    let blocks = CSVScan.records(path: path, blockSize: 7)
    let chunks = CSVScan.records(path: path, chunkSize: 16 + Int(input.last ?? 0) % 48)
    if whole != blocks || whole.records != chunks.records {
      complain("readings differ:\nwhole: \(whole)\nblocks: \(blocks)\nchunks: \(chunks)\n")
      abort()
    }
  case .definition:
    _ = try? DefinitionLoader.load(path: path)
  case .long, .wide:
    guard let inputs = pipeline() else { return 0 }
    let (definition, data) = (inputs.definition, inputs.dataset)
    let methods = input.first.map(Int.init) ?? 0
    var options = ScoringOptions(
      normalization: Normalization.allCases[methods % Normalization.allCases.count],
      aggregation: Aggregation.allCases[(methods / 8) % Aggregation.allCases.count],
      missing: [MissingData.skip, .zero, .mean, .median, .lastYear][(methods / 64) % 5], minCoverage: 0,
      scope: methods % 2 == 0 ? .year : .panel)
    options.treatment = methods % 3 == 0 ? .winsorize : .none
    for year in data.years.prefix(3) { _ = try? Scorer.score(definition, data, year: year, options: options) }
  case .weights:
    guard let definition else { return 0 }
    _ = try? WeightsLoader.load(path: path, definition: definition)
  case .cities:
    _ = try? CityTableLoader.load(path: path)
  case .keyed:
    _ = pipeline(ignoreUnknown: input.first.map { $0 % 2 == 0 } ?? false)
  case .genesis:
    guard let keys else { return 0 }
    _ = try? GenesisLoader.load(path: path, keys: keys, map: ["BEVSTD": "a"])
  }
  return 0
}

/// Replaces the file's contents in place (Foundation's createFile writes a temporary file and
/// renames it: a third of each run).
private func write(_ contents: Data, to path: String) -> Bool {
  let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  guard descriptor >= 0 else { return false }
  defer { close(descriptor) }
  return contents.withUnsafeBytes { bytes in
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }
}

/// Writes to stderr (the fuzzer's log).
private func complain(_ text: String) {
  _ = text.withCString { write(2, $0, strlen($0)) }
}

#if !FUZZING
  /// Without libFuzzer (a normal build, `-DFUZZING` unset): replays the inputs named on the
  /// command line through the target, to reproduce a finding under a debugger.
  ///
  ///     SCI_FUZZ_TARGET=csv .build/debug/sci-fuzz Tests/CityIndexTests/Fixtures/fuzz/*.csv
  @main
  struct Replay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        _ = data.withUnsafeBytes { buffer in
          fuzz(buffer.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
        }
        print("\(path): ok")
      }
    }
  }
#endif
