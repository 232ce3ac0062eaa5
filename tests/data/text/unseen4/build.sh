#!/bin/sh
# How the captures of this folder were made from html/ (w3m 0.5.3, Lynx 2.9, ELinks 0.13 of Debian).
cd "$(dirname "$0")"
# lynx and elinks list each link's address: the local file's, written as the site's
site() { sed "s#file://$(pwd)/html/#https://news.example/#g; s#file://$(pwd)/#https://news.example/#g"; }
w3m -dump -cols 80 -T text/html html/en-regional-2009.html > en-regional-w3m80.txt
lynx -dump -width=80 html/en-regional-2009.html | site > en-regional-lynx.txt
elinks -dump -dump-width 80 html/en-wire-tv.html | site > en-wire-elinks.txt
w3m -dump -cols 10000 -T text/html html/en-wire-tv.html > en-wire-w3mwide.txt
lynx -dump -width=100 html/en-opinion.html | site > en-opinion-lynx100.txt
w3m -dump -cols 80 -T text/html html/en-opinion.html > en-opinion-w3m80.txt
w3m -dump -cols 80 -T text/html html/es-diario.html > es-w3m80.txt
elinks -dump -dump-width 100 html/es-diario.html | site > es-elinks100.txt
lynx -dump -width=80 html/pl-portal.html | site > pl-lynx.txt
w3m -dump -cols 10000 -T text/html html/pl-portal.html > pl-w3mwide.txt
elinks -dump -dump-width 80 html/sv-kvall.html | site > sv-elinks.txt
w3m -dump -cols 80 -T text/html html/sv-kvall.html > sv-w3m80.txt
w3m -dump -cols 80 -T text/html html/uk-novyny.html > uk-w3m80.txt
lynx -dump -width=100 html/uk-novyny.html | site > uk-lynx100.txt
w3m -dump -cols 10000 -T text/html html/el-eidiseis.html > el-w3mwide.txt
elinks -dump -dump-width 80 html/el-eidiseis.html | site > el-elinks80.txt
