import Foundation

/// Writes to standard error (stdout is reserved for results).
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
