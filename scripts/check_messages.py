"""Fail when the interface translations are not complete and current.

- Every msgid in the code and templates is in each .po file: makemessages
  runs over the tree and the msgids it finds are compared with the committed
  ones (the .po file is put back as it was).
- No entry is untranslated or fuzzy.
- Each committed .mo is the compilation of its .po (compared byte for byte).
"""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def msgids(po_path):
    """The msgids of a catalogue (with their contexts and plurals), header left out."""
    result = subprocess.run(
        ["msgcat", "--no-location", "--no-wrap", "--sort-output", str(po_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    entries, current = set(), []
    for line in result.splitlines() + [""]:
        if line.startswith(("msgctxt ", "msgid ", "msgid_plural ")) or (current and line.startswith('"')):
            current.append(line)
        elif current:
            key = "\n".join(current)
            if key != 'msgid ""':
                entries.add(key)
            current = []
    return entries


def missing_msgids(po_path, language):
    """Msgids in the source that the committed catalogue lacks."""
    committed = po_path.read_bytes()
    try:
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                "-l",
                language,
                "--no-location",
                "--no-obsolete",
                "--ignore=.venv",
                "--ignore=staticfiles",
                "--ignore=media",
                "-v0",
            ],
            cwd=ROOT,
            check=True,
        )
        return msgids(po_path) - set(msgids_from_bytes(committed))
    finally:
        po_path.write_bytes(committed)


def msgids_from_bytes(content):
    with tempfile.NamedTemporaryFile(suffix=".po") as handle:
        handle.write(content)
        handle.flush()
        return msgids(Path(handle.name))


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
        missing = missing_msgids(po, po.parent.parent.name)
        if missing:
            sample = "; ".join(sorted(missing)[:5]).replace("\n", " ")
            problems.append(
                f"{po.relative_to(ROOT)} lacks {len(missing)} msgids of the source (run `make messages`): {sample}"
            )
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
