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
lynx100() { lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8 -width=100 "html/$1.html" | site > "$1-lynx100.txt"; }
copy() { "$PY" -c 'import sys, tempfile; from pathlib import Path; sys.path.insert(0, sys.argv[1]); from build_text_devset import _copy
with tempfile.TemporaryDirectory() as d: sys.stdout.write(_copy(Path(sys.argv[2]).read_text(encoding="utf-8"), Path(d)))' "$ROOT/benchmarks" "html/$1.html" > "$1-copy.txt"; }
w3m80 en-kicker-analysis; copy en-kicker-analysis
lynx80 en-crumb-date; w3mwide en-crumb-date
w3m80 en-long-headline; lynx80 en-long-headline
copy en-caps-headline; w3m80 en-caps-headline
copy en-share-repeat; lynx100 en-share-repeat
w3m80 da-vestkyst-posten; copy da-vestkyst-posten
w3mwide en-title-differs; lynx80 en-title-differs
lynx80 ro-gazeta-dunarii; copy ro-gazeta-dunarii
python3 ../data_gold.py "tune set written for headlines in text captures (README.md); built by build.sh" > gold.json
