"""Finds English sentences written as plain string literals below the GUI (domain, storage, services, render, cli).

A sentence a person reads is a message (``msg()``/``plural_msg()``, README "Languages and formats"); a plain
literal that reads as English prose reaches the Chinese or German reader as English. This module parses every
module of those layers (``ast``, nothing is imported) and returns each string literal, f-strings included, that
has two or more words of letters, except where the literal cannot reach a user (``EXEMPT`` names each class and
why). What is left is a leak or a line of ``tests/english_literals_baseline.txt``, which may only shrink
(``tests/test_no_english_literals.py``, ``tests/english_literals_baseline.py``).
"""

from __future__ import annotations

import ast
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAYERS = ("domain", "storage", "services", "render", "cli")
BASELINE = Path(__file__).with_name("english_literals_baseline.txt")

# Each class of literal that cannot reach a user, and why.
EXEMPT: dict[str, str] = {
    "docstring": "a docstring or bare string statement is read by programmers, never printed",
    "annotation": "a type annotation names types, it is never shown",
    "sql": "SQL is read by sqlite; its words are keywords, not sentences",
    "message default": "the arguments of msg()/plural_msg()/sentences are the code and English default the "
                       "catalogs translate; so are a stored message's data ({\"code\": ..., \"default\": ...}) "
                       "and a table row that names a message code (\"risk.reason.days_late\", \"Pays ...\")",
    "logging": "a log line is for whoever reads the log file, in English by design",
    "argparse": "an option's names, metavar, dest, choices and default are what the user types or a placeholder "
                "for it, never a sentence; its help, a command's help and a description are sentences (a "
                "help_text(msg(...)) in the reader's language), so they are scanned like any other literal",
    "programmer error": "ValueError, TypeError, AssertionError (and assert), KeyError, RuntimeError and "
                        "NotImplementedError mean a bug, not a user's mistake (a UserError is never exempt)",
    "key or comparison": "a dict key, an index, a lookup key, a regular expression or a literal compared with "
                         "data names or matches the data, it is not shown",
    "enum value": "an Enum member's value is the code the ledger stores (\"partly kept\"); the reader sees its "
                  "word from a message table",
    "language table": "a table keyed by language (en, de, zh), a table named for one (CODES_DE) or a branch taken "
                      "for one language (if language == \"de\") holds that language's words, read only by its "
                      "readers",
    "not english": "a literal with letters outside ASCII (German umlauts, Chinese) is another language's text",
    "table code": "a literal that is, whole, a key of a table of messages (values all msg() calls) or of a table "
                  "named for one language (ENCLOSURES_DE) is the code a reader's word is looked up by (a dunning "
                  "level's stored name, an enclosure, an escalation option), not the word shown",
    "whole file": "a file listed in WHOLE_FILES, with its own reason",
}

# Files whose every literal is data, with the reason.
WHOLE_FILES: dict[str, str] = {
    "arledger/domain/import_spec.py": "import column aliases: the headings other programs write in their exports, "
                                      "matched against a file's header row, never shown as sentences",
    "arledger/services/import_presets.py": "import presets: other programs' column names, matched against a file",
    "arledger/render/wording.py": "a letter's words in the letter's language: tables per language and branches on "
                                  "the language (if zh, the Chinese sentence, else the English one)",
    "arledger/render/protocol_forms.py": "the Pre-Action Protocol forms' text per language (TEXT[\"en\"], "
                                         "TEXT[\"zh\"], TEXT[\"de\"]), chosen by the letter's language",
    "arledger/services/demo.py": "demo data: the sample ledger's names, notes and contact summaries are records "
                                 "a user would have typed, not the program's sentences",
}

MESSAGE_FUNCTIONS = {"msg", "plural_msg", "sentences", "Message"}
PROGRAMMER_ERRORS = {"ValueError", "TypeError", "AssertionError", "KeyError", "RuntimeError",
                     "NotImplementedError"}
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
LOGGER_NAME = re.compile(r"_?(log|logger|logging|LOG|LOGGER)$")
ARGPARSE_CALLS = {"add_argument", "add_parser", "add_argument_group", "add_subparsers",
                  "add_mutually_exclusive_group", "ArgumentParser", "Parser", "set_defaults"}
