"""Shared test fixtures: the files in ../shared/fixtures, never copied into the repository."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Two test processes on two cores (addopts ``-n 2``): numpy's OpenBLAS would start two threads in each, four on two
# cores, and its waiting threads spin; one thread per process halves the CPU time of the 2,048-wide linear algebra
# (eigvalsh of a covariance: 2.9 s with two threads, 0.8 s with one, beside another busy process). Set before numpy
# loads (no plugin imports it earlier); a single process (-n 0) keeps the default. The network (onnxruntime) has its
# own threads, as the application sets them.
if int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")) > 1:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

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
def installed_model(fixture_onnx: Path) -> Iterator[Path]:
    """The fixture model placed where an installed model lives, in this test's FIDGUI_HOME.

    A hard link, not a copy: about 70 tests use it, and copying wrote 95 MB each (6.6 GB a run). fidgui replaces a
    model file (a new file renamed over it) and never writes into one, so the shared file cannot change; a test
    that wrote into it in place would change every later test's model, so that is checked here, naming the test.
    """
    import shutil

    from fidgui.core.encoders import model_store

    target = model_store.user_model_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    before = fixture_onnx.stat()
    try:
        os.link(fixture_onnx, target)
    except OSError:  # another file system, or links not allowed: a copy
        shutil.copyfile(fixture_onnx, target)
    yield target
    after = fixture_onnx.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns), (
        "this test wrote into the shared fixture model through installed_model; write a new file instead")


FEW = 4  # images per side in ``few_images``: enough for every notice and key a behaviour test looks at


@pytest.fixture(scope="session")
def few_images(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``a`` (the first 4 of small_a) and ``b`` (the first 4 of small_b), copied once per test process.

    For behaviour tests (a notice, a key, a row, a cancel): they need real images through the real network, not
    24 + 24 of them; each Inception image costs ~50 ms. Parity tests keep small_a/small_b and their references.
    Tests must not write into these folders (they are shared); copy them into ``tmp_path`` to change them.
    """
    import shutil

    root = tmp_path_factory.mktemp("few_images")
    for side, folder in (("a", "small_a"), ("b", "small_b")):
        (root / side).mkdir()
        for path in sorted((IMAGES / folder).iterdir())[:FEW]:
            shutil.copy(path, root / side / path.name)
    return root
