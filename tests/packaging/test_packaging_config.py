"""Every directory the package ships is declared as a package, so an install warns of nothing
("package would be ignored") and no data file is left out of the wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> tuple[set[str], dict[str, str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    return set(config["packages"]), config["package-dir"]


def _package_of(directory: Path, package_dir: dict[str, str]) -> str:
    """The dotted package a directory becomes under the package-dir mapping."""
    best = max((p for p in package_dir if (ROOT / package_dir[p]) in (directory, *directory.parents)),
               key=lambda p: len(package_dir[p]))
    relative = directory.relative_to(ROOT / package_dir[best]).parts
    return ".".join(x for x in (best, *relative) if x)


def test_every_shipped_directory_is_a_declared_package():
    packages, package_dir = _declared()
    roots = [ROOT / "src" / "sidebyside", *(ROOT / d for p, d in package_dir.items() if p)]
    missing = []
    for root in roots:
        for directory in [root, *(d for d in root.rglob("*") if d.is_dir())]:
            if "__pycache__" in directory.parts or not any(f.is_file() for f in directory.iterdir()):
                continue
            name = _package_of(directory, package_dir)
            if name not in packages:
                missing.append(f"{directory.relative_to(ROOT)} -> {name}")
    assert missing == [], f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"
