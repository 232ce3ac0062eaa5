#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
ROOT=../../../..
PY=${PYTHON:-$ROOT/.venv/bin/python}
# lynx lists each link's address: the local file's, written as the site's
site() { sed "s#file://$(pwd)/html/#https://news.example/#g; s#file://$(pwd)/#https://news.example/#g"; }
w3m80() { w3m -dump -T text/html -O UTF-8 -cols 80 "$1"; }
w3mwide() { w3m -dump -T text/html -O UTF-8 -cols 10000 "$1"; }
lynx80() { lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8 -width=80 "$1" | site; }
lynx100() { lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8 -width=100 "$1" | site; }
copy() { "$PY" -c 'import sys, tempfile; from pathlib import Path; sys.path.insert(0, sys.argv[1]); from build_text_devset import _copy
with tempfile.TemporaryDirectory() as d: sys.stdout.write(_copy(Path(sys.argv[2]).read_text(encoding="utf-8"), Path(d)))' "$ROOT/benchmarks" "$1"; }
w3m80 html/es-diario.html > es-diario-w3m80.txt
copy html/es-diario.html > es-diario-copy.txt
lynx80 html/pl-portal.html > pl-portal-lynx.txt
copy html/pl-portal.html > pl-portal-copy.txt
w3mwide html/ko-sinmun.html > ko-sinmun-w3mwide.txt
lynx100 html/ko-sinmun.html > ko-sinmun-lynx100.txt
w3m80 html/en-match-report.html > en-match-report-w3m80.txt
copy html/en-match-report.html > en-match-report-copy.txt
w3m80 html/en-photo-story.html > en-photo-story-w3m80.txt
lynx80 html/en-photo-story.html > en-photo-story-lynx.txt
w3mwide html/en-wire.html > en-wire-w3mwide.txt
copy html/en-wire.html > en-wire-copy.txt
lynx100 html/en-opinion-column.html > en-opinion-column-lynx100.txt
copy html/en-opinion-column.html > en-opinion-column-copy.txt
w3m80 html/nl-reacties.html > nl-reacties-w3m80.txt
lynx80 html/nl-reacties.html > nl-reacties-lynx.txt
