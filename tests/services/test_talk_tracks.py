"""Talk tracks: shipped files cover excuses and obstacles with closing lines; a ledger's own copy overrides them."""

from __future__ import annotations

import json

import pytest

from arledger.domain.errors import UserError
from arledger.services import talk_tracks


@pytest.mark.parametrize("language", ["en", "zh"])
def test_shipped_files_cover_every_situation_with_closing_lines(language: str) -> None:
    tracks = talk_tracks.load(None, language)
    talk_tracks.check(tracks)
    assert set(tracks["excuses"]) == set(talk_tracks.EXCUSE_KEYS)
    assert set(tracks["obstacles"]) == set(talk_tracks.OBSTACLE_KEYS)
    for group in ("excuses", "obstacles"):
        for key, part in tracks[group].items():
            assert part["title"] and part["lines"] and part["closing"], (group, key)


def test_ledger_copy_overrides_only_what_it_defines(ledger) -> None:
    own = {"obstacles": {"anger": {"title": "Angry caller", "lines": ["Our own calm line."],
                                   "closing": ["Our own close."]}}}
    path = talk_tracks.save(ledger, "en", json.dumps(own))
    assert path.is_file() and path.parent.name == "talk_tracks"
    tracks = talk_tracks.load(ledger, "en")
    assert tracks["obstacles"]["anger"]["lines"] == ["Our own calm line."]
    assert tracks["obstacles"]["refused"]["lines"]  # still the shipped one
    assert tracks["opening"] == talk_tracks.load(None, "en")["opening"]
    talk_tracks.restore_shipped(ledger, "en")
    assert talk_tracks.load(ledger, "en") == talk_tracks.load(None, "en")


def test_bad_copies_are_refused_with_the_part_named(ledger) -> None:
    with pytest.raises(UserError, match="not valid JSON"):
        talk_tracks.save(ledger, "en", "{")
    with pytest.raises(UserError, match=r"obstacles\.anger\.lines must be a list of texts"):
        talk_tracks.save(ledger, "en", json.dumps({"obstacles": {"anger": {"title": "x", "lines": "shout"}}}))
    assert not talk_tracks.ledger_file(ledger, "en").exists()
