"""The studio's parts on their own: health warnings, level meter, countdown, teleprompter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from studio.capture.health import LiveHealth, State
from studio.capture.microphone import Level
from studio.store.templates import brief_from_template
from studio.ui.video.countdown import Countdown
from studio.ui.video.health_strip import HealthStrip
from studio.ui.video.level_meter import LevelMeter
from studio.ui.video.outline import outline
from studio.ui.video.teleprompter import Teleprompter


def test_health_warns_when_the_encoder_falls_behind_and_the_disk_is_low(qtbot: QtBot) -> None:
    strip = HealthStrip()
    qtbot.addWidget(strip)
    strip.show()
    healthy = LiveHealth(
        state=State.RECORDING,
        fps_requested=30.0,
        fps_delivered=29.94,
        frames_written=300,
        frames_dropped=2,
        frames_duplicated=3,
        audio_overruns=1,
        encoder_lag=0.2,
        disk_free=80 * 10**9,
    )
    strip.set_health(healthy)
    assert strip.fps.text() == "29.9 fps of 30"
    assert strip.frames.text() == "Dropped 2 · duplicated 3"
    assert strip.audio.text() == "Audio overruns 1"
    assert strip.encoder.text() == "Encoder lag 0.2 s"
    assert strip.disk.text().endswith(" free") and "GB" in strip.disk.text()
    assert not strip.warning.isVisible() and strip.encoder.property("warning") is False

    strip.set_health(replace(healthy, encoder_lag=3.5, disk_free=2 * 10**9))
    assert strip.encoder.property("warning") is True
    assert strip.disk.property("warning") is True
    assert strip.warning.isVisible()
    assert "falling behind (3.5 s)" in strip.warning.text()
    # In the units of the "free" label beside it (the locale's, 1024-based).
    assert "Little disk space left (1.9 GB)" in strip.warning.text()
    strip.set_health(None)  # not recording
    assert strip.fps.text() == "" and not strip.warning.isVisible()


def test_level_meter_and_clipping_light(qtbot: QtBot) -> None:
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.set_level(Level(rms_dbfs=-20.0, peak_dbfs=-6.0))
    assert meter.clip_light.property("clipping") is False
    meter.set_level(Level(rms_dbfs=-3.0, peak_dbfs=0.0, clipping=True))
    assert meter.clip_light.property("clipping") is True
    assert meter.bar.toolTip() == "-3 dBFS"


def test_countdown_counts_and_can_be_cancelled(qtbot: QtBot) -> None:
    countdown = Countdown(seconds=0)
    with qtbot.waitSignal(countdown.finished, timeout=1000):
        countdown.start()
    ticks: list[int] = []
    countdown.seconds = 2
    countdown.tick.connect(ticks.append)
    with qtbot.waitSignal(countdown.cancelled, timeout=1000):
        countdown.start()
        countdown.cancel()
    assert ticks == [2, 0] and not countdown.running


def test_teleprompter_shows_the_outline_and_the_current_section(qtbot: QtBot) -> None:
    brief = brief_from_template("software", title="Shop checkout")
    sections = outline(brief)
    assert [s.title for s in sections] == [
        "Overview",
        "Inputs",
        "Planning",
        "Costs",
        "Results",
        "Risks",
    ]
    assert sections[0].lines[0] == "Shop checkout"
    assert sections[3].lines[0].startswith("Estimate: ")
    prompter = Teleprompter()
    qtbot.addWidget(prompter)
    prompter.set_sections(sections)
    prompter.set_current(2)
    states = [label.property("state") for label in prompter.labels]
    assert states == ["done", "done", "current", "", "", ""]
    assert prompter.title(2) == "Planning" and prompter.title(6) == ""


def test_teleprompter_sections_can_be_clicked_and_shown(qtbot: QtBot) -> None:
    prompter = Teleprompter()
    qtbot.addWidget(prompter)
    prompter.resize(260, 120)  # room for a section or two: the rest scrolls
    prompter.show()
    prompter.set_sections(outline(brief_from_template("software", title="Shop checkout")))
    with qtbot.waitSignal(prompter.section_clicked) as clicked:
        qtbot.mouseClick(prompter.labels[4], Qt.MouseButton.LeftButton)
    assert clicked.args == [4]
    assert prompter.current == -1  # a click alone records nothing

    qtbot.waitUntil(lambda: prompter.labels[5].y() > prompter.height())  # laid out
    prompter.show_section(5)
    assert prompter.highlighted() == 5 and prompter.current == -1
    assert [label.property("state") for label in prompter.labels] == ["", "", "", "", "", "current"]
    assert prompter.verticalScrollBar().value() > 0  # scrolled down to it
    prompter.set_current(-1)
    assert prompter.highlighted() == -1


def test_teleprompter_sections_are_reached_from_the_keyboard(qtbot: QtBot) -> None:
    prompter = Teleprompter()
    qtbot.addWidget(prompter)
    prompter.resize(260, 120)
    prompter.show()
    prompter.set_sections(outline(brief_from_template("software", title="Shop checkout")))
    prompter.setFocus()
    qtbot.waitUntil(prompter.hasFocus)
    assert prompter.key_section == 0 and prompter.labels[0].property("keyboard") is True
    qtbot.keyClick(prompter, Qt.Key.Key_Down)
    qtbot.keyClick(prompter, Qt.Key.Key_Down)
    with qtbot.waitSignal(prompter.section_clicked) as chosen:
        qtbot.keyClick(prompter, Qt.Key.Key_Return)
    assert chosen.args == [2]
    qtbot.keyClick(prompter, Qt.Key.Key_End)
    assert prompter.key_section == len(prompter.sections) - 1
    assert prompter.verticalScrollBar().value() > 0  # scrolled to it
    qtbot.keyClick(prompter, Qt.Key.Key_Down)  # stays on the last one
    with qtbot.waitSignal(prompter.section_clicked) as chosen:
        qtbot.keyClick(prompter, Qt.Key.Key_Space)
    assert chosen.args == [len(prompter.sections) - 1]
    prompter.clearFocus()
    assert prompter.key_section == -1
    assert not any(label.property("keyboard") for label in prompter.labels)


def test_health_numbers_are_written_the_locale_s_way(qtbot: QtBot) -> None:
    saved = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        strip = HealthStrip()
        qtbot.addWidget(strip)
        health = LiveHealth(state=State.RECORDING, fps_requested=30.0, fps_delivered=29.94,
                            encoder_lag=3.5, disk_free=2 * 10**9)  # fmt: skip
        strip.set_health(health)
        assert strip.fps.text().startswith("29,9 ") and strip.encoder.text().endswith("3,5 s")
        assert "(3,5 s)" in strip.warning.text() and "1,9" in strip.warning.text()
    finally:
        QLocale.setDefault(saved)
