"""Letter templates: a Jinja2 sandbox reading only real files inside the template folders, and the
conversion of a rendered block into paragraphs and bullets.

Templates live in ``letter_templates/<lang>/`` (shipped) and optionally in a ledger's own folder, which
wins. A template name (or an ``{% include %}``/``{% extends %}`` target) that leaves its folder, directly
or through a symbolic link, is refused; so is a non-regular file. Rendering stops with one sentence when it
runs longer than :data:`RENDER_SECONDS` or produces more than :data:`RENDER_MAX_CHARS` characters.
"""

from __future__ import annotations

import re
import traceback
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.debug import rewrite_traceback_stack
from jinja2.ext import Extension
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import concat

from arledger.domain.errors import UserError
from arledger.paths import letter_templates_dir

REQUIRED_LETTER_BLOCKS: tuple[str, ...] = ("subject", "salutation", "opening", "next_steps", "closing")
OPTIONAL_LETTER_BLOCKS: tuple[str, ...] = ("after_closing", "appendix_intro")
REQUIRED_STATEMENT_BLOCKS: tuple[str, ...] = ("subject", "opening", "closing")

# --------------------------------------------------------------------------------------------------------------
# Templates


_TAG = re.compile(r"\{%.*?%\}")


PARAGRAPH = "\u2029"  # what a blank template line becomes: the only thing that starts a new paragraph


class _LetterText(Extension):
    """Make plain-text templates behave as authors expect.

    * A blank line in the template source starts a new paragraph; it is marked (U+2029) before Jinja
      sees it, so a line that merely comes out empty (a false ``{% if %}``) never splits a paragraph.
    * ``trim_blocks`` removes lines that hold only tags, but it also eats the newline after
      ``...text{% endif %}``, gluing two words together. An empty expression between such a tag and its
      newline keeps the newline. A tag ending in ``-%}`` still trims, as written.

    Neither change moves a line, so error messages point at the right line.
    """

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        out = []
        for line in source.split("\n"):
            stripped = line.rstrip()
            if not stripped:
                line = PARAGRAPH
            elif stripped.endswith("%}") and not stripped.endswith("-%}") and _TAG.sub("", stripped).strip():
                line = stripped + '{{ "" }}'
            out.append(line)
        return "\n".join(out)


@cache
def _environment(language: str, override: str) -> SandboxedEnvironment:
    search = [str(Path(override) / language)] if override else []
    search.append(str(letter_templates_dir() / language))
    return SandboxedEnvironment(
        loader=FileSystemLoader(search, encoding="utf-8"),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=[_LetterText],
    )


def render_template_blocks(language: str, name: str, variables: dict[str, Any], templates_dir: Path | None,
                           *, required: Sequence[str] = ()) -> dict[str, str]:
    """Render every ``{% block %}`` of a template to text; any template problem becomes a UserError.

    The message names the template file and, where Jinja knows it, the line.
    """
    env = _environment(str(language), str(templates_dir) if templates_dir else "")
    shown = f"{language}/{name}"
    try:
        template = env.get_template(name)
    except TemplateNotFound as exc:
        where = " or ".join(str(p) for p in env.loader.searchpath)  # type: ignore[union-attr]
        missing = exc.name if exc.name != name else shown
        raise UserError(f"The letter template {missing} does not exist (looked in {where}).") from None
    except TemplateSyntaxError as exc:
        raise UserError(f"The letter template {exc.filename or shown} has an error on line {exc.lineno}: "
                        f"{exc.message}.") from None
    filename = template.filename or shown
    try:
        context = template.new_context(dict(variables))
        concat(template.root_render_func(context))  # runs imports, sets and extends; fills context.blocks
        missing = [b for b in required if b not in context.blocks]
        if missing:
            raise UserError(f"The letter template {filename} has no block '{missing[0]}'; it needs "
                            f"{', '.join(required)}.")
        return {block: concat(funcs[0](context)) for block, funcs in context.blocks.items()}
    except UserError:
        raise
    except TemplateSyntaxError as exc:  # raised by an included or imported template
        raise UserError(f"The letter template {exc.filename or filename} has an error on line {exc.lineno}: "
                        f"{exc.message}.") from None
    except Exception as exc:
        where, line = _template_line(_rewritten(exc), filename)
        reason = str(exc).rstrip(".") or type(exc).__name__
        raise UserError(f"The letter template {where} failed on line {line}: {reason}.") from None


def _rewritten(exc: BaseException) -> BaseException:
    """The exception with Jinja's traceback rewriting applied, so its frames carry template lines.

    rewrite_traceback_stack reads sys.exc_info(): call this inside the except block that caught ``exc``.
    """
    try:
        return rewrite_traceback_stack(source=None)
    except Exception:
        return exc


def _template_line(exc: BaseException, filename: str) -> tuple[str, str]:
    """The template file and line an exception was raised from (Jinja rewrites tracebacks to them)."""
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        if frame.filename.endswith(".j2") or frame.filename == filename:
            return frame.filename, str(frame.lineno)
    return filename, "?"


_BULLET = re.compile(r"^\s*[-•]\s+")


def text_to_paragraphs(text: str) -> list[tuple[str, str]]:
    """Split rendered template text into ("p" | "bullet", text) pieces.

    A blank line of the template (U+2029 after rendering) ends a paragraph; a line starting with "- " is a
    bullet item; any other line continues the one before (joined with a space, except next to Chinese
    characters). Lines that came out empty are ignored.
    """
    pieces: list[tuple[str, str]] = []
    for chunk in text.replace("\r\n", "\n").split(PARAGRAPH):
        current: tuple[str, str] | None = None
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if _BULLET.match(line):
                if current:
                    pieces.append(current)
                current = ("bullet", _BULLET.sub("", line))
            else:
                current = ("p", line) if current is None else (current[0], _join(current[1], line))
        if current:
            pieces.append(current)
    return pieces


def _join(left: str, right: str) -> str:
    if _is_wide(left[-1]) or _is_wide(right[0]):
        return left + right
    return f"{left} {right}"


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")

