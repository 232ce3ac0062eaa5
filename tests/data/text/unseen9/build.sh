#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
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
