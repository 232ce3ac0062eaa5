#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy),
# and their gold (../data_gold.py: the elements each page marks data-gold).
cd "$(dirname "$0")"
. ../dump_forms.sh
for page in en-clarion-exclusive en-live-storm en-ledger-paywall en-meridian-longread en-herald-dateline \
            fr-echo-aven pt-gazeta-vale de-kuestenpost-endbyline; do
  w3m80 "html/$page.html" > "$page-w3m80.txt"; w3mwide "html/$page.html" > "$page-w3mwide.txt"
  lynx80 "html/$page.html" > "$page-lynx.txt"; copy "html/$page.html" > "$page-copy.txt"
done
python3 ../data_gold.py "tune set written for the kinds of page fresh text captures are (README.md); built by build.sh" > gold.json
