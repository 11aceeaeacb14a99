"""Messages are codes with parameters: every code the core uses has an English sentence and three translations."""

from __future__ import annotations

import ast
import pickle
import re
import sys
from pathlib import Path

import pytest
from conftest import REPO

import fidgui.messages
from fidgui.core.base.comparison_types import Notice
from fidgui.core.base.errors import (
    LEGACY_TEXT,
    FidguiError,
    Message,
    SkippedFile,
    message_from_dict,
    message_to_dict,
    side_images,
    side_word,
)
from fidgui.messages import translations
from fidgui.messages.catalog import ENGLISH, duplicate_codes
from fidgui.messages.render import NETWORK_NAME_PREFIX, fill, render

PACKAGE = REPO / "fidgui"
CORE = PACKAGE / "core"
RAISING = {"FidguiError", "WeightsError", "ModelError", "DownloadError", "ImageSkipped", "Cancelled", "Message"}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?\}")


def _is_code(text: str) -> bool:
    """A code, as opposed to an English sentence still waiting for one (``legacy_text``)."""
    return bool(re.fullmatch(r"[a-z][a-z0-9_.]*", text))


def codes_in_source(source: str) -> set[str]:
    """Every literal code a module raises or reports: ``FidguiError("code", ...)``, ``Message("code")``,
    and ``Notice("code", **params)`` (whose message has the notice's own code)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str) and _is_code(first.value)):
            continue
        if name in RAISING or (name == "Notice" and len(node.args) == 1):
            found.add(first.value)
    return found


def _core_codes() -> dict[str, set[str]]:
    """Codes in the core and in the front ends (which report a few of their own, such as the CLI's history note)."""
    modules = [path for path in PACKAGE.rglob("*.py") if "messages" not in path.relative_to(PACKAGE).parts]
    return {str(path.relative_to(REPO)): codes_in_source(path.read_text("utf-8")) for path in modules}


def test_the_scan_finds_codes_and_would_catch_one_without_a_sentence() -> None:
    sample = 'raise FidguiError("no_such_code", count=3)\nwarn(Notice("nor_this", side="real"))\nFidguiError("An English sentence.")'
    assert codes_in_source(sample) == {"no_such_code", "nor_this"}
    assert not {"no_such_code", "nor_this"} <= ENGLISH.keys()
    assert sum(len(codes) for codes in _core_codes().values()) >= 40


def test_every_code_raised_or_reported_has_an_english_sentence() -> None:
    missing = {module: sorted(codes - ENGLISH.keys()) for module, codes in _core_codes().items() if codes - ENGLISH.keys()}
    assert missing == {}
    built = [side_word(side).code for side in ("real", "generated")] + [side_images(s).code for s in ("real", "generated")]
    subjects = re.findall(r'"(subject_[a-z_]+)"', "".join(p.read_text("utf-8") for p in CORE.rglob("*.py")))
    assert set(built + subjects) <= ENGLISH.keys() and len(subjects) >= 3  # the metrics name themselves (registry labels)


def _untranslatable(english: str) -> bool:
    """Only symbols, placeholders or names (such as "KID"): the same text in every language is right."""
    return re.search(r"[a-z]{2,}", _PLACEHOLDER.sub("", english)) is None


def _names(template: str) -> set[str]:
    return {match.group(1) for match in _PLACEHOLDER.finditer(template)}


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_catalogue_code_is_translated_with_the_same_placeholders(language: str) -> None:
    table = translations.table(language)
    missing = [code for code, english in ENGLISH.items()
               if not table.get(code) or (table[code] == english and not _untranslatable(english)
                                          and not code.startswith(NETWORK_NAME_PREFIX))]  # a network's name stays
    assert missing == []
    assert sorted(set(table) - ENGLISH.keys()) == []  # no translation of a code that no longer exists
    wrong = [code for code, english in ENGLISH.items() if _names(table[code]) != _names(english)]
    assert wrong == []


def test_no_two_translation_modules_disagree_and_a_new_module_is_merged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert translations.conflicts() == []
    assert duplicate_codes() == []  # no code defined by two catalogue modules
    assert "fidgui.messages.translations_core" in translations.translation_modules()
    (tmp_path / "translations_extra_test.py").write_text(
        'AREA = {"ja": {"kid_too_few_images": "テスト"}, "zh_CN": {"brand_new": "新"}}\n', "utf-8"
    )
    monkeypatch.setattr(fidgui.messages, "__path__", [*fidgui.messages.__path__, str(tmp_path)])
    translations._merged.cache_clear()
    try:
        assert "fidgui.messages.translations_extra_test" in translations.translation_modules()
        assert translations.lookup("zh_CN", "brand_new") == "新"
        assert translations.lookup("zh_CN", "kid_too_few_images") == translations.table("zh_CN")["kid_too_few_images"]
        assert [entry[1] for entry in translations.conflicts()] == ["kid_too_few_images"]
    finally:
        sys.modules.pop("fidgui.messages.translations_extra_test", None)
        monkeypatch.undo()
        translations._merged.cache_clear()


def test_fill_formats_counts_plurals_and_nested_sentences_in_one_pass() -> None:
    assert fill("{count:n} of {total:n}", {"count": 2048, "total": 50000}) == "2,048 of 50,000"
    assert fill("{n} {n:one:file was|files were}", {"n": 1}) == "1 file was"
    assert fill("{n} {n:one:file was|files were}", {"n": 6}) == "6 files were"
    assert fill("{path} and {count}", {"path": "/a/{count}", "count": 3}) == "/a/{count} and 3"
    assert fill("{x:.2f} {missing}", {"x": 1.23456}) == "1.23 {missing}"
    nested = Message("metric_skipped", metric=Message("metric_kid"), reason=Message("kid_too_few_images"))
    assert render(nested) == "KID was not computed: KID needs at least 2 images on each side; add images to the smaller folder."
    japanese = render(nested, translations.translator("ja"))
    assert japanese == "KIDは計算されませんでした: KID の計算には両側に 2 枚以上の画像が必要です。少ない方のフォルダーに画像を追加してください。"


def test_messages_survive_json_and_pickle_and_legacy_sentences_stay_as_written() -> None:
    message = Message("too_few_images_skipped", side=side_word("generated"), count=0, path="/g", skipped=6,
                      name="a.png", reason=Message(LEGACY_TEXT, text="The file is empty."))
    assert message_from_dict(message_to_dict(message)) == message
    error = pickle.loads(pickle.dumps(FidguiError(message)))
    assert render(error) == (
        "The generated side has 0 usable images in /g; FID needs at least 2 images on each side (and thousands for a "
        "trustworthy figure). 6 files were skipped, for example a.png: The file is empty. Add images or choose "
        "another folder."
    )
    notice = pickle.loads(pickle.dumps(Notice("duplicates", count=1, side=side_word("real"))))
    assert notice.code == "duplicates" and render(notice).startswith("1 real image is an exact copy")
    assert render(Notice("feature_cache", "The cache was set aside.")) == "The cache was set aside."
    assert render(SkippedFile("/x", "Unreadable.")) == "Unreadable." and SkippedFile("/x", "Unreadable.").reason.code == LEGACY_TEXT


def test_stored_parameters_are_plain_json_values() -> None:
    import json

    import numpy as np

    message = Message("covariance_too_few_images", needed=np.int64(2), side=side_word("real"), count=Path("/x"))
    stored = json.loads(json.dumps(message_to_dict(message)))
    assert stored == {"code": "covariance_too_few_images",
                      "params": {"needed": 2, "side": {"code": "side_real", "params": {}}, "count": "/x"}}
