"""A comparison that runs two networks: FID on Inception and a toy network's metrics, each side read once per
network in that network's mode, the cache keyed per network and mode, statistics files that say which network
made them, and the toy's model asked for only when one of its metrics is chosen."""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from scipy import linalg

from conftest import IMAGES
from fidgui.core.base.comparison_types import ComparisonRequest, Progress
from fidgui.core.base.errors import FidguiError, ModelError
from fidgui.core.encoders import model_store
from fidgui.core.metrics.registry import Need, Row, Metric, metric
from fidgui.core.report.document import result_from_document, result_to_csv, result_to_dict
from fidgui.core.run.comparison import run_comparison
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.messages.render import render
from multi_toy import BILINEAR, FD_TOY, NEAREST, SIZE, TOY_ROWS, WIDTH, nearest, toy_network, write_weights

__all__ = ["toy_network"]  # the fixture, imported for pytest
COUNT = 6


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    real, generated = tmp_path / "real", tmp_path / "generated"
    for source, target in ((IMAGES / "small_a", real), (IMAGES / "small_b", generated)):
        target.mkdir()
        for file in sorted(source.iterdir())[:COUNT]:
            shutil.copyfile(file, target / file.name)
    return real, generated


@pytest.fixture
def toy_weights(tmp_path: Path) -> Path:
    return write_weights(tmp_path / "toy_weights.npz")


@pytest.fixture
def toy_installed(toy_network, toy_weights: Path) -> Path:  # type: ignore[no-untyped-def]
    model_store.import_model(toy_weights)  # recognised as the toy network by its structure
    return toy_weights


def _toy_fd(real: Path, generated: Path, weights: Path) -> float:
    """The toy network in numpy, and the Fréchet distance by pytorch-fid's formula with SciPy's sqrtm."""
    with np.load(weights) as arrays:
        projection = arrays["projection"].astype(np.float32).astype(np.float64)

    def statistics(folder: Path) -> tuple[np.ndarray, np.ndarray]:
        pixels = [np.asarray(Image.open(file).convert("RGB")) for file in sorted(folder.iterdir())]
        rows = np.tanh(np.stack([nearest(rgb, SIZE).transpose(2, 0, 1).reshape(-1) for rgb in pixels]) @ projection)
        return rows.mean(axis=0), np.cov(rows, rowvar=False)

    (mu1, sigma1), (mu2, sigma2) = statistics(real), statistics(generated)
    covmean = linalg.sqrtm(sigma1 @ sigma2).real
    return float(((mu1 - mu2) ** 2).sum() + np.trace(sigma1 + sigma2 - 2 * covmean))


def _features_read(events: list[Progress]) -> Counter[tuple[str, str]]:
    """(network, side) -> images that network read on that side (its last "features" report's count)."""
    last: dict[tuple[str, str], int] = {}
    for event in events:
        if event.stage == "features":
            last[(event.encoder, event.side)] = event.done
    return Counter(last)


def test_each_side_is_read_once_per_network_and_each_metric_gets_its_own_networks_inputs(
    toy_installed: Path, installed_model: Path, folders: tuple[Path, Path], tmp_path: Path
) -> None:
    real, generated = folders
    request = ComparisonRequest(real, generated, metrics=("fid", FD_TOY, TOY_ROWS), batch_size=4)
    events: list[Progress] = []
    with FeatureCache(tmp_path / "cache.sqlite") as cache:
        cold = run_comparison(request, on_progress=events.append, cache=cache)
    assert _features_read(events) == {("inception", "real"): COUNT, ("inception", "generated"): COUNT,
                                      ("toy", "real"): COUNT, ("toy", "generated"): COUNT}
    loading = [event.encoder for event in events if event.stage == "loading model"]
    assert sorted(loading) == ["inception", "toy"]  # each network loaded once, and said so
    assert cold.metric_value(FD_TOY) == pytest.approx(_toy_fd(real, generated, toy_installed), rel=1e-4)
    assert cold.fid is not None and cold.fid > 0 and cold.metric_value(TOY_ROWS) > 0
    weights_sha = hashlib.sha256(toy_installed.read_bytes()).hexdigest()
    assert cold.metric_encoders[FD_TOY] == {"encoder": "toy", "mode": NEAREST, "model_sha256": weights_sha,
                                            "model_is_standard": False}
    assert cold.metric_encoders["fid"]["encoder"] == "inception"
    assert cold.metric_encoders["fid"]["model_sha256"] == cold.model_sha256 and cold.mode == "pytorch-fid"
    assert len(cold.warnings) == len(set(cold.warnings))  # what is true of the files is said once, not per network
    assert (cold.real.n_images, cold.generated.n_images) == (COUNT, COUNT)

    document = result_to_dict(cold)
    assert document["metric_encoders"][FD_TOY]["encoder"] == "toy" and document[FD_TOY] == cold.metric_value(FD_TOY)
    assert result_from_document(document).metric_encoders == cold.metric_encoders
    assert f"{FD_TOY}=toy/{NEAREST}/{weights_sha}" in result_to_csv(cold)


