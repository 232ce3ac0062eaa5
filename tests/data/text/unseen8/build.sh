#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
w3m80 html/es-diario.html > es-diario-w3m80.txt
copy html/es-diario.html > es-diario-copy.txt
lynx80 html/nl-regio.html > nl-regio-lynx.txt
w3mwide html/nl-regio.html > nl-regio-w3mwide.txt
copy html/pl-portal.html > pl-portal-copy.txt
lynx100 html/pl-portal.html > pl-portal-lynx100.txt
w3mwide html/sv-kvallstidning.html > sv-kvallstidning-w3mwide.txt
w3m80 html/sv-kvallstidning.html > sv-kvallstidning-w3m80.txt
lynx80 html/en-wire-partner.html > en-wire-partner-lynx.txt
copy html/en-wire-partner.html > en-wire-partner-copy.txt
w3m80 html/en-column.html > en-column-w3m80.txt
lynx100 html/en-column.html > en-column-lynx100.txt
w3mwide html/en-science.html > en-science-w3mwide.txt
copy html/en-science.html > en-science-copy.txt
w3m80 html/en-match.html > en-match-w3m80.txt
w3mwide html/en-match.html > en-match-w3mwide.txt
