"""The command line's entry point: parse, run one command, and turn every outcome into an exit status.

0: done; 1: a failure the engine explained (one sentence on stderr, no traceback);
130: cancelled or interrupted, as shells expect after Ctrl+C.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Sequence

from fidgui.cli.messages import choose_language, say
from fidgui.cli.parser import build_parser
from fidgui.cli.stats_merge_command import route_stats_merge
from fidgui.core.base.errors import Cancelled, FidguiError, Message
from fidgui.core.base.log_file import configure_log_file, log_file


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # file names that are not UTF-8 print as \udcXX escapes, never crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(route_stats_merge(sys.argv[1:] if argv is None else argv))
    choose_language(args.lang)
    log = configure_log_file()
    try:
        status = args.handler(args)
        sys.stdout.flush()  # a reader that left early (``| head``) is found here, inside the try, not at exit
        return status
    except BrokenPipeError:
        _silence_stdout()
        return 0  # the reader has all it wanted, as for any Unix tool: no message, no traceback
    except Cancelled as stopped:
        print(f"fidgui-cli: {say(stopped)}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print(f"fidgui-cli: {say(Message('cli_stopped'))}", file=sys.stderr)
        return 130
    except FidguiError as error:
        print(f"fidgui-cli: {say(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: the traceback goes to the log file, the person gets a sentence naming it
        logging.getLogger("fidgui.cli").exception("unexpected error")
        details = {"error": f"{type(error).__name__}: {error}", "log": log or log_file()}
        print(f"fidgui-cli: {say(Message('unexpected_error', details))}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's own flush at exit finds no closed pipe to report."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # a stdout without a file descriptor (a test's capture)
        pass
