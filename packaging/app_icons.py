#!/usr/bin/env python3
"""Make the application icon files from resources/icons/app.svg.

    python packaging/app_icons.py [OUT_DIR]      # default: build/icons

writes ``freelance-desk.ico`` (Windows: executable, setup, Start menu; 16 to 256 px),
``freelance-desk.icns`` (macOS bundle; 16 to 1024 px, Retina pairs) and
``freelance-desk.png`` (Linux .desktop; 256 px). Qt renders the SVG (QtSvg is already a
dependency); both containers hold PNG images, which Windows reads since Vista and macOS
since 10.7, so no other tool is needed on any build machine.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (ic11-ic14 are the @2x variants).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512),
    (b"ic10", 1024),
)  # fmt: skip


def render_png(size: int, svg: Path = SOURCE) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per image, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file: the 'icns' header, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    images = {size: render_png(size) for size in sizes}
    files = {
        "ico": out / "freelance-desk.ico",
        "icns": out / "freelance-desk.icns",
        "png": out / "freelance-desk.png",
    }
    files["ico"].write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    files["icns"].write_bytes(icns(images))
    files["png"].write_bytes(images[256])
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for kind, path in make_icons(target).items():
        print(f"{kind}: {path} ({path.stat().st_size} bytes)")
