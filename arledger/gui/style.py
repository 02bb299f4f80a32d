"""The app's small stylesheet: a tinted side bar, card tiles, calm tables. Colours in one place."""

from __future__ import annotations

ACCENT = "#2f5d8c"
DANGER = "#b3261e"
WARNING = "#9a6700"
OK = "#1a7f37"
MUTED = "#6b7280"
CHART_COLOURS = ("#2f5d8c", "#5b8fc7", "#e0a526", "#d9730d", "#b3261e", "#7a1f1a", "#6b7280")

STYLE_SHEET = f"""
QListWidget#sideBar {{
    background: #eef2f7;
    border: none;
    border-right: 1px solid #d5dce6;
    padding-top: 8px;
    outline: 0;
}}
QListWidget#sideBar::item {{
    padding: 9px 10px;
    margin: 1px 8px;
    border-radius: 6px;
    color: #1f2937;
}}
QListWidget#sideBar::item:hover {{ background: #e0e7f0; }}
QListWidget#sideBar::item:selected {{ background: {ACCENT}; color: white; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: #111827; }}
QLabel#pageSubtitle {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: #1f2937; }}
QFrame#tile {{
    background: white;
    border: 1px solid #d9dee6;
    border-radius: 8px;
}}
QFrame#tile:hover {{ border-color: {ACCENT}; }}
QLabel#tileCaption {{ color: {MUTED}; font-size: 9pt; }}
QLabel#tileValue {{ font-size: 18pt; font-weight: 600; color: #111827; }}
QLabel#kpiValue {{ font-size: 12pt; font-weight: 600; color: #111827; }}
QLabel#tileOverdue {{ color: {DANGER}; font-weight: 600; }}
QLabel#tileDetail {{ color: {MUTED}; }}
QFrame#card {{ background: white; border: 1px solid #d9dee6; border-radius: 8px; }}
QLabel#problem {{ color: {DANGER}; }}
QLabel#problem[pending="true"] {{ color: {MUTED}; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#filterChip {{
    background: #e0e7f0; border-radius: 10px; padding: 2px 10px; color: #1f2937;
}}
QTableView {{ gridline-color: #e5e7eb; selection-background-color: #cfe0f3; selection-color: #111827;
             alternate-background-color: #f7f9fc; }}
QHeaderView::section {{ padding: 4px 6px; }}
"""
