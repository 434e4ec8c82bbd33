import BriefingModel
import DossierImages

/// Checks the files that loaded bundles name (`meta.emblem`): each is confined to its bundle's folder (or an assets
/// folder) before anything is read, then opened (absurd declared sizes and text in an SVG refused from the header
/// or the source) and decoded in full (a damaged file refused). Problems are input errors at the field's path;
/// removed SVG references are warnings. Each emblem that passes gets its `location`, the file the template draws.
enum InputFileCheck {
    static func check(_ bundles: [LoadedBundle], confinement: InputFileConfinement) -> (bundles: [LoadedBundle], diagnostics: [ModelDiagnostic]) {
        var diagnostics: [ModelDiagnostic] = []
        var checked = bundles
        for i in checked.indices {
            guard var emblem = checked[i].emblem else { continue }
            let file = checked[i].file, path = "meta.emblem" + emblem.fileField
            do {
                let location = try confinement.resolve(emblem.file, namedBy: file)
                do {
                    let image = try ImageFile(path: location)
                    try image.verify()
                    diagnostics += image.warnings.map { ModelDiagnostic(.warning, file: file, path: path, message: "\(emblem.file): \($0)") }
                } catch {
                    diagnostics.append(ModelDiagnostic(.error, file: file, path: path, message: "\(emblem.file): \(error)"))
                    continue
                }
                emblem.location = location
                checked[i].emblem = emblem
            } catch {
                diagnostics.append(ModelDiagnostic(.error, file: file, path: path, message: error.description))
            }
        }
        return (checked, diagnostics)
    }
}
