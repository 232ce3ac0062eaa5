# The dump commands of the text-capture sets built from their html/ folders (tune5, tune6, unseen6 and later),
# sourced by each set's build.sh after it has changed into its own folder: the project's own dump
# tools (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
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
