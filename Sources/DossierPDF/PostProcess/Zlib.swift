import CZlib

/// zlib's deflate format (PDF's `/FlateDecode`), in memory: inflating a stream of a PDF being patched and
/// deflating its replacement. Foundation on Linux has no compression API, so this calls libz directly.
enum Zlib {
    /// The decompressed bytes of a zlib stream; fails on corrupt or truncated data.
    static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PDFPatchError.badStream("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(4096, input.count * 4))
        var status = Z_OK
        var source = input
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
    /// The window and hash table are sized to the input: the streams rewritten are page furniture of a few hundred
    /// bytes, and zlib's full-size tables (256 KiB, cleared on every start) cost more than compressing them.
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        let windowBits = Int32(min(15, max(9, Int.bitWidth - input.count.leadingZeroBitCount)))
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, max(1, min(8, windowBits - 7)),
                            Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            preconditionFailure("zlib could not start deflating")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        var source = input
        let status = output.withUnsafeMutableBufferPointer { dst in
            source.withUnsafeMutableBufferPointer { src in
                stream.next_in = src.baseAddress
                stream.avail_in = uInt(src.count)
                stream.next_out = dst.baseAddress
                stream.avail_out = uInt(dst.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "deflate cannot stop short with a buffer of deflateBound bytes")
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}
