"""Portfolio: an encrypted competence portfolio for citizens of Flanders."""
