import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Files named by inputs are confined and checked before anything is read or decoded: parent paths, absolute paths
/// and symbolic links leading out of the input's folder are refused; an SVG's external references are never
/// followed; absurd declared sizes, text in an SVG and damaged files are input errors (exit 65, `FILE: PATH:
/// message`) with no output written.
final class ImageSafetyTests: XCTestCase {
    /// Exit 65, one stderr line holding every fragment, and nothing written to `out/`.
    private func assertRefused(_ r: ProcessResult, _ ws: EmblemWorkspace, _ fragments: [String],
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, 65, r.summary, file: file, line: line)
        XCTAssertTrue(r.stderrLines.contains { l in fragments.allSatisfy { l.contains($0) } },
                      "no line with \(fragments):\n\(r.stderr)", file: file, line: line)
        XCTAssertEqual(ws.outputs, [], "output written", file: file, line: line)
    }

    /// A folder outside the input's folder holding a valid emblem.
    private func outsideEmblem(_ ws: EmblemWorkspace) throws -> URL {
        let outside = ws.dir.file("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let emblem = outside.appendingPathComponent("emblem.svg")
        try FileManager.default.copyItem(at: EmblemWorkspace.sampleEmblem, to: emblem)
        return emblem
    }

    func testParentPathEmblemIsRefused() throws {
        let ws = try EmblemWorkspace.make(self)
        _ = try outsideEmblem(ws)
        let input = try ws.input(emblem: ["file": "../outside/emblem.svg"])
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem.file: \"../outside/emblem.svg\" is refused: \"..\" segments are not allowed"])
    }

    func testAbsolutePathEmblemIsRefused() throws {
        let ws = try EmblemWorkspace.make(self)
        let emblem = try outsideEmblem(ws)
        let input = try ws.input(emblem: ["file": emblem.path])
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem.file: \"\(emblem.path)\" is refused: absolute paths are not allowed"])
    }

    /// A link inside the folder to a file outside it is refused; one to a file inside it is followed.
    func testSymlinkLeadingOutsideIsRefused() throws {
        let ws = try EmblemWorkspace.make(self)
        let emblem = try outsideEmblem(ws)
        try FileManager.default.createSymbolicLink(atPath: ws.inputs.appendingPathComponent("emblem.svg").path, withDestinationPath: emblem.path)
        let input = try ws.input(emblem: ["file": "emblem.svg"])
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem.file: \"emblem.svg\" is refused: a symbolic link leads outside"])

        try FileManager.default.copyItem(at: emblem, to: ws.inputs.appendingPathComponent("real.svg"))
        try FileManager.default.createSymbolicLink(atPath: ws.inputs.appendingPathComponent("inside.svg").path, withDestinationPath: "real.svg")
        let r = try ws.render(try ws.input(emblem: "inside.svg"))
        XCTAssertEqual(r.status, 0, r.summary)
    }

    /// An SVG referencing a file beside it (an image, a `<use>` of a file URL, a CSS url() and @import) renders, with a
    /// warning per reference, without opening that file: it is a FIFO whose writer would be released by any open.
    func testExternalReferencesInAnSVGAreNeverRead() throws {
        let ws = try EmblemWorkspace.make(self)
        let secret = ws.inputs.appendingPathComponent("secret.png")
        XCTAssertEqual(mkfifo(secret.path, 0o644), 0)
        let svg = try EmblemWorkspace.emblemText(adding: """
            <image href="secret.png" x="0" y="0" width="10" height="10"/>
            <use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="file://\(secret.path)#x"/>
            <rect width="5" height="5" style="fill:url(secret.png#g)"/>
            <style>@import url("secret.png"); rect { stroke: #009edb }</style>
            """)
        try ws.file("external.svg", Data(svg.utf8))
        let input = try ws.input(emblem: "external.svg")

        // Opening the FIFO for writing blocks until someone opens it for reading: it returns only if it was read.
        let opened = FlagBox()
        let writer = Thread {
            let fd = open(secret.path, O_WRONLY)
            if fd >= 0 { opened.set(); close(fd) }
        }
        writer.start()
        let r = try ws.render(input)
        let before = opened.value
        let release = open(secret.path, O_RDONLY | O_NONBLOCK)   // lets the writer thread finish
        while !opened.value { usleep(1000) }
        close(release)

        XCTAssertFalse(before, "the renderer opened the file the SVG references")
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertEqual(r.stderrLines.filter { $0.contains("meta.emblem: warning: external.svg: ignored the reference") }.count, 4, r.summary)
        XCTAssertTrue(try EmblemTests.qdf(ws.pdf, in: ws).contains(EmblemTests.emblemFill))
    }

    /// A PNG header declaring 100,000 × 100,000 pixels is refused from the header (the file has no image data).
    func testHugeDeclaredPNGIsRefusedFromItsHeader() throws {
        let ws = try EmblemWorkspace.make(self)
        try ws.file("huge.png", PNGBytes.headerOnly(width: 100_000, height: 100_000))
        let input = try ws.input(emblem: "huge.png")
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem: huge.png: PNG declares 100,000 × 100,000 pixels (10,000 megapixels)",
                                                 "over 50 megapixels are refused before decoding"])
    }

    /// An SVG file over 10 MB is refused from its size, before it is read.
    func testHugeSVGFileIsRefusedFromItsSize() throws {
        let ws = try EmblemWorkspace.make(self)
        let padding = String(repeating: "<!-- padding padding padding padding padding padding padding padding -->\n", count: 150_000)
        try ws.file("big.svg", Data(try EmblemWorkspace.emblemText(adding: padding).utf8))
        let input = try ws.input(emblem: "big.svg")
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem: big.svg: SVG file is ", "bytes; SVG files over 10 MB are refused"])
    }

    func testSVGWithTextIsRefused() throws {
        let ws = try EmblemWorkspace.make(self)
        try ws.file("text.svg", Data(try EmblemWorkspace.emblemText(adding: "<text x=\"10\" y=\"90\">UN</text>").utf8))
        let input = try ws.input(emblem: ["file": "text.svg", "alt": "x"])
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem.file: text.svg: SVG contains text (<text>); convert text to outlines"])
    }

    func testTruncatedPNGIsAnInputError() throws {
        let ws = try EmblemWorkspace.make(self)
        let png = PNGBytes.image(width: 64, height: 64)
        try ws.file("cut.png", png.prefix(png.count / 2))
        let input = try ws.input(emblem: ["file": "cut.png"])
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem.file: cut.png: damaged PNG"])
    }

    func testMalformedSVGIsAnInputError() throws {
        let ws = try EmblemWorkspace.make(self)
        let svg = try EmblemWorkspace.emblemText()
        try ws.file("bad.svg", Data(svg.prefix(svg.count * 2 / 3).utf8))
        let input = try ws.input(emblem: ["file": "bad.svg"])
        assertRefused(try ws.render(input), ws, [input.path + ": meta.emblem.file: bad.svg: malformed SVG"])
    }

    /// `validate` reports the same problems without rendering.
    func testValidateReportsARefusedEmblem() throws {
        let ws = try EmblemWorkspace.make(self)
        let input = try ws.input(emblem: "../emblem.svg")
        let r = try Run.dossier(["validate", "country-visit", input.path])
        XCTAssertEqual(r.status, 65, r.summary)
        XCTAssertTrue(r.stderr.contains("meta.emblem: \"../emblem.svg\" is refused"), r.summary)
    }
}

/// A flag set from another thread.
private final class FlagBox: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var value: Bool { lock.lock(); defer { lock.unlock() }; return flag }
    func set() { lock.lock(); flag = true; lock.unlock() }
}