# What the user types or a placeholder for it; help, description, epilog, usage and title are sentences: scanned.
ARGPARSE_KEYWORDS = {"metavar", "dest", "choices", "default", "prog", "version", "action", "nargs", "const",
                     "type", "parser_class"}
SQL_CALLS = {"execute", "executemany", "executescript", "execute_fetchall", "query"}
KEY_METHODS = {"get", "pop", "setdefault", "startswith", "endswith", "removeprefix", "removesuffix", "index",
               "count", "getattr", "hasattr"}
LANGUAGES = {"en", "de", "zh", "en_GB", "en_US", "de_DE", "zh_CN"}
LANGUAGE_NAME = re.compile(r"(^|_)(EN|DE|ZH|ZH_CN|DE_DE)$")  # CODES_DE, EVENT_KINDS_EN
REGEX_FUNCTIONS = {"compile", "match", "fullmatch", "search", "sub", "subn", "findall", "finditer", "split"}
MESSAGE_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")  # "risk.reason.days_late"

SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|PRAGMA|BEGIN|COMMIT|ROLLBACK|"
                 r"SAVEPOINT|RELEASE|REPLACE|VALUES|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|JOIN|LEFT JOIN|"
                 r"SET|ON|LIMIT|UNION|CASE|COALESCE|SUM|COUNT|NOT|EXISTS|IN)\b")
SQL_INSIDE = re.compile(r"\b(SELECT .+ FROM|INSERT INTO|DELETE FROM|UPDATE \w+ SET|WHERE|ORDER BY|GROUP BY|JOIN|"
                        r"CASE WHEN|IS NULL|IS NOT NULL|CREATE (TABLE|INDEX|TRIGGER|VIEW))\b"
                        r"|\b(LIKE \?|CHECK \(|IN \()")
WORD = re.compile(r"[(\"'“‘\[]*[A-Za-z][a-z]*(?:['’-][A-Za-z]+)*[)\"'”’\].,;:!?]*")
FIELD = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Literal:
    """One string literal that reads as English: where it is and its text (an f-string's fields as ``{expr}``)."""

    path: str  # relative to the repository, with "/"
    line: int
    text: str

    def baseline_line(self) -> str:
        return f"{self.path}: {escape(self.text)}"

    def complaint(self) -> str:
        return f"user-facing English in {self.path}:{self.line} — make it a msg(): {self.text!r}"


