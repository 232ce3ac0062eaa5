"""Build given_names_world.tsv: given names of ~80 countries that the 1990 US Census never counted.

Source: the person providers of Faker (https://github.com/joke2k/faker, PyPI package ``faker``,
MIT licence, copyright (c) 2012 Daniele Faraglia; built from 40.63.0), whose per-locale lists of
first names (pl_PL, hi_IN, en_IN, en_GB, tr_TR, ja_JP's romanised names, ...) this script reads.
Development-time only (nothing here is a runtime dependency):

    pip download faker --no-deps -d /tmp/faker && unzip -q /tmp/faker/faker-*.whl -d /tmp/faker/x
    python3 resources/attribution/build_given_names_world.py /tmp/faker/x

Output (UTF-8): comment lines, then ``name<TAB>sex`` a line, lower case, sorted, for names of one
word in Latin script (the readers' tokens; Cyrillic and Greek lists are left out: the name readers
compare Latin-script words), each also written without its accents when it has any ("łukasz",
"lukasz"), as the readers' folded words are. Sex is ``male`` or ``female`` when every locale's
list that holds the name is of that sex, else ``both`` (a locale's list without a sex counts as
both). Left out: names given_names.tsv already holds (the census's, with its sex and its word
test); names of Zipf ``--word-zipf`` or more in resources/terms/background.tsv (a common word or
place in English news first: "paris", "china", "van", "de", "hope"; no census share here to tell
a name from a word, so the bar is lower than the census builder's 4.5); names of a country, a
capital or a demonym in resources/terms/countries.tsv or of a place in gazetteer.json ("lima",
"chad"); English common nouns, singular or plural, of resources/terms/common_nouns.txt.gz
(Faker's English list holds "Unnamed", "Almond"; Icelandic "Valves"); and names of two letters
or fewer.
Standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import importlib
import json
import pkgutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "given_names_world.tsv"
CENSUS = HERE / "given_names.tsv"
TERMS = HERE.parent / "terms"
WORD_ZIPF = 3.6  # wordfreq Zipf from which a name not in the census is a common word or place first


def is_latin_word(name: str) -> bool:
    return len(name) > 2 and all(c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in name)


def unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def faker_first_names(root: Path) -> dict[str, set[str]]:
    """Every Latin-script first name of Faker's person providers -> the sexes its lists give."""
    sys.path.insert(0, str(root))
    person = importlib.import_module("faker.providers.person")
    out: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in dir(provider):
            if not attr.startswith("first_") or "kana" in attr or "pairs" in attr:
                continue
            names = getattr(provider, attr)
            if not isinstance(names, (list, tuple, dict)):
                continue
            sex = "female" if "female" in attr else "male" if "male" in attr else "both"
            for name in names:
                if isinstance(name, str) and is_latin_word(name.lower()):
                    out.setdefault(name.lower(), set()).add(sex)
    return out


def places() -> set[str]:
    words = set()
    for line in (TERMS / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            for field in line.split("\t"):
                words.update(w.lower() for part in field.split(";") for w in part.split())
    gazetteer = json.loads((TERMS / "gazetteer.json").read_text(encoding="utf-8"))
    for key in ("places", "place_names"):
        words.update(w.lower() for entry in gazetteer[key] for w in str(entry).split())
    return words


def common_nouns() -> set[str]:
    """WordNet's nouns written in lower case only (terms/common_nouns.txt.gz): "valve", "loot"."""
    lines = gzip.decompress((TERMS / "common_nouns.txt.gz").read_bytes()).decode("utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def read_zipf(path: Path) -> dict[str, float]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {word: float(zipf) for word, zipf in rows}


def world_names(found: dict[str, set[str]], census: set[str], zipf: dict[str, float], place_words: set[str],
                nouns: set[str], word_zipf: float) -> tuple[dict[str, str], dict[str, str]]:
    """(kept name -> sex, left-out name -> why) for the names the census lacks."""
    kept, left = {}, {}
    for name, found_sexes in sorted(found.items()):
        plain = unaccented(name)
        if name in census or plain in census:
            continue
        if max(zipf.get(name, 0.0), zipf.get(plain, 0.0)) >= word_zipf:
            left[name] = f"word {max(zipf.get(name, 0.0), zipf.get(plain, 0.0)):.2f}"
        elif name in place_words or plain in place_words:
            left[name] = "place"
        elif plain in nouns or plain.endswith("s") and plain[:-1] in nouns:
            left[name] = "noun"
        else:
            sexed = found_sexes - {"both"}  # a list of either sex ("first_names" = male + female) tells none
            kept[name] = sexed.pop() if len(sexed) == 1 else "both"
    return kept, left


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("faker", type=Path, help="folder holding the unpacked faker package")
    parser.add_argument("--word-zipf", type=float, default=WORD_ZIPF)
    parser.add_argument("--show-left-out", action="store_true", help="print the names left out and why")
    args = parser.parse_args()
    census = {line.split("\t")[0] for line in CENSUS.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    kept, left = world_names(faker_first_names(args.faker), census, read_zipf(TERMS / "background.tsv"),
                             places(), common_nouns(), args.word_zipf)
    if args.show_left_out:
        for name, why in left.items():
            print(f"{name}\t{why}")
    rows = {}
    for name, sex in kept.items():
        rows[name] = sex
        rows.setdefault(unaccented(name), sex)
    header = [
        "# Given names (lower case) the 1990 US Census lacks, and the sex they name: male, female, or both.",
        "# Source: the person providers' first-name lists of Faker (PyPI faker, MIT licence, (c) 2012",
        f"# Daniele Faraglia), ~80 locales; built by build_given_names_world.py on {datetime.date.today().isoformat()}:",
        "# Latin-script names of one word, each also without its accents; names in given_names.tsv,",
        f"# names of Zipf {args.word_zipf} or more in terms/background.tsv, countries', places' names and",
        "# English common nouns (terms/common_nouns.txt.gz) left out.",
    ]
    OUT.write_text("\n".join(header + [f"{n}\t{s}" for n, s in sorted(rows.items())]) + "\n", encoding="utf-8")
    print(f"{len(kept)} names kept ({len(rows)} rows), {len(left)} left out", file=sys.stderr)


if __name__ == "__main__":
    main()
