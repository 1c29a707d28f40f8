import Foundation
import Testing

/// What one run of the built `sci` binary did.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String
  /// Whether the process ended by itself rather than by a signal (a crash).
  var exitedNormally: Bool
}

/// Runs the `sci` binary that `swift test` built next to the test bundle.
enum SCIRunner {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/CityIndexTests/Fixtures/<name>`.
  static func fixture(_ name: String) -> String {
    packageRoot.appendingPathComponent("Tests/CityIndexTests/Fixtures/\(name)").path
  }

  /// Writes `files` (name → text) into a fresh temporary folder and returns their paths by name.
  static func write(_ files: [String: String]) throws -> [String: String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sci-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var paths: [String: String] = [:]
    for (name, text) in files {
      let path = folder.appendingPathComponent(name).path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      paths[name] = path
    }
    return paths
  }

  static var binary: URL {
    #if os(Linux)
      let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    #else
      let executable = Bundle.main.bundleURL
    #endif
    var folder = executable.deletingLastPathComponent()
    // On macOS the test bundle sits in the build folder; on Linux the test executable does.
    if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sci").path) {
      folder = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("sci").path) } ?? folder
    }
    return folder.appendingPathComponent("sci")
  }

  /// - Parameter environment: variables set on top of this process's environment (whose locale
  ///   variables are replaced by `LANG=C.UTF-8`).
  static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    // The locale chooses the language where --lang is not given: tests run in English unless
    // they set one.
    var base = ProcessInfo.processInfo.environment
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { base[name] = nil }
    base["LANG"] = "C.UTF-8"
    process.environment = base.merging(environment) { _, new in new }
    process.currentDirectoryURL = directory ?? packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), exitedNormally: process.terminationReason == .exit)
  }
}
