import Foundation
import Testing

/// `--output` and `--format xlsx` (the workbook's numbers are read back with openpyxl in
/// Tests/workbook/test_workbook.py).
@Suite struct OutputCommandTests {
  let index = SCIRunner.fixture("good/index.csv")
  let data = SCIRunner.fixture("good/german-excel.csv")

  @Test func outputWritesWhatStandardOutputWouldHaveShown() throws {
    let folder = NSTemporaryDirectory() + "/sci-output-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ranking.csv"
    let printed = try SCIRunner.run(["rank", "--index", index, "--data", data, "--format", "csv"])
    let written = try SCIRunner.run(["rank", "--index", index, "--data", data, "--format", "csv", "--output", path])
    #expect(written.status == 0)
    #expect(written.stdout == "")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.stdout)
  }

  @Test func workbookGoesToTheFileOrToAPipe() throws {
    let path = NSTemporaryDirectory() + "/sci-\(UUID().uuidString).xlsx"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let written = try SCIRunner.run(["rank", "--index", index, "--data", data, "--format", "xlsx", "--output", path])
    #expect(written.status == 0)
    #expect(written.stderr == "")
    let file = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(file.prefix(2) == Data("PK".utf8))
    // Standard output here is a pipe, not a terminal: the workbook's bytes go there.
    let piped = try SCIRunner.run(["gap", "Köln", "--index", index, "--data", data, "--format", "xlsx"])
    #expect(piped.status == 0)
    #expect(piped.stdout.utf8.prefix(2).elementsEqual("PK".utf8))
  }

  @Test func aWorkbookIsNotForATerminal() throws {
    // script(1) gives the command a terminal as standard output.
    let script = "/usr/bin/script"
    try #require(FileManager.default.isExecutableFile(atPath: script))
    let command = "\(SCIRunner.binary.path) rank --index \(index) --data \(data) --format xlsx; echo \"exit=$?\""
    let process = Process()
    process.executableURL = URL(fileURLWithPath: script)
    process.arguments = ["-qec", command, "/dev/null"]
    let out = Pipe()
    process.standardOutput = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(text.contains("a workbook is not for a terminal: give --output FILE.xlsx"))
    #expect(text.contains("exit=2"))
    #expect(!text.contains("PK"))
  }

  @Test func anOutputThatCannotBeWrittenLeavesTheOldFileAndNamesThePath() throws {
    let folder = NSTemporaryDirectory() + "/sci-output-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/taken.xlsx", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A folder where the file should go: the rename fails, the folder stays as it was.
    for format in ["csv", "xlsx"] {
      let run = try SCIRunner.run(["rank", "--index", index, "--data", data, "--format", format, "--output", folder + "/taken.xlsx"])
      #expect(run.status == 1)
      #expect(run.stderr.hasPrefix("\(folder)/taken.xlsx: "))
      #expect(run.stdout == "")
      var isFolder: ObjCBool = false
      #expect(FileManager.default.fileExists(atPath: folder + "/taken.xlsx", isDirectory: &isFolder) && isFolder.boolValue)
      // No temporary file is left beside it.
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["taken.xlsx"])
    }
  }

  @Test func versionIsTheOneInTheLibrary() throws {
    let run = try SCIRunner.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    let json = try SCIRunner.run(["rank", "--index", index, "--data", data, "--format", "json"])
    #expect(json.stdout.contains("\"sciVersion\" : \"\(run.stdout.dropLast())\""))
  }
}

/// The manual is generated from the command definitions (`make man`); its generator drops
/// every character outside ASCII ("0–100" became "0100"), so help texts keep to ASCII.
@Suite struct HelpTextTests {
  @Test func helpTextsAreASCIIForTheManual() throws {
    let run = try SCIRunner.run(["--experimental-dump-help"])
    #expect(run.status == 0)
    let outside = run.stdout.unicodeScalars.filter { !$0.isASCII }
    #expect(outside.isEmpty, "non-ASCII in help texts: \(String(String.UnicodeScalarView(outside.prefix(20))))")
  }
}
