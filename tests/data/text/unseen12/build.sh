#!/bin/sh
# How the captures of this folder were made from html/ by the project's own dump tools
# (benchmarks/build_text_devset.py: w3m 0.5.3, Lynx 2.9, and headless Chromium's select-all copy).
cd "$(dirname "$0")"
. ../dump_forms.sh
w3mwide html/ja-zenkoku.html > ja-zenkoku-w3mwide.txt
copy html/ja-zenkoku.html > ja-zenkoku-copy.txt
w3m80 html/cs-bulvar.html > cs-bulvar-w3m80.txt
lynx80 html/cs-bulvar.html > cs-bulvar-lynx.txt
copy html/el-portal.html > el-portal-copy.txt
lynx100 html/el-portal.html > el-portal-lynx100.txt
w3m80 html/es-mx-diario.html > es-mx-diario-w3m80.txt
w3mwide html/es-mx-diario.html > es-mx-diario-w3mwide.txt
lynx80 html/vi-bao.html > vi-bao-lynx.txt
copy html/vi-bao.html > vi-bao-copy.txt
w3m80 html/fa-khabar.html > fa-khabar-w3m80.txt
w3mwide html/fa-khabar.html > fa-khabar-w3mwide.txt
w3m80 html/en-uk-local.html > en-uk-local-w3m80.txt
copy html/en-uk-local.html > en-uk-local-copy.txt
w3mwide html/en-us-blotter.html > en-us-blotter-w3mwide.txt
lynx80 html/en-us-blotter.html > en-us-blotter-lynx.txt
