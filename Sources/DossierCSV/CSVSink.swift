import Foundation

/// Where a `CSVWriter` sends its buffered bytes.
public protocol CSVSink {
    /// Takes a chunk of encoded CSV.
    mutating func write(_ bytes: [UInt8]) throws
}

/// Writes chunks to an open file handle.
public struct FileHandleSink: CSVSink {
    /// The destination; the caller opens and closes it.
    public let handle: FileHandle
    public init(handle: FileHandle) { self.handle = handle }
    public mutating func write(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: Data(bytes))
    }
}

/// Collects chunks in memory.
public struct ByteArraySink: CSVSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public mutating func write(_ bytes: [UInt8]) throws {
        self.bytes.append(contentsOf: bytes)
    }
}
