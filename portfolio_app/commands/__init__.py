"""The CLI's subcommands, one module per area. Each module has ``register(subparsers)`` that
adds its commands and sets ``handler`` on each, a function ``(Context) -> int``."""
