// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "sci",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sci", targets: ["sci"]),
    .executable(name: "sci-bench", targets: ["sci-bench"]),
    .library(name: "CityIndex", targets: ["CityIndex"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
    .systemLibrary(name: "CLapack", providers: [.apt(["liblapacke-dev"])]),
    .systemLibrary(name: "CXLSXWriter", providers: [.apt(["libxlsxwriter-dev"])]),
    .target(name: "CityIndex", dependencies: ["CLibCSV", "CLapack"]),
    .target(name: "CityIndexReports", dependencies: ["CityIndex", "CXLSXWriter"]),
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
    .testTarget(
      name: "CityIndexTests", dependencies: ["CityIndex"], resources: [.copy("Fixtures")]),
    .testTarget(name: "CityIndexReportsTests", dependencies: ["CityIndexReports"]),
    .testTarget(name: "sciTests", dependencies: ["sci"]),
  ]
)
