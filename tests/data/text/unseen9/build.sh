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
w3m80 html/ja-shimbun.html > ja-shimbun-w3m80.txt
copy html/ja-shimbun.html > ja-shimbun-copy.txt
w3mwide html/it-quotidiano.html > it-quotidiano-w3mwide.txt
lynx80 html/it-quotidiano.html > it-quotidiano-lynx.txt
copy html/ro-portal.html > ro-portal-copy.txt
lynx100 html/ro-portal.html > ro-portal-lynx100.txt
w3m80 html/en-india.html > en-india-w3m80.txt
w3mwide html/en-india.html > en-india-w3mwide.txt
lynx80 html/en-tvstation.html > en-tvstation-lynx.txt
copy html/en-tvstation.html > en-tvstation-copy.txt
w3mwide html/fr-interview.html > fr-interview-w3mwide.txt
copy html/fr-interview.html > fr-interview-copy.txt
w3m80 html/pt-agencia.html > pt-agencia-w3m80.txt
lynx100 html/pt-agencia.html > pt-agencia-lynx100.txt
w3m80 html/de-wochenblatt.html > de-wochenblatt-w3m80.txt
w3mwide html/de-wochenblatt.html > de-wochenblatt-w3mwide.txt
