"""Rights and incentives ("Mijn rechten"): which rules apply to the person's situation, with
their conditions, figures, dates and sources.

The rules are bundled data (``resources/rights/rights.json``, read by ``files``), parsed and
checked in ``model``; ``view`` picks and words what applies to a situation. The check's EVC
card and its learning steps use the same rules. Pure apart from ``files``; no Qt.

Import ``files`` explicitly: it needs ``portfolio_app.check``, which itself uses ``model``.
"""
