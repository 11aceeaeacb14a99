"""Shared test fixtures: the files in ../shared/fixtures, never copied into the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO.parent / "shared" / "fixtures"
if not FIXTURES.is_dir():  # a checkout that is not beside shared/ cannot test parity: say so loudly.
    raise RuntimeError(f"The test fixtures were not found at {FIXTURES}; clone the project beside shared/.")

RANDOM_WEIGHTS = FIXTURES / "weights" / "fid_inception_random_seed0.pth"
TRUNCATED_WEIGHTS = FIXTURES / "weights" / "pt_inception-2015-12-05-6726825d.head.pth"
IMAGES = FIXTURES / "images"
REFERENCE = FIXTURES / "reference"


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]  # pytest-qt's, with the application's own garbage collection
    """pytest-qt's QApplication, collecting cycles in the GUI thread only, as fidgui's application does."""
    from fidgui.gui.garbage_collection import collect_in_gui_thread

    collect_in_gui_thread()
    return qapp


@pytest.fixture(autouse=True)
def _collect_cycles_between_tests():  # type: ignore[no-untyped-def]
    """A test that never spins the event loop still has its cycles collected, here, in the main thread."""
    yield
    import gc

    if not gc.isenabled():
        from fidgui.gui.garbage_collection import collect_due_generations

        collect_due_generations()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real per-user folders (model, cache, settings)."""
    home = tmp_path_factory.mktemp("userhome")
    monkeypatch.setenv("FIDGUI_HOME", str(home))
    # A CLI test that runs main(["--lang", ...]) leaves the module's language behind; each test starts in English
    # (the tests share processes, in an order pytest-xdist chooses).
    from fidgui.cli import messages as cli_messages

    monkeypatch.setattr(cli_messages, "_language", cli_messages.ENGLISH)


@pytest.fixture(scope="session")
def fixture_onnx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture's random-valued weights converted once per test session: same network, meaningless values."""
    from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically
    from fidgui.core.encoders.inception.weights import load_fid_weights

    path = tmp_path_factory.mktemp("model") / "fid_inception_random_seed0.onnx"
    save_model_atomically(build_inception_onnx(load_fid_weights(RANDOM_WEIGHTS)), path)
    return path


@pytest.fixture
def installed_model(fixture_onnx: Path) -> Path:
    """The fixture model placed where an installed model lives, in this test's FIDGUI_HOME."""
    import shutil

    from fidgui.core.encoders import model_store

    target = model_store.user_model_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture_onnx, target)
    return target
