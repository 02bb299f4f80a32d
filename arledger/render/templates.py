"""Letter templates: a Jinja2 sandbox reading only real files inside the template folders, and the
conversion of a rendered block into paragraphs and bullets.

Templates live in ``letter_templates/<lang>/`` (shipped) and optionally in a ledger's own folder, which
wins. A template name (or an ``{% include %}``/``{% extends %}`` target) that leaves its folder, directly
or through a symbolic link, is refused; so is a non-regular file. Rendering stops with one sentence when it
runs longer than :data:`RENDER_SECONDS` or produces more than :data:`RENDER_MAX_CHARS` characters.
"""

from __future__ import annotations

import os
import re
import threading
import time
import traceback
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.debug import rewrite_traceback_stack
from jinja2.ext import Extension
from jinja2.sandbox import SandboxedEnvironment

from arledger.domain.errors import UserError
from arledger.domain.messages import Count, Message, msg
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


RENDER_SECONDS = 5.0  # one template's rendering; a shipped letter takes a few milliseconds
RENDER_MAX_CHARS = 200_000  # of text in all of a template's blocks together
MAX_REPEAT_CHARS = 100_000  # a string or list made by "*" in a template


class _RenderLimits:
    """The deadline and output budget of the rendering in progress on this thread."""

    _local = threading.local()

    @classmethod
    def start(cls) -> None:
        cls._local.deadline = time.monotonic() + RENDER_SECONDS
        cls._local.chars = 0

    @classmethod
    def check(cls, chars: int = 0) -> None:
        deadline = getattr(cls._local, "deadline", None)
        if deadline is None:
            return
        cls._local.chars += chars
        if cls._local.chars > RENDER_MAX_CHARS:
            raise _TooMuch(msg("template.too_long", "it produced more than {limit} characters",
                                limit=Count(RENDER_MAX_CHARS)))
        if time.monotonic() > deadline:
            raise _TooMuch(msg("template.too_slow", "it ran longer than {limit} seconds", limit=f"{RENDER_SECONDS:g}"))

    @classmethod
    def stop(cls) -> None:
        cls._local.deadline = None


class _TooMuch(Exception):
    """A template went past the time or size limit."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _syntax_error(template: str, exc: TemplateSyntaxError) -> Message:
    return msg("template.syntax", "The letter template {template} has an error on line {line}: {problem}.",
               template=template, line=exc.lineno, problem=exc.message or "")


class _FolderLoader(FileSystemLoader):
    """Loads only regular files lying inside one of its folders: a template name, an include or an extends
    that reaches outside (through ".." or a symbolic link) is refused with one sentence."""

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if filename is not None:
            real = os.path.realpath(filename)
            roots = [os.path.realpath(p) for p in self.searchpath]
            inside = any(real.startswith(root.rstrip(os.sep) + os.sep) for root in roots)
            if not inside or os.path.islink(filename) or not os.path.isfile(real):
                raise UserError(msg("template.outside", "The letter template {template} is not a file inside the "
                                    "template folder (it is a link or leads elsewhere); only files in {folders} "
                                    "are read.", template=template, folders=" or ".join(self.searchpath)))
        return source, filename, uptodate


class _LetterSandbox(SandboxedEnvironment):
    """Jinja's sandbox, bounded: loops and calls check the deadline, and "*" cannot build huge values."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _RenderLimits.check()
        if operator == "**":
            if isinstance(right, int) and abs(right) > 64:
                raise _TooMuch(msg("template.power_too_large", "a power in it is too large"))
            return left**right
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(count, int) and len(seq) * count > MAX_REPEAT_CHARS:
                raise _TooMuch(msg("template.repeat_too_large", "a repeated value in it is too large"))
        return left * right

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _RenderLimits.check()
        result = SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs)
        if isinstance(result, range):
            return _checked(result)
        return result


def _checked(items: range) -> Iterator[int]:
    for n, item in enumerate(items):
        if n % 256 == 0:
            _RenderLimits.check()
        yield item


def _bounded_concat(pieces: Iterator[str]) -> str:
    out = []
    for piece in pieces:
        _RenderLimits.check(len(piece))
        out.append(piece)
    return "".join(out)


@cache
def _environment(language: str, override: str) -> SandboxedEnvironment:
    search = [str(Path(override) / language)] if override else []
    search.append(str(letter_templates_dir() / language))
    env = _LetterSandbox(
        loader=_FolderLoader(search, encoding="utf-8"),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=[_LetterText],
    )
    return env


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
        raise UserError(msg("template.missing", "The letter template {template} does not exist (looked in {folders}).",
                            template=str(missing), folders=where)) from None
    except TemplateSyntaxError as exc:
        raise UserError(_syntax_error(exc.filename or shown, exc)) from None
    filename = template.filename or shown
    _RenderLimits.start()
    try:
        context = template.new_context(dict(variables))
        _bounded_concat(template.root_render_func(context))  # runs imports, sets and extends; fills context.blocks
        absent = [b for b in required if b not in context.blocks]
        if absent:
            raise UserError(msg("template.no_block", "The letter template {template} has no block '{block}'; it needs "
                                "{blocks}.", template=filename, block=absent[0], blocks=", ".join(required)))
        return {block: _bounded_concat(funcs[0](context)) for block, funcs in context.blocks.items()}
    except UserError:
        raise
    except _TooMuch as exc:
        raise UserError(msg("template.stopped", "The letter template {template} was stopped: {reason}.",
                            template=filename, reason=exc.reason)) from None
    except TemplateNotFound as exc:  # an include or extends naming a file that is not in the folder
        raise UserError(msg("template.include_missing", "The letter template {template} uses {name}, which does not "
                            "exist in the template folder.", template=filename, name=str(exc.name))) from None
    except TemplateSyntaxError as exc:  # raised by an included or imported template
        raise UserError(_syntax_error(exc.filename or filename, exc)) from None
    except Exception as exc:
        where, line = _template_line(_rewritten(exc), filename)
        reason = str(exc).rstrip(".") or type(exc).__name__
        raise UserError(msg("template.failed", "The letter template {template} failed on line {line}: {reason}.",
                            template=where, line=line, reason=reason)) from None
    finally:
        _RenderLimits.stop()


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

