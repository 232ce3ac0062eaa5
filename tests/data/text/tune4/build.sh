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
w3m80 de-stadtanzeiger; lynx80 de-stadtanzeiger
w3m80 fr-echo-savoie; elinks80 fr-echo-savoie
lynx80 es-voz-levante; w3mwide es-voz-levante
w3m80 it-eco-laguna; lynx80 it-eco-laguna
elinks80 pt-diario-planalto; w3mwide pt-diario-planalto
w3m80 nl-noorderpost; lynx80 nl-noorderpost
w3m80 pl-kurier-mazurski; elinks80 pl-kurier-mazurski
lynx80 cs-hlas-vysociny; w3m80 cs-hlas-vysociny
w3m80 sv-kvallsposten; w3mwide sv-kvallsposten
elinks80 tr-ege-gundem; w3m80 tr-ege-gundem
python3 ../data_gold.py "tune set written for dates, bylines and headlines in ten languages (README.md); built by build.sh" > gold.json
