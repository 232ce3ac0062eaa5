#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
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
