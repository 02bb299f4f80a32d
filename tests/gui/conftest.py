"""Fixtures that drive the real window offscreen, with QSettings and the default ledger path in tmp_path."""

from __future__ import annotations

import gc
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from arledger.gui import app as app_module
from arledger.services.demo import write_demo_ledger

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (app.GarbageCollectorTimer): no automatic GC, which could run in a worker thread and
    free Qt objects there; each test's teardown collects on the GUI thread instead."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets its own QSettings file and default ledger location."""
    settings_dir = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    monkeypatch.setenv("ARLEDGER_LEDGER", str(tmp_path / "user" / "ledger.sqlite"))
    yield settings_dir


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "template.sqlite"
    write_demo_ledger(path, customers=15, invoices=300, today=TODAY)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of a small sample ledger."""
    import shutil

    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


class Errors(list):
    """Messages the controller would have shown in a message box."""


@pytest.fixture
def controller(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[app_module.AppController]:
    app_module.configure_application(qapp)
    # As in the app (GarbageCollectorTimer): no automatic collection, which could start in a worker thread and
    # destroy Qt objects there; this fixture collects on the GUI thread when the test ends.
    gc.disable()
    c = app_module.AppController(qapp)
    c.errors = Errors()  # type: ignore[attr-defined]
    monkeypatch.setattr(c, "show_error", c.errors.append)
    yield c
    QThreadPool.globalInstance().waitForDone(20000)
    if c.window is not None:
        c.window.close()
        c.window.deleteLater()
    c.shutdown()
    c.languages.install("en")
    qapp.aboutToQuit.disconnect(c.shutdown)
    c.deleteLater()
    QApplication.processEvents()
    # Collect this test's Qt wrappers here, on the GUI thread, not later inside a worker thread.
    gc.collect()
    gc.enable()


@pytest.fixture
def window(controller: app_module.AppController, demo_path: Path, qtbot):
    assert controller.start(demo_path), getattr(controller, "errors", None)
    w = controller.window
    wait_idle(qtbot)
    return w


def wait_idle(qtbot, timeout: int = 20000) -> None:
    """Let background reads finish and their results arrive on the GUI thread. A result may start the next read
    (a page's header, then its table), so wait until the pool stays empty over three rounds of the event loop."""
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + timeout / 1000
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:
        pool.waitForDone(max(1, int((deadline - time.monotonic()) * 1000)))
        qtbot.wait(20)
        QApplication.processEvents()
        quiet = quiet + 1 if pool.activeThreadCount() == 0 else 0


def finish_saving(dialog: QWidget) -> None:
    """A dialog's OK runs its write off the GUI thread: wait (with the event loop running) until it reported."""
    wait = getattr(dialog, "wait_saved", None)
    if wait is not None:
        wait()


def wait_checked(dialog: QWidget, timeout: int = 20000) -> None:
    """A form whose checks read the ledger off the GUI thread (the payment dialog's preview): wait, with the event
    loop running, until what it shows belongs to what is typed now."""
    pending = getattr(dialog, "pending", None)
    deadline = time.monotonic() + timeout / 1000
    while pending is not None and pending() and time.monotonic() < deadline:
        QTest.qWait(5)
    assert pending is None or not pending(), "the form's read did not arrive"


def save(dialog: QWidget) -> None:
    """Press OK once the form's checks are in, and wait for the write it started (if any) to report."""
    wait_checked(dialog)
    dialog.accept()  # type: ignore[attr-defined]
    finish_saving(dialog)


def with_modal(qtbot, kind: type[QWidget], fill: Callable[[QWidget], None], trigger: Callable[[], None],
               timeout: int = 5000) -> None:
    """Run trigger() (which opens a modal dialog of type kind) and call fill(dialog) once it is showing."""
    seen: list[QWidget] = []
    failures: list[BaseException] = []

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, kind) and not seen:
            seen.append(w)
            try:
                wait_checked(w)  # what the dialog reads as it opens is in, as a person would see it
                fill(w)
                finish_saving(w)
            except BaseException as exc:  # report after exec() returns
                failures.append(exc)
            if w.isVisible():
                if not failures:
                    message = getattr(w, "message", lambda: "")()
                    failures.append(AssertionError(f"{kind.__name__} is still open: {message}"))
                w.done(0)  # close without the unsaved-changes question
            return
        if not seen:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    trigger()
    if failures:
        raise failures[0]
    assert seen, f"no {kind.__name__} appeared"


def with_modals(qtbot, steps: list[tuple[type[QWidget], Callable[[QWidget], None]]], trigger: Callable[[], None],
                timeout: int = 5000) -> None:
    """Like with_modal, for a trigger that opens several modal dialogs one after another."""
    pending = list(steps)
    seen: list[QWidget] = []
    failures: list[BaseException] = []

    def poll() -> None:
        if not pending:
            return
        kind, fill = pending[0]
        w = QApplication.activeModalWidget()
        if isinstance(w, kind) and w not in seen:
            seen.append(w)
            pending.pop(0)
            try:
                wait_checked(w)  # what the dialog reads as it opens is in, as a person would see it
                fill(w)
                finish_saving(w)
            except BaseException as exc:
                failures.append(exc)
            if w.isVisible():
                if not failures:
                    failures.append(AssertionError(f"{kind.__name__} is still open: {getattr(w, 'message', str)()}"))
                w.done(0)  # close without the unsaved-changes question
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    trigger()
    if failures:
        raise failures[0]
    assert not pending, f"{[k.__name__ for k, _ in pending]} never appeared"
