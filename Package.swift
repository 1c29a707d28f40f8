// swift-tools-version:6.1
import Foundation
import PackageDescription

/// `SCI_LIBRARY_ONLY=1`: only the library, its C modules and its tests (no reports, no command
/// line, no argument parser). The sanitizer builds of `make sanitize` use it: every suite they
/// run is in CityIndexTests, so building the rest under ThreadSanitizer and AddressSanitizer
/// would only cost CI minutes.
let libraryOnly = ProcessInfo.processInfo.environment["SCI_LIBRARY_ONLY"] != nil

let library: [Target] = [
  .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
  .systemLibrary(name: "CLapack", providers: [.apt(["liblapacke-dev"])]),
  .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
  .target(name: "CityIndex", dependencies: ["CLibCSV", "CLapack", "CGLPK"]),
  .testTarget(name: "CityIndexTests", dependencies: ["CityIndex"], resources: [.copy("Fixtures")]),
]

let everythingElse: [Target] = [
  .systemLibrary(name: "CXLSXWriter", providers: [.apt(["libxlsxwriter-dev"])]),
  // The overview's explorer script is a file of its own (tested with Node), embedded as bytes.
  .target(name: "CityIndexReports", dependencies: ["CityIndex", "CXLSXWriter"], resources: [.embedInCode("HTML/explorer-arithmetic.js"), .embedInCode("HTML/explorer.js")]),
  .executableTarget(
    name: "sci",
    dependencies: [
      "CityIndex", "CityIndexReports",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]
  ),
  .executableTarget(
    name: "sci-bench",
    dependencies: [
      "CityIndex", "CityIndexReports",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]
  ),
  // libFuzzer targets: `make fuzz` builds this with -sanitize=fuzzer,address (libFuzzer
  // supplies main, so the module is a library's: -parse-as-library).
  .executableTarget(
    name: "sci-fuzz", dependencies: ["CityIndex"], swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
  .testTarget(name: "CityIndexReportsTests", dependencies: ["CityIndexReports"]),
  .testTarget(name: "sciTests", dependencies: ["sci"]),
]

let package = Package(
  name: "sci",
  platforms: [.macOS(.v13)],
  products: [.library(name: "CityIndex", targets: ["CityIndex"])]
    + (libraryOnly
      ? []
      : [
        .executable(name: "sci", targets: ["sci"]),
        .executable(name: "sci-bench", targets: ["sci-bench"]),
      ]),
  dependencies: libraryOnly ? [] : [.package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")],
  targets: library + (libraryOnly ? [] : everythingElse)
)
