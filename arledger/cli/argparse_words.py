"""argparse's own words (the usage prefix, section titles, -h's help and the usage errors it makes) in the reader's
language, while the command line is built and parsed.

argparse looks each of its sentences up through ``gettext`` (``_('usage: ')``, ``ngettext(...)``), the hook it keeps
for translating it. We swap those two module names for our message catalogs for the span of one build and parse,
rather than overriding HelpFormatter and ArgumentParser methods: the sentences are spread over a dozen private
methods (usage formatting, value conversion, choice checks, required-argument checks), which we would have to copy
and keep in step with each Python release, while one table keyed by argparse's own English covers them all.
Installing a process-wide gettext translation instead would need compiled .mo files and reach every other library.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from arledger.domain.messages import Message, msg, plural_msg
from arledger.render.messages import catalog_language, environment_language, translate

# argparse's English (its gettext msgid) -> the message it is in the catalogs.
WORDS: dict[str, Message] = {
    "usage: ": msg("cli.argparse.usage", "usage: "),
    "positional arguments": msg("cli.argparse.positional_arguments", "positional arguments"),
    "options": msg("cli.argparse.options", "options"),
    "show this help message and exit": msg("cli.argparse.help", "show this help message and exit"),
    "the following arguments are required: %s": msg("cli.argparse.required",
                                                    "the following arguments are required: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": msg("cli.argparse.invalid_choice",
                                                               "invalid choice: %(value)r (choose from %(choices)s)"),
    "expected one argument": msg("cli.argparse.expected_one", "expected one argument"),
    "expected at least one argument": msg("cli.argparse.expected_at_least_one", "expected at least one argument"),
    "expected at most one argument": msg("cli.argparse.expected_at_most_one", "expected at most one argument"),
    "argument %(argument_name)s: %(message)s": msg("cli.argparse.argument", "argument %(argument_name)s: "
                                                   "%(message)s"),
    "unrecognized arguments: %s": msg("cli.argparse.unrecognized", "unrecognized arguments: %s"),
    "not allowed with argument %s": msg("cli.argparse.not_allowed_with", "not allowed with argument %s"),
    "one of the arguments %s is required": msg("cli.argparse.one_required", "one of the arguments %s is required"),
    "ambiguous option: %(option)s could match %(matches)s": msg("cli.argparse.ambiguous",
                                                                "ambiguous option: %(option)s could match "
                                                                "%(matches)s"),
    "invalid %(type)s value: %(value)r": msg("cli.argparse.invalid_value", "invalid %(type)s value: %(value)r"),
    "ignored explicit argument %r": msg("cli.argparse.ignored_explicit", "ignored explicit argument %r"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": msg("cli.argparse.unknown_parser",
                                                                 "unknown parser %(parser_name)r (choices: "
                                                                 "%(choices)s)"),
}


def _gettext_in(language: str) -> Callable[[str], str]:
    def gettext(text: str) -> str:
        message = WORDS.get(text)
        return translate(message, language) if message is not None else text
    return gettext


def _ngettext_in(language: str) -> Callable[[str, str, int], str]:
    def ngettext(one: str, other: str, n: int) -> str:
        if one == "expected %s argument":
            return translate(plural_msg("cli.argparse.expected_n", "expected %s argument", "expected %s arguments",
                                        n=n), language)
        return one if n == 1 else other
    return ngettext


def _english(text: str) -> str:
    return text


def _english_counted(one: str, other: str, n: int) -> str:
    return one if n == 1 else other


@contextmanager
def argparse_in_reader_language() -> Iterator[None]:
    """argparse speaks the environment's language inside the block. In English too the hook is ours: gettext's
    own looks for a catalog file on every one of the ~290 calls a build makes (about a third of building the
    parser), and argparse's English needs no catalog."""
    language = environment_language()
    gettext: Callable[[str], str] = _english
    ngettext: Callable[[str, str, int], str] = _english_counted
    if language is not None and catalog_language(language) is not None:
        gettext, ngettext = _gettext_in(language), _ngettext_in(language)
    saved = getattr(argparse, "_"), getattr(argparse, "ngettext")  # noqa: B009 (not in argparse's stubs)
    setattr(argparse, "_", gettext)  # noqa: B010
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010
