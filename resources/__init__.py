"""Data shipped with arledger (rate tables, fonts, icons, translations, talk tracks), installed as the package
``arledger._resources``; read through arledger.paths."""
