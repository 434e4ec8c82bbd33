import Dossier
import XCTest

/// The byte-level string checks behind the caches' keys and the engine's quick skips.
final class UTF8BytesTests: XCTestCase {
    func testSameUTF8IsByteEqualityWithoutNormalization() {
        XCTAssertTrue("résolution".hasSameUTF8(as: "r" + "ésolution"))
        XCTAssertTrue("".hasSameUTF8(as: ""))
        XCTAssertFalse("abc".hasSameUTF8(as: "abd"))
        XCTAssertFalse("abc".hasSameUTF8(as: "ab"))
        // The same text in NFC and NFD: equal as Strings, different bytes.
        let composed = "\u{E9}", decomposed = "e\u{301}"
        XCTAssertEqual(composed, decomposed)
        XCTAssertFalse(composed.hasSameUTF8(as: decomposed))
    }

    func testContainsUTF8FindsNeedlesAnywhere() {
        XCTAssertTrue("500 km".containsUTF8(" "))
        XCTAssertFalse("监测框架执行情况简报".containsUTF8(" "))
        XCTAssertTrue("ab".containsUTF8(""))
        XCTAssertTrue("secu\u{AD}rity".containsUTF8("\u{AD}"))
        XCTAssertTrue("end\u{AD}".containsUTF8("\u{AD}"), "at the very end")
        XCTAssertFalse("\u{AC}".containsUTF8("\u{AD}"), "U+00AC shares the first byte of U+00AD (C2)")
        XCTAssertTrue("aab".containsUTF8("ab"), "a partial match before the match")
        XCTAssertFalse("a".containsUTF8("ab"), "needle longer than the text")
        XCTAssertTrue("резолюция 2395 (2017)".containsUTF8("("))
    }
}
