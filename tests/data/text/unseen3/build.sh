#!/bin/sh
# How the captures of this folder were made from html/ (w3m 0.5.3, Lynx 2.9, ELinks 0.13 of Debian).
cd "$(dirname "$0")"
# lynx and elinks list each link's address: the local file's, written as the site's
site() { sed "s#file://$(pwd)/html/#https://news.example/#g; s#file://$(pwd)/#https://news.example/#g"; }
w3m -dump -cols 80 -T text/html html/en-live.html > en-live-w3m80.txt
elinks -dump -dump-width 80 html/en-live.html | site > en-live-elinks.txt
lynx -dump -width=80 html/de-2005-tabellen.html | site > de-tabellen-lynx.txt
w3m -dump -cols 80 -T text/html html/de-2005-tabellen.html > de-tabellen-w3m80.txt
w3m -dump -cols 10000 -T text/html html/fr-diaporama.html > fr-diaporama-w3mwide.txt
lynx -dump -width=80 html/fr-diaporama.html | site > fr-diaporama-lynx.txt
elinks -dump -dump-width 100 html/it-quotidiano.html | site > it-elinks100.txt
w3m -dump -cols 10000 -T text/html html/it-quotidiano.html > it-w3mwide.txt
lynx -dump -width=100 html/pt-portal.html | site > pt-lynx100.txt
w3m -dump -cols 80 -T text/html html/pt-portal.html > pt-w3m80.txt
w3m -dump -cols 10000 -T text/html html/nl-omroep.html > nl-w3mwide.txt
elinks -dump -dump-width 80 html/nl-omroep.html | site > nl-elinks.txt
w3m -dump -cols 80 -T text/html html/ar-akhbar.html > ar-w3m80.txt
lynx -dump -width=80 html/ar-akhbar.html | site > ar-lynx.txt
lynx -dump -width=80 html/cs-zpravy.html | site > cs-lynx.txt
elinks -dump -dump-width 100 html/cs-zpravy.html | site > cs-elinks100.txt
