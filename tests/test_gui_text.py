"""The window's formatting module: numbered placeholders filled once, engine messages worded in the window's language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fidgui.core.base.comparison_types import Notice
from fidgui.core.base.errors import FidguiError, Message, SkippedFile
from fidgui.gui import language
from fidgui.gui.text import fill, say
from fidgui.messages.render import render


def test_fill_substitutes_every_placeholder_in_one_pass() -> None:
    # Compare-many's status with a folder named "img%20set": its "%2" must not be replaced by the second value.
    assert fill("%1 of %2: %3", 1, 3, "img%20set") == "1 of 3: img%20set"
    assert fill("%2 then %1", "%2", "%1") == "%1 then %2"
    assert fill("%1%", 50) == "50%"
    assert fill("%1 of %10", *range(1, 11)) == "1 of 10"
    assert fill("%3 stays", "a") == "%3 stays"


def test_say_words_messages_in_the_chosen_language_and_falls_back_to_english(qapp: QApplication) -> None:
    switcher = language.switcher()
    error = FidguiError("kid_too_few_images")
    notice = Notice("duplicates", count=1200, side=Message("side_generated"))
    skipped = SkippedFile("/x/a.png", "The file is empty.")
    try:
        switcher.apply("en")
        assert say(error) == render(error) == "KID needs at least 2 images on each side; add images to the smaller folder."
        assert say(notice).startswith("1,200 generated images are exact copies")
        switcher.apply("ja")
        assert say(error) == "KID の計算には両側に 2 枚以上の画像が必要です。少ない方のフォルダーに画像を追加してください。"
        assert "1,200" in say(notice) and "生成画像" in say(notice) and "generated" not in say(notice)
        assert say(skipped) == "The file is empty."  # a sentence from before codes stays as it was written
        switcher.apply("zh_TW")
        assert say(notice).startswith("1,200 張生成影像")
    finally:
        switcher.apply("en")


def test_the_result_view_words_warnings_and_skipped_reasons_again_when_the_language_changes(qtbot) -> None:
    from fidgui.core.base.comparison_types import ComparisonResult, SideSummary
    from fidgui.core.base.errors import side_word
    from fidgui.gui.widgets.result_view import ResultView

    reason = Message("kid_too_few_images")
    result = ComparisonResult(
        fid=12.5, real=SideSummary("/r", 24, skipped=[SkippedFile("/r/bad.png", reason)]), generated=SideSummary("/g", 24),
        mode="pytorch-fid", decode="faithful", model_sha256="ab" * 32, model_is_standard=True, device="CPU",
        seconds=1.0, warnings=[Notice("duplicates", count=3, side=side_word("real"))],
    )
    view = ResultView()
    qtbot.addWidget(view)
    view.show_result(result)
    assert "3 real images are exact copies of another image" in view.warnings.text()
    assert f"/r/bad.png: {render(reason)}" in view.details.toPlainText()
    switcher = language.switcher()
    try:
        switcher.apply("zh_CN")
        qtbot.waitUntil(lambda: "3 张真实图像与同一文件夹中的另一张图像完全相同" in view.warnings.text(), timeout=5000)
        assert "exact copies" not in view.warnings.text()
        assert "/r/bad.png: KID 每侧至少需要 2 张图像；请向图像较少的文件夹添加图像。" in view.details.toPlainText()
    finally:
        switcher.apply("en")
