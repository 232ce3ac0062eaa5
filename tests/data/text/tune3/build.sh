#!/bin/sh
# How the captures of this folder were made from html/ (w3m 0.5.3, Lynx 2.9, ELinks 0.13 of
# Debian), and their gold (../data_gold.py: the elements each page marks data-gold).
cd "$(dirname "$0")"
# lynx and elinks list each link's address: the local file's, written as the site's
site() { sed "s#file://$(pwd)/html/#https://news.example/#g; s#file://$(pwd)/#https://news.example/#g"; }
w3m80() { w3m -dump -cols 80 -T text/html "html/$1.html" > "$1-w3m80.txt"; }
w3mwide() { w3m -dump -cols 10000 -T text/html "html/$1.html" > "$1-w3mwide.txt"; }
lynx80() { lynx -dump -width=80 "html/$1.html" | site > "$1-lynx.txt"; }
elinks80() { elinks -dump -dump-width 80 "html/$1.html" | site > "$1-elinks.txt"; }
w3m80 en-valley-ledger; lynx80 en-valley-ledger
w3mwide de-rheinbote; elinks80 de-rheinbote
w3m80 fr-ouest-matin; lynx80 fr-ouest-matin
w3m80 en-harbour-courier; w3mwide en-harbour-courier
w3m80 en-gazette-2008; lynx80 en-gazette-2008; w3mwide en-gazette-2008
w3m80 nl-dagblad-2008; elinks80 nl-dagblad-2008
w3m80 it-gazzetta-colonna; w3mwide it-gazzetta-colonna
w3mwide pl-kurier-dlugi; lynx80 pl-kurier-dlugi
elinks80 es-diario-sur; w3m80 es-diario-sur
lynx80 pt-jornal-norte; w3mwide pt-jornal-norte
w3m80 de-anzeiger-2008; lynx80 de-anzeiger-2008
python3 ../data_gold.py "tune set written for the layouts the text path got wrong (README.md); built by build.sh" > gold.json
