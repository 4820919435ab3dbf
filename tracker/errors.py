"""Errors a user can act on. Each carries a one-line message and the exit code the CLI returns.

    TrackerError            exit 2: bad usage or input, said in one line, never a traceback
    ├── ConfigError         a watchlist, URL, duration or extractor name that cannot be used
    ├── DatabaseError       not a SQLite file, a newer schema, read-only, locked, corrupt
    └── NotFound            a work or source the command names does not exist

Network faults are not exceptions: they are recorded per source on `Fetched.error`.
"""
from __future__ import annotations


class TrackerError(Exception):
    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(TrackerError):
    pass


class DatabaseError(TrackerError):
    pass


class NotFound(TrackerError):
    pass
