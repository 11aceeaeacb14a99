"""Sentences name a network by its proper name in every language; stored documents keep the registry name."""

from __future__ import annotations

import re

import pytest

from fidgui.core.base.errors import Message, english, message_from_dict, message_to_dict
from fidgui.messages import translations
from fidgui.messages.catalog import ENGLISH
from fidgui.messages.render import NETWORK_PARAMS, render

PROPER = {"inception": "Inception", "dinov2": "DINOv2", "clip": "CLIP"}
LANGUAGES = ("en", *translations.LANGUAGES)
SAID_BY_THE_CORE = {  # the sentences the core sends with a registry name, as it sends them
    "rank_deficient_metric": lambda name: Message("rank_deficient_metric", shortage=Message("legacy_text", text="The real side has 10 images"),
                                                  features=384, encoder=name, metric="FD_DINOv2"),
    "modes_same_encoder": lambda name: Message("modes_same_encoder", encoder=name, first="clean", second="tensorflow"),
    "statistics_other_encoder": lambda name: Message("statistics_other_encoder", name="real.npz", found=name,
                                                     encoder="inception" if name != "inception" else "dinov2"),
    "metric_encoder_not_read": lambda name: Message("metric_encoder_not_read", encoder=name),
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[^{}]*)?\}")


def _translate(language: str):
    return None if language == "en" else translations.translator(language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", sorted(SAID_BY_THE_CORE))
def test_the_core_sentences_show_the_proper_name_in_every_language(code: str, language: str) -> None:
    for raw, proper in PROPER.items():
        text = render(SAID_BY_THE_CORE[code](raw), _translate(language))
        assert raw not in text and proper in text, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_with_a_network_parameter_reads_the_proper_name(language: str) -> None:
    with_network = [code for code, template in ENGLISH.items()
                    if {"network", "encoder", "encoders"} & set(_PLACEHOLDER.findall(template))]
    assert len(with_network) >= 20  # the sweep covers the catalogue, not a handful
    for code in with_network:
        params = {name: "dinov2" if name in NETWORK_PARAMS else "X" for name in _PLACEHOLDER.findall(ENGLISH[code])}
        text = render(Message(code, params), _translate(language))
        assert "dinov2" not in text and "DINOv2" in text, (code, text)


def test_only_registry_names_are_replaced_and_documents_keep_them() -> None:
    assert render(Message("metric_mixes_encoders", metric="fd_x", encoders="clip, dinov2")) == (
        "The metric fd_x reads several networks (CLIP, DINOv2); all of a metric's inputs must come from one.")
    toy = Message("statistics_other_encoder", name="a.npz", found="toy", encoder="inception")
    assert render(toy).startswith("a.npz holds statistics of the toy network, but this figure needs the Inception")
    width = Message("stats_width_recorded_differs", name="a.npz", width=2048, found=64)  # a ``found`` that is a width
    assert "2,048 features wide, but they are 64 wide" in render(width)
    not_read = Message("metric_encoder_not_read", encoder="clip")
    assert english(not_read) == "the CLIP network did not read these images."  # a document's English ``text``
    assert message_to_dict(not_read)["params"] == {"encoder": "clip"}  # its machine value stays the registry name
    assert message_from_dict(message_to_dict(not_read)) == not_read
