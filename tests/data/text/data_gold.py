"""The gold of each capture of a tune folder (its build.sh runs ``python3 ../data_gold.py NOTE``
there), from its page in html/: the text of the elements marked ``data-gold`` (the body's
paragraphs and headings, the standfirst), the headline marked ``data-gold="title"``, and the
people and day ``<body data-gold-authors="A; B" data-gold-date="YYYY-MM-DD">`` states. Printed,
with NOTE as its "_note", as the JSON bench_text.py --unseen reads."""

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path.cwd()  # the folder whose captures are read: build.sh runs in it
VOID = {"br", "img", "meta", "hr", "input", "link"}


class Gold(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []  # (tag, its data-gold or None)
        self.open: list[str] | None = None
        self.kind = ""
        self.body: list[str] = []
        self.title = ""
        self.authors: list[str] = []
        self.date = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body":
            self.authors = [x.strip() for x in (a.get("data-gold-authors") or "").split(";") if x.strip()]
            self.date = a.get("data-gold-date") or ""
        if tag in VOID:
            if tag == "br" and self.open is not None:
                self.open.append(" ")
            return
        if "data-gold" in a and self.open is None:
            self.open, self.kind = [], a["data-gold"] or "body"
            self.stack.append((tag, "gold"))
        else:
            self.stack.append((tag, None))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, mark = self.stack.pop()
            if mark and self.open is not None:
                text = " ".join("".join(self.open).split())
                if self.kind == "title":
                    self.title = text
                else:
                    self.body.append(text)
                self.open = None
            if t == tag:
                break

    def handle_data(self, data):
        if self.open is not None:
            self.open.append(data)


def main() -> None:
    golds = {"_note": sys.argv[1]}
    for capture in sorted(HERE.glob("*.txt")):
        page = capture.name.rsplit("-", 1)[0]
        parser = Gold()
        parser.feed((HERE / "html" / f"{page}.html").read_text(encoding="utf-8"))
        golds[capture.name] = {"title": parser.title, "authors": parser.authors, "date": parser.date,
                               "body": parser.body}
    json.dump(golds, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
