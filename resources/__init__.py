"""Bundled data: the starter competence language, labour-market signals, translations, fonts.

Installed as the package ``portfolio_app.resources`` so that ``importlib.resources`` finds it
both from a source checkout and from an installed wheel.
"""
