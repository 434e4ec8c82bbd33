import Foundation
import XCTest

/// A test folder for emblem tests: `in/` holds an input (the Kenya visit sample with its `meta.emblem` replaced) and
/// the files it names; `out/` is where the CLI writes.
struct EmblemWorkspace {
    let dir: TemporaryDirectory
    var inputs: URL { dir.file("in") }
    var out: URL { dir.file("out") }
    var pdf: URL { out.appendingPathComponent("visit.pdf") }

    static func make(_ test: XCTestCase) throws -> EmblemWorkspace {
        let ws = EmblemWorkspace(dir: try TemporaryDirectory.forTest(test, prefix: "dossier-emblem"))
        for folder in [ws.inputs, ws.out] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        return ws
    }

    /// The team's emblem (Samples/emblem.svg).
    static var sampleEmblem: URL { TestPaths.packageRoot.appendingPathComponent("Samples/emblem.svg") }

    /// Writes `in/<name>` with `meta.emblem` set to `emblem` (a string or an object).
    func input(_ name: String = "visit.json", emblem: Any) throws -> URL {
        var object = try Sample.kenyaJSON()
        object.object("meta") { $0["emblem"] = emblem }
        let url = inputs.appendingPathComponent(name)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: url)
        return url
    }

    /// Writes `in/<name>` with these bytes.
    @discardableResult
    func file(_ name: String, _ bytes: Data) throws -> URL {
        let url = inputs.appendingPathComponent(name)
        try bytes.write(to: url)
        return url
    }

    /// The sample emblem's text with `extra` inserted before its closing tag.
    static func emblemText(adding extra: String = "") throws -> String {
        try String(contentsOf: sampleEmblem, encoding: .utf8).replacingOccurrences(of: "</svg>", with: extra + "</svg>")
    }

    /// `dossier render country-visit INPUT -o out/visit.pdf`.
    func render(_ input: URL, _ extra: [String] = []) throws -> ProcessResult {
        try Run.dossier(["render", "country-visit", input.path, "-o", pdf.path, "--date", "2018-07-31"] + extra)
    }

    /// Everything in `out/`, hidden files included.
    var outputs: [String] { dir.contents("out") }
}

/// Small PNG files written byte by byte.
enum PNGBytes {
    /// A valid 8-bit RGB PNG of `width` × `height` pixels, all one colour.
    static func image(width: Int, height: Int) -> Data {
        var raw = Data()
        for _ in 0..<height { raw.append(0); for _ in 0..<width { raw.append(contentsOf: [0x00, 0x9E, 0xDB]) } }
        return signature + chunk("IHDR", ihdr(width, height)) + chunk("IDAT", zlibStored(raw)) + chunk("IEND", Data())
    }

    /// The signature and an IHDR chunk declaring `width` × `height` pixels, and nothing else.
    static func headerOnly(width: Int, height: Int) -> Data { signature + chunk("IHDR", ihdr(width, height)) }

    private static let signature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    private static func ihdr(_ w: Int, _ h: Int) -> Data { be32(w) + be32(h) + Data([8, 2, 0, 0, 0]) }

    private static func be32(_ v: Int) -> Data { Data([UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]) }

    private static func chunk(_ type: String, _ body: Data) -> Data {
        let typed = Data(type.utf8) + body
        return be32(body.count) + typed + be32(Int(crc32(typed)))
    }

    /// A zlib stream of stored (uncompressed) blocks.
    private static func zlibStored(_ data: Data) -> Data {
        var out = Data([0x78, 0x01])
        let bytes = [UInt8](data)
        var i = 0
        repeat {
            let n = min(65_535, bytes.count - i)
            let last: UInt8 = i + n >= bytes.count ? 1 : 0
            out.append(last)
            out.append(contentsOf: [UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)])
            out.append(contentsOf: bytes[i..<i + n])
            i += n
        } while i < bytes.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        return out + be32(Int(b << 16 | a))
    }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
