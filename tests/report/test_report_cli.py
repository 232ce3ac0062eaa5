"""`sidebyside report A B -o OUT` writes the report for two captures."""

from __future__ import annotations

from pathlib import Path

from sidebyside.cli import main

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_report_html_from_the_seed_pair(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", str(SEEDS[0]), str(SEEDS[1]), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Vladimir Putin" in html and 'id="shared-quotes"' in html


def test_report_refuses_unknown_output_type(tmp_path, capsys):
    assert main(["report", str(SEEDS[0]), str(SEEDS[1]), "-o", str(tmp_path / "r.txt")]) == 2
    assert ".html or .pdf" in capsys.readouterr().err


def test_report_names_an_unreadable_capture(tmp_path, capsys):
    missing = tmp_path / "missing.html"
    assert main(["report", str(missing), str(SEEDS[1]), "-o", str(tmp_path / "r.html")]) == 2
    assert "missing.html" in capsys.readouterr().err


def test_report_of_three_captures_is_the_coverage_report(tmp_path):
    sets = Path(__file__).resolve().parents[1] / "data" / "coverage" / "strike"
    paths = [str(sets / n) for n in ("harbourtimes.txt", "dailyexpressen.txt", "wirenews.txt")]
    out = tmp_path / "coverage.html"
    assert main(["report", *paths, "-o", str(out), "--data-dir", str(tmp_path / "notes")]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Quotes × outlets" in html and "Facts × outlets" in html and 'id="naming"' in html
    assert "Maria Costa" in html and "✂ trimmed" in html
    assert str(sets) not in html  # file names only, not the full local path
    # an undated article in the extractor's words, as the pane says it: the page may state a date
    # the app missed
    assert "no publication date found" in html and "date not stated" not in html

