"""Forms that add or edit one object."""
