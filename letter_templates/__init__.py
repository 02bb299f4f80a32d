"""The shipped letter templates, installed as the package ``arledger._letter_templates``; read through
arledger.paths."""
