"""Render the application icon (resources/icons/arledger.svg) into the sizes desktops and installers want.

Writes resources/desktop/icons/arledger-<N>.png (installed by `arledger install-desktop`, shipped in the
wheel) and packaging/icons/arledger.ico (Windows) and arledger.icns (macOS) for the PyInstaller builds.
The outputs are committed; run this again only when the SVG changes:

    python packaging/make_icons.py

Needs PySide6 (the SVG renderer) and Pillow (the .ico and .icns writers); Pillow is needed only here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "arledger.svg"
PNG_DIR = ROOT / "resources" / "desktop" / "icons"
PACKAGING_ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    PACKAGING_ICONS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size, PNG_DIR / f"arledger-{size}.png")
    biggest = Image.open(PNG_DIR / "arledger-512.png")
    biggest.save(PACKAGING_ICONS / "arledger.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    biggest.save(PACKAGING_ICONS / "arledger.icns")
    print(f"wrote {len(SIZES)} PNGs to {PNG_DIR}, arledger.ico and arledger.icns to {PACKAGING_ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
