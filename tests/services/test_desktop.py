"""install-desktop: the launcher, the icon set and a MIME type that recognises ledger files."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from arledger.cli.main import main as cli_main
from arledger.services import desktop, lifecycle

NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def matches_magic(mime_xml: Path, data: bytes) -> bool:
    """Apply the MIME definition's nested magic rules (string and big32) to a file's first bytes."""
    def match(rule: ET.Element) -> bool:
        offset = int(rule.get("offset"))
        value = rule.get("value")
        if rule.get("type") == "string":
            ok = data[offset:offset + len(value)] == value.encode()
        else:
            ok = data[offset:offset + 4] == struct.pack(">I", int(value, 0))
        children = rule.findall("m:match", NS)
        return ok and (not children or any(match(c) for c in children))

    root = ET.parse(mime_xml).getroot()
    return any(match(rule) for rule in root.findall("m:mime-type/m:magic/m:match", NS))


def test_install_desktop_writes_launcher_icons_and_mime_type(tmp_path):
    program = tmp_path / "opt" / "arledger dir" / "arledger"
    result = desktop.install_desktop([str(program)], tmp_path / "share")
    share = tmp_path / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(share / "applications" / "arledger.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == f'"{program}" %f' and section["TryExec"] == str(program)
    assert section["Icon"] == "arledger" and section["MimeType"] == f"{desktop.MIME_TYPE};"
    pngs = (share / "icons" / "hicolor").glob("*x*/apps/arledger.png")
    sizes = sorted(int(p.parent.parent.name.split("x")[0]) for p in pngs)
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "arledger.svg").is_file()
    mime = share / "mime" / "packages" / "arledger.xml"
    assert mime in result.written


def test_the_mime_type_recognises_a_ledger_and_not_another_sqlite_file(tmp_path):
    import sqlite3

    mime = Path(desktop.paths.resource_file("desktop", "arledger-mime.xml"))
    lifecycle.init_ledger(tmp_path / "books.sqlite")
    assert matches_magic(mime, (tmp_path / "books.sqlite").read_bytes()[:128])
    other = sqlite3.connect(tmp_path / "other.sqlite")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    assert not matches_magic(mime, (tmp_path / "other.sqlite").read_bytes()[:128])


def test_the_command_installs_for_the_running_program(tmp_path, capsys):
    assert cli_main(["install-desktop", "--data-home", str(tmp_path)]) == 0
    assert "Installed the arledger launcher" in capsys.readouterr().out
    text = (tmp_path / "applications" / "arledger.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert "arledger" in exec_line and exec_line.endswith(" %f")
    assert Path(exec_line[5:].split(" ")[0].strip('"')).is_absolute()


def test_launcher_prefers_the_bundle_then_the_installed_script(tmp_path):
    assert desktop.launcher_command("/opt/arledger/arledger", True, tmp_path) == ["/opt/arledger/arledger"]
    (tmp_path / "arledger-app").write_text("#!/bin/sh\n")
    assert desktop.launcher_command("/usr/bin/python3", False, tmp_path) == [str(tmp_path / "arledger-app")]
    (tmp_path / "arledger-app").unlink()
    assert desktop.launcher_command("/usr/bin/python3", False, tmp_path) == ["/usr/bin/python3", "-m", "arledger"]
