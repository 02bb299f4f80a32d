"""A message with a parameter made later (messages.Later) is stored as the message that parameter makes."""

from __future__ import annotations

import json
from datetime import date

from arledger.domain.messages import Later, message_from_data, message_to_data, msg
from arledger.render.messages import translate


def test_message_to_data_stores_a_later_parameter_as_the_message_it_makes() -> None:
    made: list[int] = []

    def reasons():
        made.append(1)
        return msg("dunning.gap", "The last letter (level {level}, {name}) was sent on {sent_on}; the next may go "
                   "from {next_on}.", level=2, name="x", sent_on=date(2026, 9, 28), next_on=date(2026, 10, 5))

    message = msg("queue.letter", "Send level {level} ({name}): {reasons}", level=2, name="x",
                  reasons=Later(reasons))
    data = json.loads(json.dumps(message_to_data(message)))  # JSON all the way down
    assert data["params"]["reasons"]["code"] == "dunning.gap"
    assert data["params"]["reasons"]["params"]["sent_on"] == {"type": "date", "value": "2026-09-28"}
    again = message_from_data(data)
    assert str(again) == str(message)
    assert translate(again, "de_DE") == translate(message, "de_DE")
    assert "28.09.2026" in translate(again, "de_DE")
    assert made == [1]  # made once, for storing and showing alike
