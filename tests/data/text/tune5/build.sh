#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy),
# and their gold (../data_gold.py: the elements each page marks data-gold).
cd "$(dirname "$0")"
. ../dump_forms.sh
w3m80 html/en-kicker-analysis.html > en-kicker-analysis-w3m80.txt; copy html/en-kicker-analysis.html > en-kicker-analysis-copy.txt
lynx80 html/en-crumb-date.html > en-crumb-date-lynx.txt; w3mwide html/en-crumb-date.html > en-crumb-date-w3mwide.txt
w3m80 html/en-long-headline.html > en-long-headline-w3m80.txt; lynx80 html/en-long-headline.html > en-long-headline-lynx.txt
copy html/en-caps-headline.html > en-caps-headline-copy.txt; w3m80 html/en-caps-headline.html > en-caps-headline-w3m80.txt
copy html/en-share-repeat.html > en-share-repeat-copy.txt; lynx100 html/en-share-repeat.html > en-share-repeat-lynx100.txt
w3m80 html/da-vestkyst-posten.html > da-vestkyst-posten-w3m80.txt; copy html/da-vestkyst-posten.html > da-vestkyst-posten-copy.txt
w3mwide html/en-title-differs.html > en-title-differs-w3mwide.txt; lynx80 html/en-title-differs.html > en-title-differs-lynx.txt
lynx80 html/ro-gazeta-dunarii.html > ro-gazeta-dunarii-lynx.txt; copy html/ro-gazeta-dunarii.html > ro-gazeta-dunarii-copy.txt
python3 ../data_gold.py "tune set written for headlines in text captures (README.md); built by build.sh" > gold.json
