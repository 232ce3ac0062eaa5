#!/bin/sh
# How the captures of this folder were made from html/ (w3m 0.5.3, Lynx 2.9, ELinks 0.13 of Debian).
cd "$(dirname "$0")"
# lynx and elinks list each link's address: the local file's, written as the site's
site() { sed "s#file://$(pwd)/html/#https://news.example/#g; s#file://$(pwd)/#https://news.example/#g"; }
w3m -dump -cols 80 -T text/html html/en-local.html > en-local-w3m80.txt
lynx -dump -width=80 html/en-local.html | site > en-local-lynx.txt
lynx -dump -width=80 html/en-gb-broadcaster.html | site > en-gb-lynx.txt
w3m -dump -cols 10000 -T text/html html/en-gb-broadcaster.html > en-gb-w3mwide.txt
w3m -dump -cols 10000 -T text/html html/pl-portal.html > pl-w3mwide.txt
lynx -dump -width=80 html/pl-portal.html | site > pl-lynx.txt
elinks -dump -dump-width 80 html/sv-tidning.html | site > sv-elinks.txt
w3m -dump -cols 80 -T text/html html/sv-tidning.html > sv-w3m80.txt
lynx -dump -width=100 html/tr-haber.html | site > tr-lynx100.txt
w3m -dump -cols 80 -T text/html html/tr-haber.html > tr-w3m80.txt
w3m -dump -cols 80 -T text/html html/uk-novyny.html > uk-w3m80.txt
lynx -dump -width=80 html/uk-novyny.html | site > uk-lynx.txt
elinks -dump -dump-width 100 html/es-diario.html | site > es-elinks.txt
w3m -dump -cols 10000 -T text/html html/es-diario.html > es-w3mwide.txt
w3m -dump -cols 80 -T text/html html/en-tables-2008.html > en-tables-w3m80.txt
lynx -dump -width=80 html/en-tables-2008.html | site > en-tables-lynx.txt