def escape(text: str) -> str:
    """One baseline line per literal: backslashes and line breaks written as escapes."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def is_sql(text: str) -> bool:
    return bool(SQL.match(FIELD.sub("", text)) or SQL_INSIDE.search(text))


def is_foreign(text: str) -> bool:
    """Letters outside ASCII (ä, ß, 中): German or Chinese text, not English."""
    return any(ch.isalpha() and not ch.isascii() for ch in text)


def reads_as_prose(text: str) -> bool:
    """Two or more words of letters (a field such as ``{name}`` is not a word)."""
    words = [token for token in FIELD.sub(" ", text).split() if WORD.fullmatch(token)]
    return len(words) >= 2


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_language_table(node: ast.Dict) -> bool:
    keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
    return "en" in keys and len(keys & LANGUAGES) >= 2


def _is_message_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in {"msg", "plural_msg"}


def table_codes(tree: ast.Module) -> set[str]:
    """The keys of a module's tables that translate them: dicts whose values are all messages, and dicts assigned
    to a name for one language (``ENCLOSURES_ZH = {...}``)."""
    codes: set[str] = set()
    for node in ast.walk(tree):
        table: ast.expr | None = None
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(LANGUAGE_NAME.search(_name(t)) for t in targets):
                table = node.value
        if isinstance(node, ast.Dict) and node.values and all(_is_message_call(v) for v in node.values):
            table = node
        if isinstance(table, ast.Dict):
            codes |= {k.value for k in table.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
    return codes


def _has_code(call: ast.Call) -> bool:
    """Message("queue.title", ...) names its code; Message("", text) is text shown as it is, never translated."""
    first = call.args[0] if call.args else None
    return isinstance(first, ast.Constant) and bool(first.value)


def _is_message_data(node: ast.Dict) -> bool:
    keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
    return {"code", "default"} <= keys


def _is_language_test(test: ast.expr) -> bool:
    """``language == "de"``, ``self.fmt.language == "zh"``, or a flag named for one language (``zh``)."""
    if isinstance(test, ast.Name):
        return test.id in LANGUAGES
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq | ast.In)):
        return False
    right = test.comparators[0]
    codes = [right] if isinstance(right, ast.Constant) else getattr(right, "elts", [])
    return "lang" in _name(test.left).lower() and all(isinstance(c, ast.Constant) and c.value in LANGUAGES
                                                       for c in codes) and bool(codes)


class _Scanner(ast.NodeVisitor):
    """Walks one module, skipping the subtrees that cannot reach a user, and keeps the prose it finds."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[Literal] = []
        self.skipped: Counter[str] = Counter()
        self.in_cli = path.startswith("arledger/cli/")

    def skip(self, node: ast.AST | None, why: str) -> None:
        if node is not None:
            self.skipped[why] += 1  # subtrees, not literals: walking each would cost a third of the scan

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant | ast.JoinedStr):
            self.skip(node, "docstring")
        else:
            self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs, node.args.vararg,
                    node.args.kwarg):
            if arg is not None:
                self.skip(arg.annotation, "annotation")
        self.skip(node.returns, "annotation")
        for default in (*node.args.defaults, *node.args.kw_defaults):
            if default is not None:
                self.visit(default)
        for child in (*node.decorator_list, *node.body):
            self.visit(child)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.skip(node.annotation, "annotation")
        if node.value is not None:
            self.visit(node.value)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        if not any(_name(base).endswith("Enum") for base in node.bases):
            self.generic_visit(node)
            return
        for child in node.body:
            if isinstance(child, ast.Assign):
                self.skip(child.value, "enum value")
            else:
                self.visit(child)

    def visit_Assign(self, node: ast.Assign) -> None:
        names = [_name(t) for t in node.targets]
        if any(LANGUAGE_NAME.search(n) for n in names):
            self.skip(node.value, "language table")
        else:
            self.generic_visit(node)

    def visit_If(self, node: ast.If) -> None:
        if _is_language_test(node.test):
            self.skip(node.test, "key or comparison")
            self.skip(ast.Module(body=node.body, type_ignores=[]), "language table")
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        if _is_language_test(node.test):
            self.skip(node, "language table")
        else:
            self.generic_visit(node)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        if any(isinstance(e, ast.Constant) and isinstance(e.value, str) and MESSAGE_CODE.match(e.value)
               for e in node.elts):
            for element in node.elts:
                if isinstance(element, ast.Constant):
                    self.skip(element, "message default")
                else:
                    self.visit(element)
        else:
            self.generic_visit(node)

    def visit_Assert(self, node: ast.Assert) -> None:
        self.visit(node.test)
        self.skip(node.msg, "programmer error")

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if isinstance(exc, ast.Call) and _name(exc.func) in PROGRAMMER_ERRORS:
            self.skip(exc, "programmer error")
        else:
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in MESSAGE_FUNCTIONS and not (name == "Message" and not _has_code(node)):
            for arg in node.args:
                self.skip(arg, "message default")
            for keyword in node.keywords:
                self.visit(keyword.value)  # a parameter is not translated: English here is a leak
            return
        if name in LOG_METHODS and LOGGER_NAME.search(_name(getattr(node.func, "value", node.func))):
            self.skip(node, "logging")
            return
        argparse_call = name in ARGPARSE_CALLS
        if argparse_call:
            for arg in node.args:
                self.skip(arg, "argparse")  # option names ("--as-of") and command names, as typed
            rest: list[ast.expr] = []
        elif name in SQL_CALLS and node.args:
            self.skip(node.args[0], "sql")
            rest = node.args[1:]
        elif node.args and (name in KEY_METHODS or (name in REGEX_FUNCTIONS and _name(getattr(
                node.func, "value", node.func)) == "re")):
            self.skip(node.args[0], "key or comparison")
            rest = node.args[1:]
        elif name == "cast" and node.args:
            self.skip(node.args[0], "annotation")
            rest = node.args[1:]
        else:
            rest = node.args
        self.visit(node.func)
        for arg in rest:
            self.visit(arg)
        for keyword in node.keywords:
            if argparse_call and keyword.arg in ARGPARSE_KEYWORDS:
                self.skip(keyword.value, "argparse")
            else:
                self.visit(keyword.value)

    def visit_Dict(self, node: ast.Dict) -> None:
        if _is_language_table(node):
            self.skip(node, "language table")
            return
        if _is_message_data(node):
            self.skip(node, "message default")
            return
        for key, value in zip(node.keys, node.values, strict=True):
            self.skip(key, "key or comparison")
            self.visit(value)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)
        self.skip(node.slice, "key or comparison")

    def visit_Compare(self, node: ast.Compare) -> None:
        for operand in (node.left, *node.comparators):
            if isinstance(operand, ast.Constant | ast.JoinedStr | ast.Tuple | ast.List | ast.Set):
                self.skip(operand, "key or comparison")
            else:
                self.visit(operand)

    def visit_MatchValue(self, node: ast.MatchValue) -> None:
        self.skip(node, "key or comparison")

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            self._keep(node, node.value)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue):
                parts.append("{" + ast.unparse(value.value) + "}")
                self.visit(value.value)
        self._keep(node, "".join(parts))

    def _keep(self, node: ast.expr, text: str) -> None:
        if not reads_as_prose(text):
            return
        if is_sql(text):
            self.skipped["sql"] += 1
            return
        if is_foreign(text):
            self.skipped["not english"] += 1
            return
        self.found.append(Literal(self.path, node.lineno, text))


