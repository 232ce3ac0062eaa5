#!/bin/sh
# How the captures of this folder were made from html/ (w3m 0.5.3, Lynx 2.9, ELinks 0.13 of Debian).
cd "$(dirname "$0")"
# lynx and elinks list each link's address: the local file's, written as the site's
site() { sed "s#file://$(pwd)/html/#https://news.example/#g; s#file://$(pwd)/#https://news.example/#g"; }
w3m -dump -cols 80 -T text/html html/fr-quotidien.html > fr-w3m80.txt
lynx -dump -width=80 html/fr-quotidien.html | site > fr-lynx.txt
elinks -dump -dump-width 80 html/de-nachrichten.html | site > de-elinks.txt
w3m -dump -cols 10000 -T text/html html/de-nachrichten.html > de-w3mwide.txt
lynx -dump -width=100 html/it-agenzia.html | site > it-lynx100.txt
w3m -dump -cols 80 -T text/html html/it-agenzia.html > it-w3m80.txt
elinks -dump -dump-width 100 html/pt-portal-sp.html | site > pt-elinks100.txt
lynx -dump -width=80 html/pt-portal-sp.html | site > pt-lynx.txt
w3m -dump -cols 10000 -T text/html html/tr-gazete.html > tr-w3mwide.txt
elinks -dump -dump-width 80 html/tr-gazete.html | site > tr-elinks.txt
w3m -dump -cols 80 -T text/html html/en-2003-tables.html > en-2003-w3m80.txt
lynx -dump -width=80 html/en-2003-tables.html | site > en-2003-lynx.txt
lynx -dump -width=100 html/en-longread.html | site > en-longread-lynx100.txt
elinks -dump -dump-width 80 html/en-longread.html | site > en-longread-elinks.txt
w3m -dump -cols 80 -T text/html html/en-liveblog.html > en-live-w3m80.txt
elinks -dump -dump-width 100 html/en-liveblog.html | site > en-live-elinks100.txt
