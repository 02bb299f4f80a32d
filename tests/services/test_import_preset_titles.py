"""A vendor export's preset, named in the reader's language: the product's name as it is, what the export is in
the reader's words (the detection's note in the wizard and on the command line)."""

from __future__ import annotations

import pytest

from arledger.render.messages import translate
from arledger.services.import_mapping import detect
from arledger.services.import_presets import PRESETS
from tests.samples.vendor_exports import write_samples

PRODUCTS = {"xero": "Xero", "quickbooks-online": "QuickBooks Online", "quickbooks-desktop": "QuickBooks Desktop",
            "odoo": "Odoo", "erpnext": "ERPNext / Frappe Books", "gnucash": "GnuCash"}


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_each_preset_is_named_in_the_language(tmp_path, language: str) -> None:
    assert set(PRESETS) == set(PRODUCTS)  # a new preset is looked at too
    for name, path in write_samples(tmp_path).items():
        preset = PRESETS[name]
        english = str(preset.title)
        description = english[len(PRODUCTS[name]) + 2:-1]  # "Xero (sales invoices CSV)" -> "sales invoices CSV"
        assert english == f"{PRODUCTS[name]} ({description})"
        title = translate(preset.title, language)
        assert title.startswith(PRODUCTS[name]) and description not in title, title
        # the detection names the preset so
        notes = [translate(n, language) for n in detect(path, "invoices").notes]
        assert any(title in n for n in notes), notes
        assert not any(english in n for n in notes)
