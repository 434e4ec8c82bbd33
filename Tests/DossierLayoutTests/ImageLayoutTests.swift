import Dossier
@testable import DossierLayout
import Foundation
import XCTest

/// Images in layout: an SVG is sized from its root like a PNG from its header (96 per inch), a tagged image is a
/// Figure with its alt text, an artifact image has neither, and a refused file is an error naming it.
final class ImageLayoutTests: XCTestCase {
    private func file(_ name: String, _ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-layout-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private static let box = ##"<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#009edb"/></svg>"##

    func testSVGIsSizedFromItsRootAndTaggedAsAFigure() throws {
        let svg = try file("box.svg", Self.box)
        let laid = Fixture.layout(Fixture.document { Image(svg.path, alt: "a box") })
        XCTAssertEqual(laid.diagnosticText, "")
        let items = laid.pages[0].items
        let rects = items.compactMap { item -> (Rect, String?)? in if case .image(_, let r, let alt) = item { (r, alt) } else { nil } }
        XCTAssertEqual(rects.count, 1)
        XCTAssertEqual(rects[0].0.width, 60, accuracy: 0.01)   // 80 CSS pixels at 96 per inch
        XCTAssertEqual(rects[0].0.height, 30, accuracy: 0.01)
        XCTAssertEqual(rects[0].1, "a box")
        XCTAssertTrue(items.contains { if case .beginTag(.figure) = $0 { true } else { false } })
    }

    func testArtifactImageHasNoFigureAndNoAltText() throws {
        let svg = try file("box.svg", Self.box)
        let laid = Fixture.layout(Fixture.document { Image(svg.path, alt: "a box", width: 40).artifact() })
        let items = laid.pages[0].items
        XCTAssertTrue(items.contains { if case .image(_, let r, nil) = $0 { abs(r.height - 20) < 0.01 } else { false } })
        XCTAssertFalse(items.contains { if case .beginTag(.figure) = $0 { true } else { false } })
    }

    func testSVGWithTextIsALayoutError() throws {
        let svg = try file("text.svg", Self.box.replacingOccurrences(of: "</svg>", with: "<text>UN</text></svg>"))
        let laid = Fixture.layout(Fixture.document { Image(svg.path, alt: "x") })
        XCTAssertEqual(laid.diagnostics(containing: "SVG contains text (<text>)").count, 1, laid.diagnosticText)
    }

    func testDamagedImagesNamedByATemplateAreLayoutErrors() throws {
        // A PNG cut after its header: the size reads, the pixels do not.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                            0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0, 0x90, 0x91, 0x68, 0x36]
        png += [0, 0, 0, 40, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C]
        let truncated = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-layout-\(UUID().uuidString).png")
        try Data(png).write(to: truncated)
        addTeardownBlock { try? FileManager.default.removeItem(at: truncated) }
        let malformed = try file("malformed.svg", String(Self.box.dropLast(8)))
        for path in [truncated.path, malformed.path] {
            let laid = Fixture.layout(Fixture.document { Image(path, alt: "x") })
            XCTAssertEqual(laid.diagnostics.filter { $0.severity == .error }.count, 1, "\(path): \(laid.diagnosticText)")
            XCTAssertFalse(laid.pages[0].items.contains { if case .image = $0 { true } else { false } }, path)
        }
    }
}
