import ClashingNames
import Dossier
import DossierRender
import Foundation
import XCTest

/// Dossier's `Text`, `Image`, `List`, `Section`, `Group` and `Table` beside a module with types of the same names
/// (as SwiftUI has on Apple platforms): qualified with the module name, a document builds and renders, and the
/// other module's types stay usable unqualified-by-Dossier (`ClashingNames.Text`).
final class NameClashTests: XCTestCase {
    func testADocumentBuiltWithQualifiedNamesRendersBesideClashingTypes() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let png = dir.file("mark.png")
        try TinyPNG.data(width: 20, height: 10) { x, _ in (UInt8(x * 12), 90, 160) }.write(to: png)

        // The other module's types, by their own qualified names.
        let views = (ClashingNames.Text("view"), ClashingNames.Image("logo"), ClashingNames.List(["a"]),
                     ClashingNames.Section("s"), ClashingNames.Group(2), ClashingNames.Table(columns: 3))
        XCTAssertEqual(views.0, ClashingNames.Text("view"))

        let rows = [("Alpha", 1), ("Beta", 2)]
        let document = Document(id: "qualified", metadata: DocumentMetadata(title: "Qualified names")) {
            Dossier.Section("Qualified section") {
                Dossier.Group {
                    Paragraph(Dossier.Text("Plain and ") + Dossier.Text("bold").bold() + Dossier.Text(" text."))
                    Dossier.List(items: [Dossier.Text("First item"), Dossier.Text("Second item")])
                }
                Dossier.Image(png.path, alt: "A small mark", width: 40)
                Dossier.Table(rows, id: "qualified_rows") {
                    Column("Name", key: "name") { $0.0 }
                    Column("Count", key: "count") { .integer($0.1) }
                }
            }
        }
        let pdf = dir.file("qualified.pdf")
        try DocumentRenderer(fontDirectory: nil).render(document, pdf: pdf, settings: RenderSettings(fallbackDate: Date(timeIntervalSince1970: 0)))
        let text = TextMatch.normalize(try PDFTools.text(pdf))
        for needle in ["Qualified section", "Plain and bold text.", "First item", "Second item", "Name Count", "Alpha 1", "Beta 2"] {
            XCTAssertTrue(text.contains(needle), "missing \"\(needle)\" in:\n\(text)")
        }
    }
}
