# Convenience targets; the README's two commands are scripts/demo.sh and scripts/test.sh.
.PHONY: demo test bench bench-quick bench-goals

demo:
	scripts/demo.sh

test:
	scripts/test.sh

# Dossier beside Typst, ReportLab, fpdf2, WeasyPrint and the C floor on ../shared/bench (about 30 minutes),
# plus Dossier's own figures (batch command, untagged output, layout cost over shaping) and the goals of issue 18
# (scripts/bench/goals.py). Results: out/bench/.
bench:
	scripts/bench.sh

bench-quick:
	scripts/bench.sh --quick

# Only the four goals of issue 18 against the C floor, in English, Chinese and Arabic (about 3 minutes after the
# build, which is bench.sh's). Results: out/bench/goals/GOALS.md.
bench-goals: export PATH := /opt/swift/usr/bin:$(PATH)
bench-goals:
	scripts/setup.sh
	swift build -c release --static-swift-stdlib --product dossier
	python3 scripts/bench/goals.py .build/release/dossier out/bench/goals
