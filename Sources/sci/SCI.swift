import ArgumentParser
import CityIndex
import Foundation

/// The `sci` command: scores and ranks cities on a composite index defined in CSV.
@main
struct SCI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sci",
    abstract: "Score and rank cities on a composite index (the open Smart City Index engine).",
    discussion: """
      Run from the repository root, every command works with no arguments on the shipped \
      default index and data. Exit codes: 0 ok, 1 invalid input, 2 usage.
      """,
    version: SCIVersion.current,
    subcommands: [
      Validate.self, Import.self, Rank.self, Compare.self, Profile.self, Versus.self, Gap.self, Brief.self, Sensitivity.self, WhatIf.self, Audit.self, Report.self,
      Simulate.self,
    ]
  )

  /// ArgumentParser exits with EX_USAGE (64 on Linux) for usage errors; DESIGN.md promises 2.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      exit(withError: ExitCode(2))
    }
  }
}
