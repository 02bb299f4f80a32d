"""Build the standalone application: a one-folder PyInstaller bundle and an archive of it to download.

    python packaging/build_bundle.py [--wheel dist/arledger-X-py3-none-any.whl] [--venv DIR] [--out dist]

1. Builds arledger's wheel (unless --wheel names one) and installs it, with PyInstaller, into a clean virtual
   environment (--venv, default build/bundle-venv; created if missing), so the bundle holds what the wheel
   holds and nothing from the checkout.
2. Runs PyInstaller with packaging/arledger.spec: ``<out>/arledger/`` with the executables ``arledger`` and
   ``arledger-app`` (``.exe`` on Windows; ``<out>/arledger.app`` as well on macOS).
3. Packs it for download: ``arledger-<version>-linux-x86_64.tar.gz`` (Linux), ``...-windows-x64.zip``
   (Windows), ``...-macos.zip`` of the .app (macOS).
4. Prints the bundle's size and where it goes (the largest parts), for README.

Runs on the platform it builds for (PyInstaller does not cross-compile); .github/workflows/bundle.yml runs it
on Windows and macOS runners.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = "pyinstaller>=6.10,<7"


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*args: str | Path, **kw) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, **kw)


def build_wheel(out: Path) -> Path:
    run(sys.executable, "-m", "build", "--wheel", "--outdir", out, ROOT)
    return max(out.glob("arledger-*.whl"), key=lambda p: p.stat().st_mtime)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path, top: int = 12) -> list[tuple[str, int]]:
    """The bundle's largest parts: each PySide6 Qt library, plugin folder and data folder counted apart."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts: dict[str, int] = {}
    for path in internal.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(internal).parts
        if rel[0] == "PySide6" and len(rel) > 2 and rel[1] in ("Qt", "qt-plugins", "translations"):
            key = "/".join(rel[:3]) if rel[1] != "Qt" or len(rel) < 4 else "/".join(rel[:4])
        elif rel[0] == "PySide6" and len(rel) > 1:
            key = "PySide6/" + rel[1]
        elif rel[0] == "arledger" and len(rel) > 2:
            key = "/".join(rel[:3])
        else:
            key = rel[0]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    for exe in bundle.iterdir():
        if exe.is_file():
            parts[exe.name] = exe.stat().st_size
    return sorted(parts.items(), key=lambda kv: -kv[1])[:top]


def pack(out: Path, version: str) -> Path:
    system = platform.system()
    if system == "Linux":
        target = out / f"arledger-{version}-linux-{platform.machine()}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(out / "arledger", arcname=f"arledger-{version}")
        return target
    source = out / ("arledger.app" if system == "Darwin" else "arledger")
    target = out / f"arledger-{version}-{'macos' if system == 'Darwin' else 'windows-x64'}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(source.rglob("*")):
            zf.write(path, Path(source.name) / path.relative_to(source))
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, default=None)
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    wheel = args.wheel.resolve() if args.wheel else build_wheel(out)
    python = venv_python(args.venv)
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(args.venv)
    run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, PYINSTALLER)
    version = subprocess.run([python, "-c", "import arledger; print(arledger.__version__)"], check=True,
                             capture_output=True, text=True).stdout.strip()

    work = ROOT / "build" / "pyinstaller"
    shutil.rmtree(out / "arledger", ignore_errors=True)
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", out,
        "--workpath", work, ROOT / "packaging" / "arledger.spec", cwd=ROOT / "packaging")
    bundle = out / "arledger"
    archive = pack(out, version)

    total = folder_size(bundle)
    print(f"\nbundle {bundle}: {total / 2**20:.1f} MiB unpacked; {archive.name}: "
          f"{archive.stat().st_size / 2**20:.1f} MiB; built in {time.perf_counter() - started:.0f} s")
    print("where the size goes:")
    for name, size in size_report(bundle):
        print(f"  {size / 2**20:7.1f} MiB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
