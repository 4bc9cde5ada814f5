"""Qt item models over lists of domain objects (model/view: no widget per row)."""