def test_a_rerun_comes_from_the_cache_per_network_and_another_mode_of_one_network_is_read_again(
    toy_installed: Path, installed_model: Path, folders: tuple[Path, Path], tmp_path: Path
) -> None:
    real, generated = folders
    request = ComparisonRequest(real, generated, metrics=("fid", FD_TOY))
    with FeatureCache(tmp_path / "cache.sqlite") as cache:
        cold = run_comparison(request, cache=cache)
        events: list[Progress] = []
        warm = run_comparison(request, on_progress=events.append, cache=cache)
        assert warm.device.startswith("none") and not _features_read(events)
        assert sorted((e.encoder, e.side) for e in events if e.stage == "from cache") == [
            ("inception", "generated"), ("inception", "real"), ("toy", "generated"), ("toy", "real")]
        assert (warm.fid, warm.metric_value(FD_TOY)) == (cold.fid, cold.metric_value(FD_TOY))

        events.clear()
        other = run_comparison(ComparisonRequest(real, generated, metrics=("fid", FD_TOY), encoder_modes=(BILINEAR,)),
                               on_progress=events.append, cache=cache)
    assert set(_features_read(events)) == {("toy", "real"), ("toy", "generated")}  # Inception's still cached
    assert other.fid == cold.fid and other.metric_encoders[FD_TOY]["mode"] == BILINEAR
    assert other.metric_value(FD_TOY) != cold.metric_value(FD_TOY)


def test_statistics_files_record_their_network_and_another_networks_file_is_refused_or_skipped(
    toy_installed: Path, installed_model: Path, folders: tuple[Path, Path], tmp_path: Path
) -> None:
    real, generated = folders
    prefix = tmp_path / "stats" / "run"
    run_comparison(ComparisonRequest(real, generated, metrics=("fid", FD_TOY), save_stats_prefix=prefix))
    inception_file, toy_file = tmp_path / "stats" / "run_real.npz", tmp_path / "stats" / "run_toy_real.npz"
    with np.load(toy_file) as saved:
        assert (str(saved["encoder"]), int(saved["width"]), saved["mu"].shape) == ("toy", WIDTH, (WIDTH,))
    assert FeatureStatistics.load(inception_file).encoder == "inception"

    with pytest.raises(FidguiError) as refused:  # FID cannot come from the toy network's statistics, and is all asked
        run_comparison(ComparisonRequest(toy_file, generated, metrics=("fid",)))
    assert refused.value.code == "statistics_other_encoder"
    assert render(refused.value) == (
        "run_toy_real.npz holds statistics of the toy network, but this figure needs the Inception network's. "
        "Compute them from the images, or give a statistics file made with that network."
    )

    toy_only = run_comparison(ComparisonRequest(toy_file, generated, metrics=("fid", FD_TOY)))
    assert toy_only.fid is None and toy_only.metric_value(FD_TOY) is not None  # FID skipped, said why
    assert [n.message.params["reason"].code for n in toy_only.warnings if n.code == "metric_skipped"] == [
        "statistics_other_encoder"]

    notices = []
    mixed = run_comparison(ComparisonRequest(inception_file, generated, metrics=("fid", FD_TOY)),
                           on_notice=notices.append)
    assert mixed.fid is not None and mixed.metric_value(FD_TOY) is None and FD_TOY not in mixed.metric_encoders
    (skipped,) = [notice for notice in notices if notice.code == "metric_skipped"]
    assert skipped.message.params["reason"].code == "statistics_other_encoder"

    old = tmp_path / "old_pytorch_fid.npz"  # no encoder field: Inception's, so a toy width is refused as such
    np.savez(old, mu=np.zeros(WIDTH), sigma=np.eye(WIDTH))
    with pytest.raises(FidguiError) as narrow:
        run_comparison(ComparisonRequest(old, generated, metrics=("fid",)))
    assert narrow.value.code == "statistics_width_mismatch"

    lying = tmp_path / "lying.npz"
    np.savez(lying, mu=np.zeros(WIDTH), sigma=np.eye(WIDTH), encoder=np.array("toy"), width=np.array(16))
    with pytest.raises(FidguiError) as damaged:
        FeatureStatistics.load(lying)
    assert damaged.value.code == "stats_width_recorded_differs"

    import fidgui

    with pytest.raises(FidguiError) as different:
        fidgui.frechet_distance(inception_file, toy_file)
    assert different.value.code == "statistics_encoders_differ"


