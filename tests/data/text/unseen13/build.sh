#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
w3mwide html/zh-portal.html > zh-portal-w3mwide.txt
copy html/zh-portal.html > zh-portal-copy.txt
w3m80 html/ms-berita.html > ms-berita-w3m80.txt
lynx80 html/ms-berita.html > ms-berita-lynx.txt
copy html/uk-novyny.html > uk-novyny-copy.txt
lynx100 html/uk-novyny.html > uk-novyny-lynx100.txt
w3m80 html/ie-daily.html > ie-daily-w3m80.txt
copy html/ie-daily.html > ie-daily-copy.txt
w3mwide html/en-tech.html > en-tech-w3mwide.txt
lynx80 html/en-tech.html > en-tech-lynx.txt
w3m80 html/fr-factcheck.html > fr-factcheck-w3m80.txt
w3mwide html/fr-factcheck.html > fr-factcheck-w3mwide.txt
lynx80 html/es-ar-opinion.html > es-ar-opinion-lynx.txt
copy html/es-ar-opinion.html > es-ar-opinion-copy.txt
w3m80 html/en-sc-match.html > en-sc-match-w3m80.txt
w3mwide html/en-sc-match.html > en-sc-match-w3mwide.txt
