import Dossier

/// Footnotes inside table cells, UN style: a lettered mark in the cell and the note under the table, after the
/// table's own notes and lettered on from them. The letters follow the reading order of the printed cells (row by
/// row); a note repeated word for word in several cells keeps its first letter. The CSV annex is not affected: it
/// exports cell values, never the printed text.
enum TableCellNotes {
    /// `model` with its cells' footnote marks replaced by letters, and the notes to print under the table (the
    /// model's own first).
    static func lettered(_ model: TableModel) -> (model: TableModel, notes: [Text]) {
        var notes = model.notes
        var letters: [[Inline]: String] = [:]
        var lettered = model
        let printed = model.printedColumnIndices
        for r in model.rows.indices {
            let row = model.rows[r]
            guard printed.contains(where: { row.text(at: $0).runs.contains(where: isFootnote) }) else { continue }
            var display = row.display ?? Array(repeating: nil, count: row.values.count)
            if display.count < row.values.count { display += Array(repeating: nil, count: row.values.count - display.count) }
            for c in printed where c < display.count {
                let text = row.text(at: c)
                guard text.runs.contains(where: isFootnote) else { continue }
                display[c] = marking(text) { note in
                    if let letter = letters[note] { return letter }
                    notes.append(Text(runs: note))
                    let letter = ListMarker.letters(notes.count)
                    letters[note] = letter
                    return letter
                }
            }
            lettered.rows[r].display = display
        }
        return (lettered, notes)
    }

    private static func isFootnote(_ run: Inline) -> Bool { if case .footnote = run { return true } else { return false } }

    /// `text` with each footnote replaced by its superscript letter, placed after a following punctuation mark
    /// (English usage, as for numbered footnotes).
    private static func marking(_ text: Text, letter: ([Inline]) -> String) -> Text {
        var out: [Inline] = []
        var pending: String? = nil
        for run in text.runs {
            if case .footnote(let note) = run {
                if let p = pending { out.append(mark(p)) }
                pending = letter(note)
                continue
            }
            if let p = pending {
                pending = nil
                if case .text(let s, let style) = run, let first = s.first, ".,;:".contains(first) {
                    out.append(.text(String(first), style))
                    out.append(mark(p))
                    out.append(.text(String(s.dropFirst()), style))
                    continue
                }
                out.append(mark(p))
            }
            out.append(run)
        }
        if let p = pending { out.append(mark(p)) }
        return Text(runs: out)
    }

    private static func mark(_ letter: String) -> Inline { .text(letter, InlineStyle(superscript: true)) }
}
