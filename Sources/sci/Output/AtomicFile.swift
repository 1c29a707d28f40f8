/// Writes files so that a reader never sees half of one: the text goes to a temporary file
/// beside the target, which is then renamed over it; a failure leaves the old file as it was
/// and names the path and the cause.
enum AtomicFile {
  static func write(_ text: String, to path: String) throws(WriteError) {
    try FileWriting.replace(path, with: text)
  }
}
