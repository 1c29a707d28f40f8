/// The version of sci: the one place it is written. `sci --version` prints it, reports name it
/// in their footer, JSON output carries it as `sciVersion`, and `make dist` names the release
/// tarball after it (the Makefile reads it from this file).
public enum SCIVersion {
  public static let current = "0.9.0"
}
