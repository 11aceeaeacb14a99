"""Codes to sentences: the catalogue of every message the engine reports, shared by the window and the CLI.

The core reports ``Message(code, params)``; the front ends word it through ``render``
(the CLI) or through the window's formatting module, both from this one catalogue,
so the window and the command line always say the same thing. Importing this
package lends the core its English wording for the documents it stores (JSON, history).
"""

from fidgui.core.base.errors import register_english_wording
from fidgui.messages.render import render

register_english_wording(render)