def test_a_network_without_a_model_matters_only_when_one_of_its_metrics_is_chosen(
    toy_network, installed_model: Path, folders: tuple[Path, Path]  # type: ignore[no-untyped-def]
) -> None:
    real, generated = folders
    notices = []
    only_fid = run_comparison(ComparisonRequest(real, generated), on_notice=notices.append)
    assert only_fid.fid is not None and set(only_fid.metric_encoders) == {"fid"}
    assert not any("toy" in render(notice) for notice in notices)

    events: list[Progress] = []
    with pytest.raises(ModelError) as missing:
        run_comparison(ComparisonRequest(real, generated, metrics=("fid", FD_TOY)), on_progress=events.append)
    assert missing.value.code == "encoder_model_not_set_up" and not events  # refused before any image is read
    assert render(missing.value) == (
        "The toy network is not set up, and a chosen metric needs it (no model file was found). Import its weights "
        "with 'fidgui-cli model import FILE' (fidgui recognises the network from the file), or leave its metrics out."
    )


def test_a_metric_reading_two_networks_is_refused() -> None:
    label = metric("fid").label
    with pytest.raises(FidguiError) as mixed:
        Metric("both", ("both",), (Need("statistics"), Need("features", encoder="toy")), lambda *a: {}, label, label,
               (Row(label, ("both",), str),))
    assert mixed.value.code == "metric_mixes_encoders"


def test_the_rank_warning_takes_each_networks_width_and_names_its_metric(
    toy_installed: Path, installed_model: Path, folders: tuple[Path, Path]
) -> None:
    result = run_comparison(ComparisonRequest(*folders, metrics=("fid", FD_TOY)))
    rank = [notice for notice in result.warnings if notice.code == "rank_deficient"]
    assert [notice.message.code for notice in rank] == ["rank_deficient_dims", "rank_deficient_metric"]  # Inception offers --dims
    assert rank[0].params["features"] == 2048 and rank[1].params["features"] == WIDTH
    assert render(rank[1]).startswith(
        f"The real side has only {COUNT} and the generated side has only {COUNT} images, not more than the {WIDTH} "
        "features the toy network describes each image with, so its covariance is incomplete (rank-deficient). "
        "FD_toy is still computed"
    )


def test_two_modes_of_one_network_are_refused(toy_network, folders: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FidguiError) as twice:
        run_comparison(ComparisonRequest(*folders, mode=NEAREST, encoder_modes=(BILINEAR,), metrics=(FD_TOY,)))
    assert twice.value.code == "modes_same_encoder"


def test_model_files_are_recognised_by_their_structure_not_their_names(
    toy_installed: Path, fixtures_dir: Path, tmp_path: Path
) -> None:
    from conftest import RANDOM_WEIGHTS
    from fidgui.core.encoders.model_kinds import network_by_structure, recognise_network

    encoders = fixtures_dir / "encoders"
    dinov2 = tmp_path / "renamed.pth"
    dinov2.symlink_to(encoders / "dinov2_vits14_random_seed0.pth")
    clip = encoders / "clip_vit_l14_336_reduced"
    assert network_by_structure(dinov2) == "dinov2"
    assert network_by_structure(clip) == network_by_structure(clip / "model.safetensors") == "clip"
    assert network_by_structure(RANDOM_WEIGHTS) == "inception"
    assert network_by_structure(model_store.encoder_models.user_model_path("toy")) == "toy"  # fidgui's own .onnx
    assert recognise_network(toy_installed) == "toy"  # the toy declares its own rule
    with pytest.raises(ModelError) as folder:
        network_by_structure(tmp_path)
    assert folder.value.code == "model_folder_not_recognised"


def test_the_python_api_takes_other_networks_metrics_modes_and_statistics(
    toy_installed: Path, installed_model: Path, folders: tuple[Path, Path]
) -> None:
    import fidgui

    real, generated = folders
    result = fidgui.compare(real, generated, metrics=[FD_TOY], encoder_modes=(BILINEAR,), use_cache=False)
    assert result["metric_encoders"][FD_TOY]["mode"] == BILINEAR and result[FD_TOY] > 0
    toy_real = fidgui.statistics(real, encoder="toy", encoder_modes=(BILINEAR,), use_cache=False)
    toy_generated = fidgui.statistics(generated, encoder="toy", encoder_modes=(BILINEAR,), use_cache=False)
    assert (toy_real.encoder, toy_real.mode, toy_real.mu.shape) == ("toy", BILINEAR, (WIDTH,))
    assert fidgui.frechet_distance(toy_real, toy_generated) == pytest.approx(result[FD_TOY], rel=1e-9)
