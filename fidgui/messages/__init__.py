"""Codes to sentences: the catalogue of every message the engine reports, shared by the window and the CLI.

The core reports ``Message(code, params)``; the front ends word it through ``render``
(the CLI) or through the window's formatting module, both from this one catalogue,
so the window and the command line always say the same thing.
"""
