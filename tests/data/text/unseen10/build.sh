#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
w3m80 html/zh-wanbao.html > zh-wanbao-w3m80.txt
copy html/zh-wanbao.html > zh-wanbao-copy.txt
w3mwide html/es-diario.html > es-diario-w3mwide.txt
lynx80 html/es-diario.html > es-diario-lynx.txt
copy html/cs-portal.html > cs-portal-copy.txt
lynx100 html/cs-portal.html > cs-portal-lynx100.txt
w3m80 html/nl-regio.html > nl-regio-w3m80.txt
w3mwide html/nl-regio.html > nl-regio-w3mwide.txt
lynx80 html/en-tabloid.html > en-tabloid-lynx.txt
copy html/en-tabloid.html > en-tabloid-copy.txt
w3m80 html/en-au-public.html > en-au-public-w3m80.txt
lynx100 html/en-au-public.html > en-au-public-lynx100.txt
w3mwide html/pt-br-portal.html > pt-br-portal-w3mwide.txt
copy html/pt-br-portal.html > pt-br-portal-copy.txt
w3m80 html/ar-jarida.html > ar-jarida-w3m80.txt
w3mwide html/ar-jarida.html > ar-jarida-w3mwide.txt
