"""Fail when a committed .mo file does not match its .po file, or a .po file has untranslated entries.

Compiles each .po with msgfmt into a temporary file and compares the bytes
with the committed .mo.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    problems = []
    po_files = sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po"))
    if not po_files:
        problems.append("no .po files under locale/")
    for po in po_files:
        mo = po.with_suffix(".mo")
        with tempfile.TemporaryDirectory() as tmp:
            compiled = Path(tmp) / "out.mo"
            subprocess.run(["msgfmt", "--check-format", "-o", str(compiled), str(po)], check=True)
            if not mo.exists():
                problems.append(f"{mo.relative_to(ROOT)} is missing: run `make messages`")
            elif compiled.read_bytes() != mo.read_bytes():
                problems.append(f"{mo.relative_to(ROOT)} is out of date: run `make messages`")
        stats = subprocess.run(
            ["msgfmt", "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True, check=True
        ).stderr
        if "untranslated" in stats or "fuzzy" in stats:
            problems.append(f"{po.relative_to(ROOT)}: {stats.strip()}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"{len(po_files)} catalogues compiled and complete.")


if __name__ == "__main__":
    main()
