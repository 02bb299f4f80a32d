"""The translation tool (resources/i18n/update.py) loaded once for the tests that check the catalogs with it."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from arledger import paths

I18N = paths.resources_dir() / "i18n"


def _load_update() -> ModuleType:
    spec = importlib.util.spec_from_file_location("arledger_i18n_update", I18N / "update.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


update = _load_update()
