"""The live health snapshot: warnings the studio page shows, and what is kept with the take."""

from __future__ import annotations

from studio.capture.health import LiveHealth, State
from studio.core.take import Health


def test_warnings_and_percentages() -> None:
    health = LiveHealth(
        State.RECORDING,
        frames_written=990,
        frames_dropped=10,
        frames_duplicated=9,
        encoder_lag=2.5,
        disk_free=4 * 10**9,
    )
    assert health.disk_low and health.encoder_behind
    assert health.dropped_percent == 1.0
    assert round(health.duplicated_percent, 3) == 0.909
    assert not LiveHealth(State.READY, disk_free=6 * 10**9).disk_low
    assert not LiveHealth(State.READY).disk_low  # unknown is not low


def test_the_take_keeps_the_figures() -> None:
    live = LiveHealth(
        State.STOPPING,
        fps_requested=30,
        fps_delivered=29.97123,
        frames_written=300,
        frames_dropped=1,
        frames_duplicated=2,
        audio_overruns=3,
        queue_overflows=4,
        encoder_lag_max=0.51234,
    )
    assert live.to_take_health() == Health(30, 29.97, 300, 1, 2, 3, 4, 0.512)
