"""Shared fixtures: `local_server`, a real HTTP server on 127.0.0.1 whose pages tests change at will."""
from localserver import local_server  # noqa: F401
