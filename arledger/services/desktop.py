"""Desktop integration on Linux (freedesktop.org): the launcher, the icon set and the ledger file type.

`install_desktop` writes, under the user's data directory (``$XDG_DATA_HOME``, else ~/.local/share):
``applications/arledger.desktop``, ``icons/hicolor/<N>x<N>/apps/arledger.png`` (and the SVG as scalable),
and ``mime/packages/arledger.xml`` (ledger files recognised by their SQLite application id), then refreshes
the desktop's caches when the tools for it are installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from arledger import paths
from arledger.domain.errors import UserError
from arledger.domain.messages import msg

MIME_TYPE = "application/x-arledger-ledger"


@dataclass(frozen=True, slots=True)
class DesktopInstall:
    written: tuple[Path, ...]
    caches_refreshed: tuple[str, ...]  # the cache tools that ran


def data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(env) if env else Path.home() / ".local" / "share"


def _desktop_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (double quotes; \\ " ` $ escaped; % doubled)."""
    if re.fullmatch(r"[A-Za-z0-9_./:=+-]+", argument):
        return argument.replace("%", "%%")
    escaped = re.sub(r'([\\"`$])', r"\\\1", argument).replace("%", "%%")
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The .desktop file for launching command (the app, then the ledger file the desktop passes)."""
    template = paths.resource_file("desktop", "arledger.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_desktop_quote(a) for a in command)
    return template.replace("@EXEC@", exec_line).replace("@TRYEXEC@", command[0])


def install_desktop(command: list[str], target: Path | None = None) -> DesktopInstall:
    """Install the launcher, icons and MIME type for the user; command is the program and its first
    arguments (for example the bundled executable, or the ``arledger-app`` script)."""
    if not command or not Path(command[0]).is_absolute():
        raise UserError(msg("desktop.relative_program", "The program to launch must be given by its full path."))
    home = target or data_home()
    written: list[Path] = []

    def put(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        written.append(path)

    put(home / "applications" / "arledger.desktop", desktop_entry(command).encode("utf-8"))
    for png in sorted((paths.resource_file("desktop", "icons", "arledger-48.png").parent).glob("arledger-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        put(home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "arledger.png", png.read_bytes())
    put(home / "icons" / "hicolor" / "scalable" / "apps" / "arledger.svg",
        paths.resource_file("icons", "arledger.svg").read_bytes())
    put(home / "mime" / "packages" / "arledger.xml", paths.resource_file("desktop", "arledger-mime.xml").read_bytes())
    refreshed = []
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        exe = shutil.which(tool)
        if exe:
            args = [exe, "-f", "-t", str(folder)] if tool == "gtk-update-icon-cache" else [exe, str(folder)]
            if subprocess.run(args, capture_output=True, check=False).returncode == 0:
                refreshed.append(tool)
    return DesktopInstall(tuple(written), tuple(refreshed))


def launcher_command(executable: str, frozen: bool, scripts_dir: Path) -> list[str]:
    """How the desktop should start the app: the bundled executable itself, else the installed
    ``arledger-app`` script beside the interpreter, else the interpreter with ``-m arledger``."""
    if frozen:
        return [executable]
    for name in ("arledger-app", "arledger"):
        script = scripts_dir / name
        if script.is_file():
            return [str(script)]
    return [executable, "-m", "arledger"]
