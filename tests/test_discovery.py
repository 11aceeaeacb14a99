"""Finding the images in a folder: the fixture folders, and real trees built in a temporary folder."""

from __future__ import annotations

import os
import time
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

import numpy as np
import pytest

from conftest import IMAGES, REFERENCE
from fidgui.core.images import discovery as discovery_module
from fidgui.core.images.discovery import discover_images
from fidgui.core.base.errors import FidguiError
from fidgui.messages.render import render
from sentences import raises_sentence


def names(paths: list[Path], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path in paths]


def test_small_folder_is_read_in_name_order() -> None:
    found = discover_images(IMAGES / "small_a")
    assert names(found.files, IMAGES / "small_a") == [f"{index:04d}.png" for index in range(24)]
    assert found.skipped == [] and found.ignored == []


@pytest.mark.parametrize("folder", ["small_a", "small_b", "modes"])
def test_order_is_the_order_of_the_reference_features(folder: str) -> None:
    with np.load(REFERENCE / "features.npz") as reference:
        expected = [str(name) for name in reference[f"{folder}/files"]]
    assert names(discover_images(IMAGES / folder).files, IMAGES / folder) == expected


def test_broken_folder_lists_the_text_file_as_skipped_and_the_finder_file_as_ignored() -> None:
    found = discover_images(IMAGES / "broken")
    assert names(found.files, IMAGES / "broken") == [
        "bomb_40000x40000.png", "empty.png", "not_an_image.jpg", "truncated.jpg", "truncated.png"
    ]
    assert [(Path(item.path).name, render(item.reason)) for item in found.skipped] == [
        ("notes.txt", "This is not an image file (.txt); fidgui reads PNG, JPEG, WebP, BMP, TIFF, GIF, PGM and PPM "
                      "files.")
    ]
    assert [Path(item.path).name for item in found.ignored] == [".DS_Store"]
    assert "settings file" in render(found.ignored[0].reason)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder as people really leave them: nested, mixed case, clutter, hidden parts and links."""
    root = tmp_path / "images"
    for relative in [
        "b/z.PNG", "b/a.jpeg", "a/deep/x.WebP", "a/deep/y.TIF", "a-b.png", "A.Jpg", "frame.gif", "scan.ppm",
        ".hidden/inside.png", ".secret.png", "._z.png", "Thumbs.db", "desktop.ini", "notes.txt", "README",
        "photo.HEIC", "a/deep/.DS_Store",
    ]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not decoded by discovery")
    os.symlink(root, root / "a" / "loop")  # a folder that contains itself
    os.symlink(root / "b", root / "second_way_to_b")
    os.symlink(root / "b" / "z.PNG", root / "linked.png")
    os.symlink(root / "missing.png", root / "dangling.png")
    return root


def test_a_real_tree_is_walked_recursively_in_pathlib_order(tree: Path) -> None:
    found = discover_images(tree)
    expected = [
        "A.Jpg", "a/deep/x.WebP", "a/deep/y.TIF", "a-b.png", "b/a.jpeg", "b/z.PNG", "frame.gif", "linked.png",
        "scan.ppm",
    ]
    assert names(found.files, tree) == expected
    # pytorch-fid sorts pathlib paths, which compare name by name: "a/deep/..." comes before "a-b.png",
    # although "-" sorts before "/" in a plain string.
    assert expected == [path.as_posix() for path in sorted(PurePosixPath(name) for name in expected)]
    assert sorted(expected) != expected


def test_clutter_is_ignored_and_other_files_are_skipped_with_reasons(tree: Path) -> None:
    found = discover_images(tree)
    skipped = {Path(item.path).name: render(item.reason) for item in found.skipped}
    assert sorted(skipped) == ["README", "dangling.png", "notes.txt", "photo.HEIC"]
    assert "no extension" in skipped["README"]
    assert "does not exist" in skipped["dangling.png"]
    assert "(.txt)" in skipped["notes.txt"]
    assert "(.heic)" in skipped["photo.HEIC"] and "PNG or JPEG" in skipped["photo.HEIC"]
    ignored = {Path(item.path).relative_to(tree).as_posix(): render(item.reason) for item in found.ignored}
    assert sorted(ignored) == [
        "._z.png", ".hidden", ".secret.png", "Thumbs.db", "a/deep/.DS_Store", "a/loop", "desktop.ini",
        "second_way_to_b",
    ]
    assert "already read" in ignored["a/loop"] and "already read" in ignored["second_way_to_b"]
    assert "hidden" in ignored[".hidden"]
    assert all(reason.endswith(".") for reason in list(skipped.values()) + list(ignored.values()))


def test_a_link_to_the_folder_itself_ends(tmp_path: Path) -> None:
    (tmp_path / "one.png").write_bytes(b"x")
    os.symlink(tmp_path, tmp_path / "again")
    os.symlink(tmp_path / "self", tmp_path / "self")  # a link that points to itself
    found = discover_images(tmp_path)
    assert names(found.files, tmp_path) == ["one.png"]
    assert [Path(item.path).name for item in found.ignored] == ["again"]
    assert [Path(item.path).name for item in found.skipped] == ["self"]


def test_a_folder_given_through_a_link_is_read(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "one.png").write_bytes(b"x")
    os.symlink(real, tmp_path / "shortcut")
    assert names(discover_images(tmp_path / "shortcut").files, tmp_path / "shortcut") == ["one.png"]


def test_a_missing_folder_or_a_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    with raises_sentence("does not exist. Check the path", FidguiError):
        discover_images(tmp_path / "nowhere")
    with raises_sentence("is a file, not a folder. Choose the folder", FidguiError):
        discover_images(IMAGES / "small_a" / "0000.png")


def test_an_empty_folder_gives_an_empty_list(tmp_path: Path) -> None:
    found = discover_images(tmp_path)
    assert found.files == [] and found.skipped == [] and found.ignored == []


def test_windows_hidden_and_system_attributes_mean_hidden() -> None:
    def entry(attributes: int) -> SimpleNamespace:
        return SimpleNamespace(stat=lambda follow_symlinks: SimpleNamespace(st_file_attributes=attributes))

    assert discovery_module._has_windows_hidden_attribute(entry(0x2))  # FILE_ATTRIBUTE_HIDDEN
    assert discovery_module._has_windows_hidden_attribute(entry(0x4 | 0x20))  # SYSTEM | ARCHIVE
    assert not discovery_module._has_windows_hidden_attribute(entry(0x20 | 0x1))  # ARCHIVE | READONLY


def test_ten_thousand_files_are_listed_quickly(tmp_path: Path) -> None:
    for folder in range(10):
        sub = tmp_path / f"part{folder}"
        sub.mkdir()
        for index in range(1000):
            (sub / f"{index:04d}.png").touch()
    started = time.perf_counter()
    found = discover_images(tmp_path)
    seconds = time.perf_counter() - started
    assert len(found.files) == 10_000
    assert names(found.files[:2], tmp_path) == ["part0/0000.png", "part0/0001.png"]
    assert seconds < 2.0  # about 0.06 s measured; a stat() per file would still pass, a rescan per file would not
