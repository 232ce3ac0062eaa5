#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy),
# and their gold (../data_gold.py: the elements each page marks data-gold).
cd "$(dirname "$0")"
ROOT=../../../..
PY=${PYTHON:-$ROOT/.venv/bin/python}
# lynx lists each link's address: the local file's, written as the site's
site() { sed "s#file://$(pwd)/html/#https://news.example/#g; s#file://$(pwd)/#https://news.example/#g"; }
w3m80() { w3m -dump -T text/html -O UTF-8 -cols 80 "html/$1.html" > "$1-w3m80.txt"; }
w3mwide() { w3m -dump -T text/html -O UTF-8 -cols 10000 "html/$1.html" > "$1-w3mwide.txt"; }
lynx80() { lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8 -width=80 "html/$1.html" | site > "$1-lynx.txt"; }
copy() { "$PY" -c 'import sys, tempfile; from pathlib import Path; sys.path.insert(0, sys.argv[1]); from build_text_devset import _copy
with tempfile.TemporaryDirectory() as d: sys.stdout.write(_copy(Path(sys.argv[2]).read_text(encoding="utf-8"), Path(d)))' "$ROOT/benchmarks" "html/$1.html" > "$1-copy.txt"; }
for page in en-clarion-exclusive en-live-storm en-ledger-paywall en-meridian-longread en-herald-dateline \
            fr-echo-aven pt-gazeta-vale de-kuestenpost-endbyline; do
  w3m80 "$page"; w3mwide "$page"; lynx80 "$page"; copy "$page"
done
python3 ../data_gold.py "tune set written for the kinds of page fresh text captures are (README.md); built by build.sh" > gold.json
