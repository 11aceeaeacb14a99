"""The speed benchmarks' own logic: the photograph folders, and the side-by-side timing against pytorch-fid.

pytorch-fid is not installed here (it needs torch and downloads its weights); the comparison's argument
parsing, its placing of the weights where torch looks for them, its alternation, CPU timing and FID reading
are tested with small stand-in processes instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import compare_with_pytorch_fid as compare  # noqa: E402
import photo_folders  # noqa: E402

from conftest import FIXTURES, RANDOM_WEIGHTS  # noqa: E402


def test_photo_folders_are_photographs_at_the_sizes_generators_write(tmp_path: Path) -> None:
    sources = photo_folders.load_sources(FIXTURES / "encoders" / "images" / "large")
    png = photo_folders.write_folder(tmp_path, "png512", 3, sources)
    jpeg = photo_folders.write_folder(tmp_path, "jpeg1024", 1, sources)
    pngs, jpegs = sorted(png.iterdir()), sorted(jpeg.iterdir())
    assert [p.name for p in pngs] == ["00000.png", "00001.png", "00002.png"] and len(jpegs) == 1
    for path, size, image_format in [(pngs[0], 512, "PNG"), (jpegs[0], 1024, "JPEG")]:
        with Image.open(path) as image:
            assert image.size == (size, size) and image.format == image_format and image.mode == "RGB"
    assert len(np.unique(np.asarray(Image.open(pngs[0]).convert("L")))) > 100  # a photograph's tones, not a flat or two-level picture
    again = photo_folders.photo_crop(sources, 0, 512)
    assert again.tobytes() == Image.open(pngs[0]).tobytes()  # seeded: the same folder every time
    assert photo_folders.photo_crop(sources, 6, 512).tobytes() != again.tobytes()


def test_comparison_needs_weights_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        compare.parse_args([str(tmp_path), str(tmp_path)])
    assert "--weights" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        compare.parse_args([str(tmp_path / "missing"), str(tmp_path), "--weights", str(RANDOM_WEIGHTS)])
    assert "not a folder" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        compare.parse_args([str(tmp_path), str(tmp_path), "--weights", str(RANDOM_WEIGHTS), "--pairs", "0"])
    args = compare.parse_args([str(tmp_path), str(tmp_path), "--weights", str(RANDOM_WEIGHTS), "--batch-size", "8"])
    fidgui, pytorch_fid = compare.tools(args, tmp_path / "home", tmp_path / "torch")
    assert fidgui.argv[1:4] == ["-m", "fidgui.cli", "fid"] and "--no-cache" in fidgui.argv
    assert fidgui.env == {"FIDGUI_HOME": str(tmp_path / "home")}
    assert pytorch_fid.argv[1:3] == ["-m", "pytorch_fid"] and pytorch_fid.argv[pytorch_fid.argv.index("--batch-size") + 1] == "8"
    assert pytorch_fid.env == {"TORCH_HOME": str(tmp_path / "torch")}


def test_weights_go_where_torch_looks_for_pytorch_fids_download(tmp_path: Path) -> None:
    placed = compare.stage_torch_home(RANDOM_WEIGHTS, tmp_path / "torch")
    assert placed == tmp_path / "torch" / "hub" / "checkpoints" / "pt_inception-2015-12-05-6726825d.pth"
    assert placed.stat().st_size == RANDOM_WEIGHTS.stat().st_size
    assert compare.stage_torch_home(RANDOM_WEIGHTS, tmp_path / "torch") == placed  # a second call keeps it


def _stand_in(name: str, cpu_seconds: float, output: str) -> compare.Tool:
    code = ("import time\nend = time.process_time() + %r\nwhile time.process_time() < end: pass\nprint(%r)"
            % (cpu_seconds, output))
    return compare.Tool(name, [sys.executable, "-c", code])


def test_runs_alternate_and_are_timed_with_their_cpu_time(capsys: pytest.CaptureFixture[str]) -> None:
    fidgui = _stand_in("fidgui", 0.05, json.dumps({"metrics": [{"id": "fid", "values": {"fid": 2.5}}]}))
    pytorch_fid = _stand_in("pytorch-fid", 0.4, "FID:  2.5000011")
    timings = compare.alternate([fidgui, pytorch_fid], pairs=3)
    assert [t.name for t in timings] == ["fidgui", "pytorch-fid", "pytorch-fid", "fidgui", "fidgui", "pytorch-fid"]
    assert {t.fid for t in timings if t.name == "fidgui"} == {2.5}
    assert {t.fid for t in timings if t.name == "pytorch-fid"} == {2.5000011}
    assert all(t.cpu >= 0.4 for t in timings if t.name == "pytorch-fid")
    assert all(t.wall >= t.cpu * 0.5 for t in timings)
    wall, cpu = compare.ratios(timings)
    assert cpu > 2 and wall > 1  # the stand-in for pytorch-fid does 8 times the work
    assert capsys.readouterr().out.count(" s CPU, FID ") == 6


def test_a_failing_tool_stops_the_comparison_with_its_error() -> None:
    broken = compare.Tool("pytorch-fid", [sys.executable, "-c", "import sys; sys.exit('No module named pytorch_fid')"])
    with pytest.raises(SystemExit, match="pytorch_fid"):
        compare.time_tool(broken)


def test_gpu_check_runs_on_a_machine_without_a_gpu_and_says_so(fixture_onnx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gpu_check

    gpu_check.main(["--model", str(fixture_onnx), "--quick", "--images", "6"])
    out = capsys.readouterr().out
    assert "CPU session providers: ['CPUExecutionProvider']" in out
    assert "no GPU: " in out and "CUDA session providers" not in out
    assert "model-only, cpu, batch 16: " in out
    assert out.count("end to end, 6 512x512 PNG, batch 16, ") >= 1 and "decoding and preprocessing alone" in out


def test_gil_stalls_times_each_step_of_a_models_first_check(
        fixture_onnx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gil_stalls

    gil_stalls.main(["--model", str(fixture_onnx)])
    lines = capsys.readouterr().out.splitlines()
    assert [line[:44].strip() for line in lines] == [
        "read the file", "onnx.load_from_string", "ONNX checker on the bytes",
        "digest: serialising the graph again (before)", "digest: the file's own graph bytes (now)",
        "probe session from the bytes", "run session from the path", "first network call, 2 rows",
    ]
    assert all(line.endswith(" ms") and ", longest stall " in line for line in lines)


def test_rows_per_call_times_every_slice_size_of_a_batch(
        fixture_onnx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import rows_per_call

    assert rows_per_call.slice_sizes(16) == [1, 2, 4, 8, 16]
    assert rows_per_call.slice_sizes(6) == [1, 2, 4, 6]
    medians = rows_per_call.main(["--model", str(fixture_onnx), "--rounds", "1", "--batch", "3"])
    assert sorted(medians) == [1, 2, 3] and all(value > 0 for value in medians.values())
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" rows per call:")[0].strip() for line in lines] == ["1", "2", "3"]
    assert lines[-1].endswith("(1.00x the whole batch in one call)")
