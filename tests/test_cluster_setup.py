"""What is refused before any work reaches a cluster: a malformed address, Dask missing, an unreachable
scheduler; each as one translated sentence naming what to do."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from conftest import IMAGES
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.errors import FidguiError, english
from fidgui.core.cluster import connection
from fidgui.core.cluster.address import parse_cluster
from fidgui.core.run.comparison import run_comparison
from fidgui.messages import translations  # importing fidgui.messages registers the English wording


def test_cluster_addresses_are_read_or_refused_before_anything_starts() -> None:
    assert parse_cluster("tcp://lab-server:8786").address == "tcp://lab-server:8786"
    assert parse_cluster("lab-server:8786").address == "tcp://lab-server:8786"
    assert parse_cluster("local:3").workers == 3 and parse_cluster("local:3").is_local
    for wrong in ("local:0", "lab server", "http://lab:8786/path", ""):
        with pytest.raises(FidguiError) as refused:
            parse_cluster(wrong)
        assert refused.value.code == "cluster_address_invalid"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_scheduler_is_one_sentence_naming_its_address(
    fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "CONNECT_SECONDS", 1.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    request = ComparisonRequest(real=IMAGES / "small_a", generated=IMAGES / "small_b", model=fixture_onnx,
                                cluster=address)
    with pytest.raises(FidguiError) as refused:
        run_comparison(request)
    assert refused.value.code == "cluster_unreachable"
    sentence = english(refused.value.message)
    assert address in sentence and "\n" not in sentence and "dask scheduler" in sentence


def test_without_dask_the_cluster_option_says_how_to_install_it(
    fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from fidgui.cli.main import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    request = ComparisonRequest(real=IMAGES / "small_a", generated=IMAGES / "small_b", model=fixture_onnx,
                                cluster="local:2")
    with pytest.raises(FidguiError) as refused:
        run_comparison(request)
    assert refused.value.code == "cluster_needs_dask"
    assert 'pip install "fidgui[cluster]"' in english(refused.value.message)
    assert translations.lookup("ja", "cluster_needs_dask") and translations.lookup("zh_TW", "cluster_needs_dask")
    assert main(["--lang", "zh_CN", "fid", str(IMAGES / "small_a"), str(IMAGES / "small_b"), "--model",
                 str(fixture_onnx), "--cluster", "local:2", "--no-history"]) == 1
    assert "需要 Dask" in capsys.readouterr().err  # in the language asked for


def test_the_window_setting_sends_comparisons_to_the_scheduler_it_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fidgui.gui.widgets.settings_panel import SettingsPanel

    panel = SettingsPanel()
    qtbot.addWidget(panel)
    assert panel.request_fields()["cluster"] is None  # empty: this computer
    assert panel.cluster_label.text() == "Cluster:" and "tcp://" in panel.cluster.placeholderText()
    panel.cluster.setText("  tcp://lab-server:8786 ")
    assert panel.request_fields()["cluster"] == "tcp://lab-server:8786"  # what the main window and compare-many use
    assert ComparisonRequest(real=Path("a"), generated=Path("b"), **panel.request_fields()).cluster == \
        "tcp://lab-server:8786"
