import CityIndex
import Foundation

/// The overview's charts as PNG beside their SVG (`sci report --png`), for newsroom systems
/// that take no SVG: drawn by librsvg's `rsvg-convert` (Debian: `librsvg2-bin`) at twice the
/// SVG's size, so that they stay sharp in print and on dense screens.
enum ChartImages {
  static let tool = "rsvg-convert"
  static let zoom = "2"

  /// The converter's path, or `nil` when it is not installed.
  static func converter() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var missing: Problem { .pngNeedsConverter(tool: tool) }

  /// Converts each `charts/<name>.svg` under `folder` into `charts/<name>.png`.
  static func convert(_ svgs: [String], in folder: String) throws(WriteError) {
    guard let converter = converter() else { throw WriteError(path: tool, problem: missing) }
    for svg in svgs {
      let input = folder + "/" + svg
      let output = String(input.dropLast(4)) + ".png"
      let process = Process()
      process.executableURL = URL(fileURLWithPath: converter)
      process.arguments = ["--zoom", zoom, "--output", output, input]
      let errors = Pipe()
      process.standardError = errors
      do {
        try process.run()
      } catch {
        throw WriteError(path: converter, problem: .cannotRun(reason: error.localizedDescription))
      }
      let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        let cause = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
        throw WriteError(path: svg, problem: .toolFailed(tool: tool, reason: cause))
      }
    }
  }
}
