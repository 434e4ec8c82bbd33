import CZlib

/// zlib's deflate format (PDF's `/FlateDecode`), in memory: inflating a stream of a PDF being patched and
/// deflating its replacement. Foundation on Linux has no compression API, so this calls libz directly.
enum Zlib {
    /// The decompressed bytes of a zlib stream; fails on corrupt or truncated data.
    static func inflate(_ input: ArraySlice<UInt8>) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PDFPatchError.badStream("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(4096, input.count * 4))
        var status = Z_OK
        var source = Array(input)
        source.withUnsafeMutableBufferPointer { src in
            stream.next_in = src.baseAddress
            stream.avail_in = uInt(src.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { dst in
                    stream.next_out = dst.baseAddress
                    stream.avail_out = uInt(dst.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output += dst[0..<(dst.count - Int(stream.avail_out))]
                }
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        guard status == Z_STREAM_END else { throw PDFPatchError.badStream("corrupt or truncated deflate data") }
        return output
    }

    /// The bytes compressed at zlib's default level (the same bytes for the same input: output is deterministic).
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { dst in
            input.withUnsafeBufferPointer { src in
                compress2(dst.baseAddress, &length, src.baseAddress, uLong(src.count), Z_DEFAULT_COMPRESSION)
            }
        }
        precondition(status == Z_OK, "compress2 cannot fail with a buffer of compressBound bytes")
        output.removeSubrange(Int(length)...)
        return output
    }
}
