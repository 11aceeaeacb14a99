"""Assert on the sentence a person reads: errors carry codes, so tests word them through the catalogue first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from fidgui.core.base.errors import FidguiError, Message
from fidgui.messages.render import render


@contextmanager
def raises_sentence(pattern: str, kind: type[FidguiError] = FidguiError) -> Iterator[pytest.ExceptionInfo]:
    """``pytest.raises(kind, match=pattern)``, matched against the English sentence instead of the code."""
    with pytest.raises(kind) as caught:
        yield caught
    sentence = render(caught.value)
    assert re.search(pattern, sentence), f"{pattern!r} not found in {sentence!r}"


def worded(messages: list[Message]) -> list[str]:
    """The English sentences of a list of messages (conversion notes, for instance), as a reader sees them."""
    return [render(message) for message in messages]
