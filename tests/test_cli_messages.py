"""The command line speaks the reader's language: ``--lang``, else the locale variables, for every engine message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import IMAGES, REPO

from fidgui.cli.messages import choose_language, language_for_locale, language_from_environment, say
from fidgui.core.base.errors import FidguiError, side_word


def _cli(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "fidgui.cli", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300, env=env | environment)


@pytest.mark.parametrize(("value", "language"), [
    ("ja_JP.UTF-8", "ja"), ("zh_CN.UTF-8", "zh_CN"), ("zh_TW.Big5", "zh_TW"), ("zh_HK", "zh_TW"),
    ("zh_Hant_TW", "zh_TW"), ("zh", "zh_CN"), ("C", "en"), ("POSIX", "en"), ("en_GB.UTF-8", "en"), ("de_DE", None),
])
def test_locale_names_map_to_the_languages_fidgui_has(value: str, language: str | None) -> None:
    assert language_for_locale(value) == language


def test_the_locale_variables_are_read_in_gettext_order() -> None:
    assert language_from_environment({}) == "en"
    assert language_from_environment({"LANG": "ja_JP.UTF-8"}) == "ja"
    assert language_from_environment({"LANG": "ja_JP.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}) == "zh_TW"
    assert language_from_environment({"LC_MESSAGES": "zh_TW.UTF-8", "LC_ALL": "C"}) == "en"
    assert language_from_environment({"LANGUAGE": "de:ja:en", "LC_ALL": "C"}) == "ja"
    assert language_from_environment({"LANGUAGE": "de", "LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert language_from_environment({"LANG": "de_DE.UTF-8"}) == "en"


def test_say_uses_the_chosen_language() -> None:
    error = FidguiError("side_not_found", side=side_word("real"), path="/nowhere")
    try:
        assert choose_language("zh_TW", {"LANG": "ja_JP.UTF-8"}) == "zh_TW"
        assert say(error) == "在 /nowhere 找不到真實影像；請檢查資料夾後再試一次。"
        assert choose_language(None, {"LANG": "ja_JP.UTF-8"}) == "ja"
        assert say(error) == "実画像が /nowhere に見つかりません。フォルダーを確認して、もう一度お試しください。"
    finally:
        choose_language("en", {})
    assert say(error) == "The real images were not found at /nowhere; check the folder and try again."


def test_an_error_is_one_line_in_the_language_of_the_option_or_the_locale(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    english = _cli("fid", str(missing), str(IMAGES / "small_b"), LANG="C.UTF-8")
    assert english.stderr == f"fidgui-cli: The real images were not found at {missing}; check the folder and try again.\n"
    japanese = _cli("--lang", "ja", "fid", str(missing), str(IMAGES / "small_b"), LANG="zh_CN.UTF-8")
    assert japanese.returncode == 1
    assert japanese.stderr == f"fidgui-cli: 実画像が {missing} に見つかりません。フォルダーを確認して、もう一度お試しください。\n"
    chinese = _cli("fid", str(missing), str(IMAGES / "small_b"), LANGUAGE="zh_CN:en", LANG="en_US.UTF-8")
    assert chinese.stderr == f"fidgui-cli: 在 {missing} 找不到真实图像；请检查文件夹后重试。\n"


def test_json_keeps_codes_and_english_beside_the_chosen_language(fixture_onnx: Path, few_images: Path) -> None:
    completed = _cli("fid", str(few_images / "a"), str(few_images / "b"), "--model", str(fixture_onnx), "--json",
                     "--no-history", "--no-cache", LC_ALL="zh_TW.UTF-8")
    assert completed.returncode == 0, completed.stderr
    document = json.loads(completed.stdout)
    assert document["language"] == "zh_TW"
    (rank,) = [notice for notice in document["notices"] if notice["code"] == "rank_deficient"]
    assert rank["text"].startswith("The real side has only 4 and the generated side has only 4 images, not more than")
    assert rank["translated"].startswith("真實影像只有 4 張，生成影像只有 4 張，不多於網路描述每張影像所用的 2,048 個特徵")
    assert rank["message"]["params"]["features"] == 2048
    assert document["warnings"] == [notice["text"] for notice in document["notices"]]
    assert "警告：真實影像只有 4 張" in completed.stderr
    assert document["device_message"]["code"] == "device_cpu"  # the stable key, with the thread count beside it
    assert document["device_text"].startswith(f"CPU ({document['device_message']['params']['threads']} thread")
    assert document["device_translated"].startswith("CPU（") and "個執行緒" in document["device_translated"]
