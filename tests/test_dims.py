"""``--dims``: pytorch-fid's other feature blocks (64, 192, 768, 2048), per image and as FIDs, against
pytorch-fid's own output on the fixture images; older models without those outputs; the cache never mixes widths."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
import pytest

from conftest import IMAGES, REFERENCE
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.errors import FidguiError
from fidgui.core.encoders.inception.graph import BLOCK_OUTPUTS
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.run.comparison import run_comparison
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.messages.render import render

MAX_ABS_ERROR = 1.5e-4  # float32 summation order, as in test_feature_parity
FID_RELATIVE = 1e-4


@pytest.fixture(scope="module")
def reference() -> dict[str, np.ndarray]:
    with np.load(REFERENCE / "features_dims.npz") as archive:
        return {key: archive[key] for key in archive.files}


@pytest.fixture(scope="module")
def reference_fids() -> dict[str, float]:
    return json.loads((REFERENCE / "pytorch_fid_dims.json").read_text())["fid_small_a_vs_small_b_by_dims"]


def _request(dims: int, **extra) -> ComparisonRequest:
    return ComparisonRequest(real=IMAGES / "small_a", generated=IMAGES / "small_b", mode="pytorch-fid",
                             decode="pil", batch_size=24, dims=dims, **extra)


def _rows_by_name(paths, features) -> dict[str, np.ndarray]:
    return {Path(path).name: row for path, row in zip(paths, features)}


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    cache = FeatureCache(tmp_path_factory.mktemp("dims_cache") / "features.sqlite")
    yield cache
    cache.close()


@pytest.fixture(scope="module")
def narrow_runs(fixture_onnx, shared_cache):
    """One comparison per narrower width (2048 is test_feature_parity's), all through one feature cache."""
    model = str(fixture_onnx)
    return {dims: run_comparison(_request(dims, keep_features=True, model=Path(model)), cache=shared_cache)
            for dims in (64, 192, 768)}


@pytest.mark.parametrize("dims", (64, 192, 768))
def test_each_width_matches_pytorch_fid_per_image_and_fid(narrow_runs, reference, reference_fids, dims):
    result = narrow_runs[dims]
    assert result.fid == pytest.approx(reference_fids[str(dims)], rel=FID_RELATIVE)
    assert result.settings["dims"] == dims
    for side, folder in (("real", "small_a"), ("generated", "small_b")):
        ours = _rows_by_name(result.per_image[side].paths, result.per_image[side].pool3)
        names = [str(name) for name in reference[f"{folder}/files"]]
        expected = reference[f"{folder}/pytorch_fid_dims{dims}"]
        assert sorted(ours) == sorted(names)
        got = np.stack([ours[name] for name in names])
        assert got.shape == expected.shape == (24, dims)
        assert np.max(np.abs(got - expected)) < MAX_ABS_ERROR


def test_the_caches_never_mix_widths_and_the_rank_warning_names_dims(narrow_runs, shared_cache, fixture_onnx,
                                                                    reference_fids):
    model = Path(str(fixture_onnx))
    widest = run_comparison(_request(2048, model=model), cache=shared_cache)  # per-image entries hold 768 only
    assert widest.fid == pytest.approx(reference_fids["2048"], rel=FID_RELATIVE)
    for dims in (768, 64, 2048):  # now every side comes whole from the folder cache, by width
        again = run_comparison(_request(dims, model=model), cache=shared_cache)
        assert again.real.from_cache == again.generated.from_cache == 24
        assert again.fid == pytest.approx(reference_fids[str(dims)], rel=FID_RELATIVE)
    sentence = render(next(n for n in widest.warnings if n.code == "rank_deficient").message)
    assert "2,048 features" in sentence and "--dims 64|192|768" in sentence
    sentence = render(next(n for n in narrow_runs[64].warnings if n.code == "rank_deficient").message)
    assert "64 features" in sentence and "--dims" not in sentence  # no narrower width to offer


def _without_block_outputs(source: Path, target: Path) -> None:
    """The model as fidgui converted it before the block outputs existed: pool3 and the logits only."""
    model = onnx.load(str(source))
    kept = [node for node in model.graph.node if not any(out.startswith(tuple(BLOCK_OUTPUTS)) for out in node.output)]
    del model.graph.node[:]
    model.graph.node.extend(kept)
    outputs = [value for value in model.graph.output if value.name not in BLOCK_OUTPUTS]
    del model.graph.output[:]
    model.graph.output.extend(outputs)
    onnx.save(model, str(target))


def test_a_model_converted_before_the_block_outputs_still_gives_every_width(fixture_onnx, tmp_path):
    old = tmp_path / "old.onnx"
    _without_block_outputs(fixture_onnx, old)
    assert not {value.name for value in onnx.load(str(old)).graph.output} & set(BLOCK_OUTPUTS)
    before = old.read_bytes()
    batch = np.random.default_rng(0).uniform(-1, 1, (3, 3, 299, 299)).astype(np.float32)
    names = tuple(BLOCK_OUTPUTS)
    upgraded = InceptionSession(old, device="cpu", outputs=names + ("pool3",)).run(batch)
    current = InceptionSession(fixture_onnx, device="cpu", outputs=names + ("pool3",)).run(batch)
    assert sorted(upgraded) == sorted(current) == sorted(names + ("pool3",))
    for name in upgraded:
        np.testing.assert_allclose(upgraded[name], current[name], atol=1e-5)
    assert old.read_bytes() == before  # the file, its hash and its standard status stay as they were


def test_an_unknown_width_is_refused_before_anything_is_read(installed_model):
    with pytest.raises(FidguiError) as raised:
        run_comparison(_request(100))
    assert raised.value.code == "unknown_dims"
    assert "64, 192, 768, 2048" in render(raised.value.message)


def test_cli_dims_prints_pytorch_fids_figure_and_saves_statistics_of_that_width(installed_model, reference_fids,
                                                                                tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "fidgui.cli", "fid", str(IMAGES / "small_a"), str(IMAGES / "small_b"), "--dims", "192",
         "--decode", "pil", "--json", "--no-history", "--save-stats", str(tmp_path / "s")],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["fid"] == pytest.approx(reference_fids["192"], rel=FID_RELATIVE)
    with np.load(tmp_path / "s_real.npz") as saved:
        assert saved["mu"].shape == (192,) and saved["sigma"].shape == (192, 192)


def test_statistics_of_another_width_name_the_dims_to_use(tmp_path):
    from fidgui.core.statistics.running import FeatureStatistics

    rng = np.random.default_rng(0)
    for side in ("a", "b"):
        rows = rng.normal(size=(300, 192))
        np.savez(tmp_path / f"{side}.npz", mu=rows.mean(axis=0), sigma=np.cov(rows, rowvar=False))
    with pytest.raises(FidguiError) as raised:
        run_comparison(ComparisonRequest(real=tmp_path / "a.npz", generated=tmp_path / "b.npz"))
    assert raised.value.code == "statistics_width_other_dims" and "--dims 192" in render(raised.value.message)
    result = run_comparison(ComparisonRequest(real=tmp_path / "a.npz", generated=tmp_path / "b.npz", dims=192))
    expected = FeatureStatistics.load(tmp_path / "a.npz")
    assert result.fid is not None and result.fid > 0 and expected.mu.shape == (192,)
