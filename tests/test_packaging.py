"""What ships: icons, the desktop entry, the PyInstaller command, the wheel's contents.

A full PyInstaller build takes minutes, so it is not run here; these tests pin the
inputs it is given (``python -m installer --smoke`` checks a real build end to end).
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from installer import build as installer_build
from installer import plan as installer_plan
from installer.plan import APP_NAME, BUNDLED_MODEL, BuildPlan, parse_arguments, pyinstaller_arguments

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_is_a_square_png_of_that_size(size: int) -> None:
    with Image.open(RESOURCES / "icons" / f"fidgui-{size}.png") as icon:
        assert icon.format == "PNG"
        assert icon.size == (size, size)
        assert icon.mode == "RGBA"
        alpha = np.asarray(icon.getchannel("A"))
    assert alpha[0, 0] == 0, "the rounded corners must be transparent"
    assert alpha[size // 2, size // 2] == 255, "the middle of the icon must be opaque"


def test_windows_icon_holds_several_sizes() -> None:
    with Image.open(RESOURCES / "fidgui.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]


def test_macos_icon_holds_retina_sizes() -> None:
    with Image.open(RESOURCES / "fidgui.icns") as icns:
        assert icns.format == "ICNS"
        assert {(16, 16, 2), (128, 128, 1), (256, 256, 2), (512, 512, 2)} <= set(icns.info["sizes"])


def test_icons_match_the_svg_master() -> None:
    """Catches an edited fidgui.svg whose rasters were not regenerated with make_icons.py."""
    spec = importlib.util.spec_from_file_location("make_icons", RESOURCES / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    svg = (RESOURCES / "fidgui.svg").read_text(encoding="utf-8")
    for size in (16, 256):
        fresh = np.asarray(make_icons.icon_for(size, svg), dtype=np.int16)
        with Image.open(RESOURCES / "icons" / f"fidgui-{size}.png") as stored:
            committed = np.asarray(stored.convert("RGBA"), dtype=np.int16)
        assert np.abs(fresh - committed).max() <= 2


def test_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(RESOURCES / "fidgui.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "fidgui"
    assert entry["Exec"] == "fidgui %U"
    assert entry["Icon"] == "fidgui"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Graphics;Science;"
    assert "inode/directory" in entry["MimeType"].split(";")
    for key in ("GenericName", "Comment"):
        assert entry[key].strip()
    for locale in ("zh_CN", "zh_TW", "ja"):
        assert entry[f"Name[{locale}]"].strip()
        assert entry[f"Comment[{locale}]"].strip()
        assert not entry[f"Comment[{locale}]"].isascii(), f"the {locale} comment must be translated"


def _plan(tmp_path: Path, platform: str, model: Path | None = None, translations: tuple[Path, ...] = ()) -> BuildPlan:
    return BuildPlan(launcher=tmp_path / "launch.py", dist=tmp_path / "dist", work=tmp_path / "work",
                     platform=platform, resources=RESOURCES, translations=translations, model=model)


def _values_of(args: list[str], flag: str) -> list[str]:
    return [args[i + 1] for i, arg in enumerate(args) if arg == flag]


@pytest.mark.parametrize(("platform", "icon"), [("win32", "fidgui.ico"), ("darwin", "fidgui.icns"), ("linux", None)])
def test_pyinstaller_command_is_windowed_one_folder_with_the_platform_icon(
    tmp_path: Path, platform: str, icon: str | None
) -> None:
    args = pyinstaller_arguments(_plan(tmp_path, platform))
    assert args[0] == str(tmp_path / "launch.py")
    assert {"--windowed", "--onedir", "--noconfirm"} <= set(args)
    assert _values_of(args, "--name") == [APP_NAME]
    assert _values_of(args, "--distpath") == [str(tmp_path / "dist")]
    assert _values_of(args, "--icon") == ([] if icon is None else [str(RESOURCES / icon)])
    assert "onnxruntime" in _values_of(args, "--collect-binaries")
    excluded = _values_of(args, "--exclude-module")
    assert {"tkinter", "torch", "PySide6.QtWebEngineCore"} <= set(excluded)
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "onnx", "scipy"} & set(excluded)


def test_pyinstaller_command_carries_resources_and_translations(tmp_path: Path) -> None:
    translations = (tmp_path / "fidgui_ja.qm", tmp_path / "fidgui_zh_CN.qm")
    data = _values_of(pyinstaller_arguments(_plan(tmp_path, "linux", translations=translations)), "--add-data")
    assert f"{RESOURCES}{os.pathsep}resources" in data
    for translation in translations:
        assert f"{translation}{os.pathsep}fidgui/gui/translations" in data


def test_launcher_starts_the_window_entry_point(tmp_path: Path) -> None:
    launcher = tmp_path / "work" / "launch.py"
    installer_plan.write_launcher(launcher)
    source = launcher.read_text(encoding="utf-8")
    compile(source, str(launcher), "exec")
    assert "from fidgui.gui.app import main" in source
    assert "freeze_support()" in source


def test_model_goes_beside_the_executable(tmp_path: Path) -> None:
    model = tmp_path / "model.onnx"
    linux = _plan(tmp_path, "linux", model=model)
    assert installer_plan.model_destinations(linux) == [tmp_path / "dist" / "fidgui" / "models" / "fid_inception.onnx"]
    mac = installer_plan.model_destinations(_plan(tmp_path, "darwin", model=model))
    assert mac[1] == tmp_path / "dist" / "fidgui.app" / "Contents" / "MacOS" / BUNDLED_MODEL


def test_the_frozen_app_looks_where_the_model_is_placed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fidgui.core.encoders import model_store

    plan = _plan(tmp_path, sys.platform, model=tmp_path / "model.onnx")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(installer_plan.executable_path(plan.app_dir)))
    assert model_store.application_model_path() == installer_plan.model_destinations(plan)[0].resolve()


def test_placing_the_model_validates_and_copies_it(tmp_path: Path, fixture_onnx: Path) -> None:
    plan = _plan(tmp_path, "linux", model=fixture_onnx)
    placed = installer_build.place_model(plan)
    assert placed == [tmp_path / "dist" / "fidgui" / "models" / "fid_inception.onnx"]
    assert placed[0].read_bytes() == fixture_onnx.read_bytes()


def test_placing_a_broken_model_fails_the_build(tmp_path: Path) -> None:
    from fidgui.core.base.errors import FidguiError

    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not a model")
    with pytest.raises(FidguiError):
        installer_build.place_model(_plan(tmp_path, "linux", model=broken))
    assert not (tmp_path / "dist").exists()


def test_argument_parsing(tmp_path: Path) -> None:
    args = parse_arguments(["--model", str(tmp_path / "m.onnx"), "--dist", str(tmp_path / "out"), "--smoke", "--clean"])
    assert args.model == tmp_path / "m.onnx"
    assert args.dist == tmp_path / "out"
    assert args.smoke and args.clean and not args.no_model and not args.smoke_only
    defaults = parse_arguments([])
    assert defaults.dist == REPO / "dist"
    assert defaults.model is None and not defaults.smoke
    with pytest.raises(SystemExit):
        parse_arguments(["--model", "m.onnx", "--no-model"])
    with pytest.raises(SystemExit):
        parse_arguments(["--smoke", "--smoke-only"])


def test_choosing_a_model(tmp_path: Path, installed_model: Path) -> None:
    assert installer_plan.choose_model(parse_arguments(["--no-model"])) is None
    assert installer_plan.choose_model(parse_arguments([])) == installed_model
    with pytest.raises(installer_plan.BuildFailed, match="not an .onnx file"):
        installer_plan.choose_model(parse_arguments(["--model", str(tmp_path / "missing.onnx")]))


def test_pruning_removes_only_unused_providers(tmp_path: Path) -> None:
    capi = tmp_path / "_internal" / "onnxruntime" / "capi"
    capi.mkdir(parents=True)
    names = ("libonnxruntime_providers_tensorrt.so", "libonnxruntime_providers_cuda.so",
             "libonnxruntime_providers_shared.so", "libonnxruntime.so.1")
    for name in names:
        (capi / name).write_bytes(b"x")
    assert [p.name for p in installer_build.prune_providers([tmp_path], cpu_only=False)] == [names[0]]
    assert [p.name for p in installer_build.prune_providers([tmp_path], cpu_only=True)] == [names[1]]
    assert sorted(p.name for p in capi.iterdir()) == sorted(names[2:])


def test_wheel_ships_resources_and_translations(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps",
                    "-q", "-w", str(tmp_path)], check=True, cwd=tmp_path)
    (wheel,) = tmp_path.glob("fidgui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for icon_size in ICON_SIZES:
        assert f"fidgui/resources/icons/fidgui-{icon_size}.png" in names
    for name in ("fidgui.desktop", "fidgui.svg", "fidgui.ico", "fidgui.icns"):
        assert f"fidgui/resources/{name}" in names
    for translation in (REPO / "fidgui" / "gui" / "translations").glob("*.qm"):
        assert f"fidgui/gui/translations/{translation.name}" in names
    missing = [str(module.relative_to(REPO)) for module in (REPO / "fidgui").rglob("*.py")
               if module.relative_to(REPO).as_posix() not in names]
    assert missing == [], "add their packages to [tool.setuptools] packages in pyproject.toml"



def test_placing_a_model_this_profile_converted_carries_its_conversion_record(tmp_path: Path) -> None:
    """Without the record beside the program, no user's machine could ever verify the bundled model's weights."""
    from conftest import RANDOM_WEIGHTS

    from fidgui.core.encoders import model_store

    info = model_store.import_model(RANDOM_WEIGHTS)
    (placed,) = installer_build.place_model(_plan(tmp_path, "linux", model=info.path))
    record = json.loads((placed.parent / "conversions.json").read_text("utf-8"))
    assert record == {info.network_sha256: info.weights_sha256} and info.weights_verified
