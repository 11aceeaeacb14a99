"""Regenerates every raster icon from the SVG master, so the artwork has one source.

Run from anywhere: ``python resources/make_icons.py``. Needs PySide6 (QtSvg draws
the SVG) and Pillow (writes the multi-size .ico and .icns containers).
Below 48 px the label and the distance marker would be sub-pixel smudges, so the
small sizes are drawn from the same master with those two groups left out.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
MASTER = HERE / "fidgui.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
SMALL_BELOW = 48
FINE_GROUPS = ("label", "detail")


def simplified(svg: str) -> str:
    """The master without the groups that cannot be read at small sizes."""
    for group in FINE_GROUPS:
        svg, count = re.subn(rf'<g id="{group}".*?</g>', "", svg, flags=re.DOTALL)
        if count != 1:
            raise ValueError(f'The icon master must hold exactly one <g id="{group}"> group.')
    return svg


def render(svg: str, size: int) -> Image.Image:
    """Draws the SVG into a transparent square of ``size`` pixels (no QApplication needed: it is all vectors)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"{MASTER} is not an SVG that Qt can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def icon_for(size: int, svg: str) -> Image.Image:
    return render(simplified(svg) if size < SMALL_BELOW else svg, size)


def main() -> None:
    svg = MASTER.read_text(encoding="utf-8")
    images = {size: icon_for(size, svg) for size in sorted(set(SIZES + ICO_SIZES + ICNS_SIZES))}
    icons = HERE / "icons"
    icons.mkdir(exist_ok=True)
    for size in SIZES:
        images[size].save(icons / f"fidgui-{size}.png", optimize=True)
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(HERE / "fidgui.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[max(ICNS_SIZES)].save(HERE / "fidgui.icns", append_images=[images[s] for s in ICNS_SIZES])
    print(f"Wrote {len(SIZES)} PNGs, fidgui.ico and fidgui.icns in {HERE}.")


if __name__ == "__main__":
    main()
