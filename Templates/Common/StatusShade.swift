import BriefingModel
import Dossier

extension ImplementationStatus {
    /// The shade behind a status in tables (a heat map): darker the more implemented, light enough for black text.
    /// The label or code printed on it says the same in words, for greyscale print and screen readers.
    var shade: Color? {
        switch self {
        case .substantiallyImplemented: return .hex(0x9DC3E6)
        case .partiallyImplemented: return .hex(0xD6E6F5)
        case .notImplemented: return .hex(0xF4D3D0)
        case .insufficientInformation: return .gray(0.92)
        case .notApplicable: return nil
        }
    }
}
