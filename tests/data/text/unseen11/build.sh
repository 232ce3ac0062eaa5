#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
w3m80 html/en-explainer.html > en-explainer-w3m80.txt
copy html/en-explainer.html > en-explainer-copy.txt
w3mwide html/ko-portal.html > ko-portal-w3mwide.txt
lynx100 html/ko-portal.html > ko-portal-lynx100.txt
copy html/de-regional-paywall.html > de-regional-paywall-copy.txt
lynx80 html/de-regional-paywall.html > de-regional-paywall-lynx.txt
w3m80 html/tr-national.html > tr-national-w3m80.txt
w3mwide html/tr-national.html > tr-national-w3mwide.txt
lynx80 html/en-us-wire.html > en-us-wire-lynx.txt
copy html/en-us-wire.html > en-us-wire-copy.txt
w3m80 html/hi-portal.html > hi-portal-w3m80.txt
lynx100 html/hi-portal.html > hi-portal-lynx100.txt
w3mwide html/no-broadcaster.html > no-broadcaster-w3mwide.txt
copy html/no-broadcaster.html > no-broadcaster-copy.txt
w3m80 html/fr-ch-interview.html > fr-ch-interview-w3m80.txt
w3mwide html/fr-ch-interview.html > fr-ch-interview-w3mwide.txt
