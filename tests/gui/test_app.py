"""Starting the app: demo, first run, opening errors, remembered ledger and layout, language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMenu

from arledger import paths
from arledger.gui.preferences import Preferences
from arledger.services.ledger import Ledger
from tests.gui.conftest import wait_idle


def test_demo_opens_a_fresh_sample_ledger_in_a_temporary_folder(controller, qtbot) -> None:
    assert controller.start(None, demo=True)
    w = controller.window
    wait_idle(qtbot)
    demo_dir = controller.demo_dir
    assert demo_dir is not None and w.ledger.path.is_relative_to(demo_dir)
    assert [w.side_bar.item(i).text() for i in range(w.side_bar.count())] == \
        ["Dashboard", "Today", "Customers", "Invoices", "Letters", "Reports"]
    assert w.dashboard.summary is not None and w.dashboard.summary.tiles
    assert "Sample ledger" in w.windowTitle()
    assert Preferences().last_ledger is None  # the demo is never remembered
    controller.shutdown()
    assert not demo_dir.exists()


def test_first_run_creates_the_default_ledger_with_sample_data(controller, qtbot, monkeypatch) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(controller, "ask_sample_data", lambda p: asked.append(p) or True)
    assert controller.start()
    wait_idle(qtbot)
    default = paths.default_ledger_path()
    assert asked == [default] and default.exists()
    assert controller.window.ledger.counts()["invoices"] > 0
    assert Preferences().last_ledger == default


def test_first_run_can_start_empty(controller, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(controller, "ask_sample_data", lambda p: False)
    assert controller.start()
    wait_idle(qtbot)
    assert controller.window.ledger.counts() == {"customers": 0, "invoices": 0}
    controller.window.show_page(2)
    assert controller.window.customers.empty.text()  # the empty list says what to do


def test_first_run_cancelled_opens_nothing(controller, monkeypatch) -> None:
    monkeypatch.setattr(controller, "ask_sample_data", lambda p: None)
    assert not controller.start()
    assert controller.window is None and not paths.default_ledger_path().exists()


def test_a_file_that_is_not_a_ledger_is_refused_with_a_sentence(controller, tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("hello, this is not a database" * 100)
    assert not controller.start(bad)
    assert len(controller.errors) == 1
    message = controller.errors[0]
    assert "not a ledger file" in message and "Traceback" not in message


def test_missing_last_ledger_is_forgotten_and_the_default_used(controller, qtbot, demo_path, monkeypatch) -> None:
    prefs = Preferences()
    prefs.remember(Path("/nonexistent/old.sqlite"))
    monkeypatch.setattr(controller, "ask_sample_data", lambda p: False)
    assert controller.start()
    wait_idle(qtbot)
    assert controller.window.ledger.path == paths.default_ledger_path()
    assert Path("/nonexistent/old.sqlite") not in prefs.recent_ledgers


def test_last_ledger_and_page_are_remembered(controller, window, qtbot, demo_path) -> None:
    window.show_page(2)
    window.save_layout()
    prefs = Preferences()
    assert prefs.last_ledger == demo_path and prefs.page == 2
    assert prefs.geometry() is not None


def test_a_hand_edited_settings_file_falls_back_to_defaults(controller, qtbot, demo_path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings()
    settings.setValue("window/page", "Customers")  # an int before: int("Customers") stopped the app starting
    settings.setValue("ledger/recent", ["", str(demo_path)])
    settings.sync()
    assert Preferences().page == 0 and Preferences().recent_ledgers == [demo_path]
    assert controller.start(demo_path)
    wait_idle(qtbot)
    assert controller.window.current_page_index() == 0


def test_open_another_ledger_and_recent_menu(controller, window, qtbot, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    Ledger.create_new(other).close()
    assert controller.open_path(other)
    wait_idle(qtbot)
    assert window.ledger.path == other and controller.window is window
    assert str(other) in window.ledger_label.toolTip()
    window._fill_recent()
    menu: QMenu = window.recent_menu
    texts = [a.text() for a in menu.actions()]
    assert any("demo.sqlite" in t for t in texts)


def test_a_recent_ledger_with_an_ampersand_in_its_name_shows_and_opens(controller, window, qtbot,
                                                                        tmp_path: Path) -> None:
    other = tmp_path / "Smith & Sons.sqlite"
    Ledger.create_new(other).close()
    Preferences().remember(other)
    window._fill_recent()
    action = window.recent_menu.actions()[0]
    assert action.text() == f"&1 Smith && Sons.sqlite  —  {tmp_path}"  # a single & would mark S as the shortcut
    action.trigger()
    wait_idle(qtbot)
    assert controller.ledger.path == other


def test_back_up_writes_an_archive_that_restores(controller, window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from arledger.services import backup

    target = tmp_path / "copies" / "backup.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.back_up()
    window.job.wait()
    assert "backup.zip" in window.statusBar().currentMessage()
    restored = backup.restore(target, tmp_path / "restored.sqlite")
    with Ledger.open(restored.ledger) as copy:
        assert copy.counts() == window.ledger.counts()


def test_back_up_runs_off_the_gui_thread_with_a_busy_dialog(controller, window, qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from arledger.services import backup

    target = tmp_path / "backup.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    released = threading.Event()
    worker_saw: list[tuple[bool, bool]] = []  # (released by the GUI thread's timer, on another thread)
    original = backup.back_up

    def slow_back_up(*args, **kwargs):
        worker_saw.append((released.wait(timeout=20), threading.current_thread() is not threading.main_thread()))
        return original(*args, **kwargs)

    monkeypatch.setattr(backup, "back_up", slow_back_up)
    ticks: list[bool] = []  # one per tick of a GUI-thread timer: was the busy dialog up meanwhile?
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        if released.is_set():
            return  # after the release the backup ends and the dialog closes: only the ticks before it count
        job = window.job
        ticks.append(job is not None and job.dialog is not None and job.dialog.maximum() == 0)
        if len(ticks) >= 5:
            released.set()
    timer.timeout.connect(tick)
    timer.start()
    window.back_up()
    window.job.wait()
    timer.stop()
    assert worker_saw == [(True, True)]  # the timer kept firing while the backup ran on a worker thread
    assert len(ticks) >= 5 and all(ticks)
    assert window.job.dialog is None and not window.job.error
    assert f"Backed up to {target}" in window.statusBar().currentMessage()
    restored = backup.restore(target, tmp_path / "restored.sqlite")
    with Ledger.open(restored.ledger) as copy:
        assert copy.counts() == window.ledger.counts()


def test_opening_a_ledger_takes_todays_automatic_backup(controller, window, qtbot, demo_path) -> None:
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: controller.last_auto_backup is not None, timeout=20000)
    archives = list(paths.backups_dir(demo_path).glob("demo-*.zip"))
    assert archives == [controller.last_auto_backup.path]


def test_a_second_launch_on_the_same_ledger_raises_the_first_window(controller, window, qtbot, qapp,
                                                                     demo_path) -> None:
    from arledger.gui.app import AppController

    raised: list[bool] = []
    controller.instance.raise_requested.connect(lambda: raised.append(True))
    second = AppController(qapp, Preferences())
    try:
        assert not second.start(demo_path)
        assert second.handed_over and second.window is None and second.ledger is None
        qtbot.waitUntil(lambda: raised == [True], timeout=5000)
    finally:
        qapp.aboutToQuit.disconnect(second.shutdown)
        second.shutdown()


def test_a_second_launch_says_so_in_the_readers_language(controller, window, qtbot, qapp, demo_path,
                                                         capsys) -> None:
    from arledger.gui.app import AppController

    second = AppController(qapp, Preferences())
    try:
        for language, words in (("de_DE", "ist bereits in einem anderen arledger-Fenster geöffnet"),
                                ("zh_CN", "已在另一个 arledger 窗口中打开")):
            second.languages.install(language)
            assert not second.open_path(demo_path)
            said = capsys.readouterr().err
            assert words in said and str(demo_path) in said and "already open" not in said
    finally:
        for t in second.languages.translators:
            qapp.removeTranslator(t)
        controller.languages.install("en")
        qapp.aboutToQuit.disconnect(second.shutdown)
        second.shutdown()


def test_another_ledger_open_elsewhere_is_not_opened_twice(controller, window, qapp, demo_path, tmp_path) -> None:
    from arledger.gui.app import LedgerInstance

    other = tmp_path / "other.sqlite"
    Ledger.create_new(other).close()
    elsewhere = LedgerInstance(other)  # as if another arledger process had it open
    try:
        assert not controller.open_path(other)
        assert controller.ledger.path == demo_path
        assert "open in another arledger window" in controller.errors[-1]
    finally:
        elsewhere.close()
    assert controller.open_path(other)


def test_a_write_from_the_command_line_refreshes_the_window(controller, window, qtbot, demo_path) -> None:
    from arledger.cli.main import main as cli_main

    wait_idle(qtbot)  # the pages' reads and today's automatic backup, on their own connections, are no news
    assert not controller.check_outside_changes()
    (demo_path.parent / "c.csv").write_text("code,name\nNEWCO,New Company Ltd\n", encoding="utf-8")
    assert cli_main(["import", "customers", str(demo_path.parent / "c.csv"), "--ledger", str(demo_path)]) == 0
    assert controller.check_outside_changes()
    assert "changed by another program" in window.statusBar().currentMessage()
    wait_idle(qtbot)
    assert not controller.check_outside_changes()  # once per change
    assert controller.watch.isActive()


def test_the_apps_own_writes_are_not_reported_as_another_programs(controller, window, qtbot, demo_path) -> None:
    wait_idle(qtbot)
    with Ledger.open(demo_path) as job_connection:  # as a background job writes, on a connection of its own
        job_connection.set_setting("user.name", "Clerk")
    window.ledger_changed("Saved.")
    wait_idle(qtbot)
    assert not controller.check_outside_changes()
    assert window.statusBar().currentMessage() == "Saved."


def test_a_ledger_file_named_alone_opens_the_app(tmp_path) -> None:
    from arledger.cli.main import main as cli_main

    opened: list[tuple] = []
    target = tmp_path / "books.sqlite"
    assert cli_main([str(target)], open_app=lambda p, demo: opened.append((p, demo)) or 0) == 0
    assert opened == [(target, False)]


def test_the_self_test_report_shows_the_chinese_window_with_its_icons(controller, window, qtbot) -> None:
    from arledger.gui.app import self_test_report

    assert controller.set_language("zh_CN")
    wait_idle(qtbot)
    report = self_test_report(controller)
    assert report["language"] == "zh_CN" and report["pages"][0] == "仪表板"
    assert all(report["page_icons_drawn"]) and report["app_icon_drawn"]
    assert {"financial", "quality"} <= set(report["talk_track_excuses"])


def test_switch_language_to_chinese_and_back(controller, window, qtbot) -> None:
    window.show_page(2)
    assert controller.set_language("zh_CN")
    wait_idle(qtbot)
    w = controller.window
    assert w is not window
    assert w.menuBar().actions()[0].text() == "文件(&F)"
    assert w.side_bar.item(0).text() == "仪表板"
    assert w.current_page_index() == 2
    assert Preferences().language == "zh_CN"
    assert controller.set_language("en")
    wait_idle(qtbot)
    assert controller.window.menuBar().actions()[0].text() == "&File"


def test_every_main_action_has_a_shortcut(window) -> None:
    missing = [name for name, a in window.actions_by_name.items() if a.shortcut().isEmpty() and name != "about_qt"]
    assert missing == []
    shortcuts = [a.shortcut().toString() for a in window.actions_by_name.values() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_ctrl_number_switches_pages(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.activateWindow()
    for n in (3, 2, 4, 1, 6, 5):
        window.actions_by_name[f"page_{n}"].trigger()
        assert window.current_page_index() == n - 1
    window.actions_by_name["page_1"].trigger()
    window.actions_by_name["find"].trigger()
    assert window.current_page() is window.invoices  # Find on the dashboard goes to the invoice search
    assert window.find(window.winId()) is window  # QWidget.find, no longer hidden by the Find action's slot
    assert Qt  # keep import used


def _damage_table(path: Path, table: str = "invoices") -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page:(root - 1) * page + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def test_a_damaged_ledger_is_refused_at_start_up(controller, demo_path) -> None:
    _damage_table(demo_path)
    assert not controller.start(demo_path)
    assert controller.window is None
    assert controller.errors and controller.errors[-1].startswith(f"{demo_path} is damaged (")


def test_a_large_ledger_is_checked_in_the_background(controller, qtbot, demo_path, monkeypatch) -> None:
    from arledger.storage import db

    monkeypatch.setattr(db, "QUICK_CHECK_MAX_BYTES", 0)  # as if the file were too large to check while opening
    _damage_table(demo_path, "letter_invoices")  # a table the first screen does not read
    controller.auto_backup = False
    controller.start(demo_path)
    qtbot.waitUntil(lambda: any(e.startswith(f"{demo_path} is damaged (") for e in controller.errors), timeout=20000)
    wait_idle(qtbot)


def test_a_ledger_handed_over_by_the_desktop_opens(controller, window, qapp, tmp_path) -> None:
    """macOS sends a double-clicked document as a FileOpen event to the running app."""
    from PySide6.QtGui import QFileOpenEvent

    from arledger.gui.app import FileOpenHandler

    other = tmp_path / "other.sqlite"
    Ledger.create_new(other).close()
    handler = FileOpenHandler(controller)
    try:
        assert QApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
        assert controller.ledger.path == other
    finally:
        qapp.removeEventFilter(handler)


def test_the_window_can_draw_chinese_without_a_system_font(qapp) -> None:
    """configure_application gives the window a Simplified Chinese font where the system has none (this machine
    has none: the check failed before the bundled font was registered)."""
    from PySide6.QtGui import QFontDatabase

    from arledger.gui.app import ensure_chinese_font

    assert ensure_chinese_font()
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no font for Simplified Chinese"
