"""The command line's usage contract: bad usage exits 2 with one line naming the problem."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sidebyside.cli import main


@pytest.mark.parametrize(
    "args, says",
    [
        (["compare", "only-one.html"], "compare needs two captures"),
        (["report", "only-one.html", "-o", "r.html"], "report needs two captures"),
        (["extract", "x.html", "--format", "docx"], "invalid choice: 'docx'"),
        (["notes", "add", "x.html", "--body", "y"], "required: --quote"),
        (["notes"], "{add,list,export,import,delete}"),
        (["a.html"], "give two or more captures"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args, says, capsys):
    with pytest.raises(SystemExit) as exit_info:
        status = main(args)
        raise SystemExit(status)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and says in err, err


def test_help_still_shows_the_usage():
    result = subprocess.run([sys.executable, "-m", "sidebyside", "extract", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "usage: sidebyside extract" in result.stdout


def test_an_unreadable_single_input_names_the_file(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.html")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "missing.html" in err


@pytest.mark.parametrize(
    "args",
    [
        ["notes", "--data-dir", "{d}", "list", "p.html"],
        ["notes", "list", "p.html", "--data-dir", "{d}"],
        ["compare", "a.html", "b.html", "--data-dir", "{d}"],
    ],
)
def test_data_dir_is_kept_wherever_it_is_given(args, tmp_path):
    from sidebyside.cli import build_parser

    parsed = build_parser().parse_args([a.format(d=tmp_path) for a in args])
    assert parsed.data_dir == str(tmp_path)


def test_notes_added_with_data_dir_before_the_subcommand_go_there(tmp_path, monkeypatch, capsys):
    from seed_paths import SEEDS_DIR

    monkeypatch.delenv("SIDEBYSIDE_DATA_DIR", raising=False)
    store = tmp_path / "store"
    seed = str(SEEDS_DIR / "moscowtimes-putin-assad-2023-03.txt")
    assert main(["notes", "--data-dir", str(store), "add", seed, "--quote", "Putin", "--body", "b"]) == 0
    assert (store / "notes.sqlite3").exists()
