# Convenience targets; the README's two commands are scripts/demo.sh and scripts/test.sh.
.PHONY: demo test bench bench-quick

demo:
	scripts/demo.sh

test:
	scripts/test.sh

# Dossier beside Typst, ReportLab, fpdf2, WeasyPrint and the C floor on ../shared/bench (about 25 minutes),
# plus Dossier's own figures (batch command, untagged output, layout cost over shaping). Results: out/bench/.
bench:
	scripts/bench.sh

bench-quick:
	scripts/bench.sh --quick
