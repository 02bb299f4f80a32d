"""Letters use only the fonts shipped in resources/fonts/, and every font in a letter is embedded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from arledger import paths
from arledger.render import fonts
from arledger.render.letters import render_letter, render_statement
from tests.render.test_letters import LetterLine, letter, statement


def pdffonts(pdf: bytes, tmp_path: Path) -> list[tuple[str, str, str]]:
    """(name, type, embedded) for each font poppler's pdffonts lists."""
    target = tmp_path / "letter.pdf"
    target.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        cols = line.split()
        # name, type words..., encoding, emb, sub, uni, object, id: read the yes/no columns from the right
        rows.append((cols[0], " ".join(cols[1:-6]), cols[-5]))
    return rows


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_font_in_a_letter_is_embedded(language, tmp_path):
    line = LetterLine("INV-1", date(2025, 1, 1), date(2025, 1, 31), "EUR", 123_450, 0, 123_450, 40)
    pdf = render_letter(letter(4, language, lines=(line,)))
    rows = pdffonts(pdf, tmp_path)
    assert rows, "pdffonts listed no fonts"
    assert all(emb == "yes" for _name, _type, emb in rows), rows
    assert all("TrueType" in kind for _name, kind, _emb in rows), rows
    names = " ".join(name for name, _kind, _emb in rows)
    assert ("WenQuanYi" if language == "zh" else "LiberationSans") in names


def test_fonts_are_read_from_the_shipped_resources_not_the_system():
    fonts.latin_fonts()
    fonts.cjk_font()
    shipped = paths.resources_dir() / "fonts"
    for name in (*fonts.LATIN_FILES, fonts.CJK_FACE):
        source = Path(pdfmetrics.getFont(name).face.filename).resolve()
        assert source.parent == shipped.resolve(), (name, source)
    for licence in ("LICENSE-Liberation.txt", "LICENSE-WenQuanYi-MicroHei.txt", "LICENSE-Apache-2.0.txt"):
        assert (shipped / licence).stat().st_size > 1000


def test_the_same_letter_has_the_same_bytes_in_another_process_without_system_fonts(tmp_path):
    """Another process with no fontconfig, another home and working folder writes the same bytes."""
    script = ("import sys; from tests.render.test_letters import letter; from arledger.render.letters import "
              "render_letter; sys.stdout.buffer.write(render_letter(letter(3, 'zh')))")
    env = {**os.environ, "HOME": str(tmp_path), "FONTCONFIG_FILE": "/dev/null", "XDG_DATA_HOME": str(tmp_path),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    other = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, env=env,
                           cwd=tmp_path).stdout
    assert other[:5] == b"%PDF-"
    assert other == render_letter(letter(3, "zh"))


def test_a_missing_font_file_is_a_loud_error(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    with pytest.raises(paths.MissingResourceError, match=r"LiberationSans-Regular\.ttf"):
        fonts.latin_fonts.__wrapped__()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_font_in_a_statement_is_embedded(language, tmp_path):
    rows = pdffonts(render_statement(statement(language)), tmp_path)
    assert rows and all(emb == "yes" for _name, _type, emb in rows), rows
