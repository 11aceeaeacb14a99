"""The model's state in the main window from the first start, with the way to set it up, and in the Model menu.

Nothing used to say a model was needed until Compare was pressed. This row says, for each
registered network, whether it is set up, and whether it is the standard one (figures comparable
with published ones); a button opens the setup dialog when the FID network is missing or not
standard. The other networks (DINOv2, CLIP) are listed quietly, and said to be needed, with their own
set-up button, only when a chosen measure reads them: a user who only wants FID is never prompted. The check runs in the background (a first check hashes 95 MB).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from fidgui.core.base.errors import Message
from fidgui.core.encoders.network_states import NetworkState, network_states
from fidgui.core.encoders.registry import DEFAULT_ENCODER, encoders
from fidgui.core.metrics.registry import chosen
from fidgui.gui.jobs.background_job import FunctionJob
from fidgui.gui.jobs.job_owner import JobSlot
from fidgui.gui.text import say
from fidgui.gui.widgets.plain_text import as_html
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.messages.catalog import ENGLISH

if TYPE_CHECKING:
    from fidgui.gui.windows.main_window import MainWindow

HASH_SHOWN = 12  # characters of a SHA-256 shown in a line; the menu's tooltip has all 64
FIRST_CHECK_DELAY_MS = 700
"""The first check waits until the window has painted: checking a model runs it once (seconds), and a
Compare pressed meanwhile checks the same file itself; the verdict is then remembered and this costs nothing."""


def network_name(encoder: str) -> str:
    """The network's name in the reader's language (its ``network_<name>`` message), else its registry name."""
    code = f"network_{encoder}"
    return say(Message(code)) if code in ENGLISH else encoder


def non_standard_import(weights_sha256: str) -> Message:
    """What the window says right after a non-standard model was set up."""
    from fidgui.core.encoders.inception.weights import STANDARD_WEIGHTS_SHA256

    return Message("model_imported_not_standard", sha256=weights_sha256, standard=STANDARD_WEIGHTS_SHA256)


def state_sentence(state: NetworkState | None, encoder: str, needed: bool) -> str:
    network = network_name(encoder)
    if state is None:
        return say(Message("model_state_checking", network=network))
    if state.state == "not_installed":
        code = "model_state_not_installed_needed" if needed else "model_state_not_installed"
        return say(Message(code, network=network))
    return say(Message(f"model_state_{state.state}", network=network, sha256=state.weights_sha256[:HASH_SHOWN]))


def _details(state: NetworkState | None) -> str:
    """The tooltip: the model file, and why other files were passed over (a damaged or refused model)."""
    if state is None:
        return ""
    lines = [str(state.path)] if state.path is not None else []
    return as_html("\n".join(lines + [say(problem) for problem in state.problems]))


class ModelStateBar(Retranslating, QFrame):
    """``setUpRequested`` asks the window for the setup dialog; ``stateKnown(list[NetworkState])`` after each check."""

    setUpRequested = Signal()
    setUpNetworkRequested = Signal(str)  # another network's setup (DINOv2, CLIP), offered only when it is needed
    stateKnown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: dict[str, NetworkState] = {}
        self.needed: set[str] = {DEFAULT_ENCODER}  # the networks the chosen measures read
        self._check: JobSlot[FunctionJob] = JobSlot()
        self._again = False
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.refresh)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lines: dict[str, QLabel] = {}
        self.network_buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        column.setSpacing(2)
        for encoder in encoders():
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)  # holds a file's hash: never read as HTML
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.lines[encoder.name] = label
            line = QHBoxLayout()
            line.addWidget(label, 1)
            if encoder.name != DEFAULT_ENCODER:
                button = self.network_buttons[encoder.name] = QPushButton()
                button.clicked.connect(lambda _=False, name=encoder.name: self.setUpNetworkRequested.emit(name))
                button.hide()
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            column.addLayout(line)
        self.set_up_button = QPushButton()
        self.set_up_button.clicked.connect(self.setUpRequested)
        self.set_up_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        row.addWidget(self.set_up_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def refresh(self) -> None:
        """Check the models again in the background (after a setup); a check already running is followed by one more."""
        if self._check.busy:
            self._again = True
            return
        self._check.start(FunctionJob(network_states), succeeded=self._known, ended=self._ended)

    def refresh_soon(self) -> None:
        """The first check, once the window is up."""
        self._first.start(FIRST_CHECK_DELAY_MS)

    def set_metrics(self, metric_ids: list[str]) -> None:
        """The chosen measures: a network that one of them reads is needed, the others stay quiet."""
        self.needed = {DEFAULT_ENCODER} | {metric.encoder for metric in chosen(metric_ids)}
        self.retranslate()

    def stop(self) -> None:
        """For a closing window: a check in progress is waited for (a few seconds at most, the first time)."""
        self._first.stop()
        self._check.abandon(wait=True)

    @Slot(object)
    def _known(self, states: list[NetworkState]) -> None:
        self.states = {state.encoder: state for state in states}
        self.retranslate()
        self.stateKnown.emit(states)

    def _ended(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def retranslate(self) -> None:
        self.title.setText(say(Message("model_state_title")))
        for encoder, label in self.lines.items():
            state = self.states.get(encoder)
            quiet = state is not None and state.state == "not_installed" and encoder not in self.needed
            label.setText(state_sentence(state, encoder, encoder in self.needed))
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.WindowText)
            label.setToolTip(_details(state))
        inception = self.states.get(DEFAULT_ENCODER)
        wanted = inception is not None and inception.state in ("none", "not_standard")
        code = "model_state_set_up" if inception is None or inception.state == "none" else "model_state_set_up_standard"
        self.set_up_button.setText(say(Message(code)))
        self.set_up_button.setVisible(wanted)
        for encoder, button in self.network_buttons.items():  # a user who only wants FID is never prompted
            state = self.states.get(encoder)
            offered = state is not None and encoder in self.needed and state.state in ("not_installed", "not_standard")
            button.setText(say(Message("model_state_set_up" if state is None or state.state != "not_standard"
                                       else "model_state_set_up_standard")))
            button.setVisible(offered)


class ModelMenuInfo:
    """Lines at the top of the Model menu: which file, its hash, standard or not (disabled entries, for reading)."""

    def __init__(self, menu: QMenu, before: QAction) -> None:
        self.menu, self.before = menu, before
        self.actions: list[QAction] = []
        self.state: NetworkState | None = None
        self.separator = menu.insertSeparator(before)

    def show(self, states: list[NetworkState]) -> None:
        self.state = next((state for state in states if state.encoder == DEFAULT_ENCODER), None)
        self.retranslate()

    def lines(self) -> list[str]:
        state = self.state
        if state is None:
            return []
        if state.state == "none" or state.path is None:
            return [say(Message("model_menu_none"))]
        verdict = "model_menu_standard" if state.state == "standard" else "model_menu_not_standard"
        return [say(Message("model_menu_file", path=str(state.path))),
                say(Message("model_menu_hash", sha256=state.weights_sha256)), say(Message(verdict))]

    def retranslate(self) -> None:
        for action in self.actions:
            self.menu.removeAction(action)
        self.actions = []
        for line in self.lines():
            action = QAction(line, self.menu)
            action.setEnabled(False)
            self.menu.insertAction(self.separator, action)
            self.actions.append(action)


def attach_model_state(window: MainWindow) -> ModelStateBar:
    """Put the row at the top of the window, tie it to the setup dialog, the mode and the Model menu, and check."""
    bar = ModelStateBar()
    content = window.real_zone.parentWidget()
    content.layout().insertWidget(0, bar)
    bar.setUpRequested.connect(window.set_up_model)
    bar.setUpNetworkRequested.connect(window.set_up_network)
    panel = window.settings_panel
    def follow_metrics(*_: object) -> None:
        bar.set_metrics(list(panel.request_fields()["metrics"]))

    follow_metrics()
    for box in panel.metric_boxes.values():
        box.toggled.connect(follow_metrics)
    menus = window.menus
    window.model_menu_info = ModelMenuInfo(menus.model_menu, menus.setup_model_action)
    bar.stateKnown.connect(window.model_menu_info.show)
    bar.refresh_soon()
    return bar
