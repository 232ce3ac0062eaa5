#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
w3m80 html/fr-regional.html > fr-regional-w3m80.txt
copy html/fr-regional.html > fr-regional-copy.txt
w3mwide html/de-wochenzeitung.html > de-wochenzeitung-w3mwide.txt
lynx100 html/de-wochenzeitung.html > de-wochenzeitung-lynx100.txt
w3m80 html/it-liveblog.html > it-liveblog-w3m80.txt
lynx80 html/it-liveblog.html > it-liveblog-lynx.txt
copy html/ptbr-portal.html > ptbr-portal-copy.txt
w3mwide html/ptbr-portal.html > ptbr-portal-w3mwide.txt
lynx100 html/ru-novosti.html > ru-novosti-lynx100.txt
w3m80 html/ru-novosti.html > ru-novosti-w3m80.txt
copy html/en-tabloid.html > en-tabloid-copy.txt
lynx80 html/en-tabloid.html > en-tabloid-lynx.txt
w3mwide html/en-paywall.html > en-paywall-w3mwide.txt
copy html/en-paywall.html > en-paywall-copy.txt
w3m80 html/en-local.html > en-local-w3m80.txt
w3mwide html/en-local.html > en-local-w3mwide.txt
