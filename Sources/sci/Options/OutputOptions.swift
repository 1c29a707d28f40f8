import ArgumentParser
import CityIndex
import CityIndexReports
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `--format` and `--output`, shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
  @Option(
    help: "Output format: table, csv, json, markdown, xlsx (an Excel workbook: with --output, or to standard output that is not a terminal).")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Write the result to this file (replaced as a whole, never half-written) instead of standard output.", valueName: "file"))
  var output: String?

  func validate() throws {
    if format == .xlsx && output == nil && isatty(STDOUT_FILENO) != 0 {
      throw ValidationError(.workbookNotForTerminal)
    }
  }

  /// Writes the result: the text of the format (to `--output` or standard output), or the
  /// workbook. A failure to write is a message naming the path and the cause, and exit code 1.
  func deliver(text: () -> String, workbook: () -> Workbook) throws {
    guard format == .xlsx else { return try writeResult(text(), to: output) }
    do {
      if let output { try WorkbookFile.write(workbook(), to: output) } else { writeOutput(try WorkbookFile.bytes(workbook())) }
    } catch {
      DiagnosticPrinter.print([error.diagnostic])
      throw ExitCode(1)
    }
  }

  /// Writes result tables: each a sheet of the workbook, one JSON document holding them all, or
  /// one after the other as text.
  ///
  /// - Parameter provenance: lines each workbook sheet ends with (the data's files and sources).
  func deliver(_ tables: [OutputTable], provenance: [String] = []) throws {
    try deliver(
      text: { format == .json ? OutputTable.json(tables) : tables.map(format.render).joined(separator: "\n") },
      workbook: {
        Workbook(
          title: tables.first?.title ?? "sci",
          sheets: tables.map { table in
            var table = table
            table.workbookNotes = provenance
            return table.sheet()
          })
      })
  }
}

/// The output formats of commands that print results.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case table, csv, json, markdown, xlsx

  /// Renders a result table in this format (a workbook is written by ``OutputOptions``).
  func render(_ table: OutputTable) -> String {
    switch self {
    case .table: table.text()
    case .csv: table.csv()
    case .json: table.json()
    case .markdown, .xlsx: table.markdown()
    }
  }
}
