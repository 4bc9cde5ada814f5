"""The desktop app (PySide6): thin widgets over the core, no business rules here."""