@dataclass
class Scan:
    """What a scan found, and how many places (subtrees) each exemption class passed over."""

    found: list[Literal]
    skipped: Counter[str]


def scan(root: Path = REPO, only: str | None = None) -> Scan:
    """Every English-looking literal in the scanned layers of the package under ``root`` (or in its one module
    ``only``, "arledger/services/x.py")."""
    found: list[Literal] = []
    skipped: Counter[str] = Counter()
    codes: set[str] = set()
    for path in _modules(root):  # a table in any module (a WHOLE_FILES one too) names the codes it translates
        rel = path.relative_to(root).as_posix()
        stat = path.stat()
        codes |= _module_codes(str(path), stat.st_mtime_ns, stat.st_size)
        if rel in WHOLE_FILES:
            skipped["whole file"] += 1
            continue
        if only is not None and rel != only:
            continue
        scanner = _Scanner(rel)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        found += scanner.found
        skipped += scanner.skipped
    kept = [literal for literal in found if literal.text not in codes]
    skipped["table code"] += len(found) - len(kept)
    return Scan(kept, skipped)


@functools.cache
def _module_codes(path: str, mtime_ns: int, size: int) -> frozenset[str]:
    """One module's table codes, parsed again only when the file changed (a scan of one module reads them all)."""
    return frozenset(table_codes(ast.parse(Path(path).read_text(encoding="utf-8"), filename=path)))


def _modules(root: Path) -> Iterator[Path]:
    for layer in LAYERS:
        yield from sorted((root / "arledger" / layer).rglob("*.py"))


def baseline_lines(found: list[Literal]) -> list[str]:
    """The baseline file's lines for these literals: one per literal, sorted (a literal twice in a file, twice)."""
    return sorted(literal.baseline_line() for literal in found)


def read_baseline(path: Path = BASELINE) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_baseline(lines: list[str], path: Path = BASELINE) -> None:
    path.write_text("".join(line + "\n" for line in sorted(lines)), encoding="utf-8")


def compare(found: list[Literal], baseline: list[str]) -> tuple[list[Literal], list[str]]:
    """The literals the baseline does not hold (new leaks) and the baseline lines that no longer occur."""
    allowed = Counter(baseline)
    new = []
    for literal in sorted(found, key=lambda lit: (lit.path, lit.line)):
        line = literal.baseline_line()
        if allowed[line] > 0:
            allowed[line] -= 1
        else:
            new.append(literal)
    gone = sorted(line for line, left in allowed.items() for _ in range(left))
    return new, gone
