"""Which code and settings read a page: an extraction stored by another reader is stale.

A page's facts depend on more than its bytes: on tracker's extraction rules (an upgrade), on the work's title
and aliases, and on the source's extractor and CSS rules (the watchlist). An unchanged page (a 304, an identical
body) would otherwise keep the facts an old reader made for ever. The store keeps the reader beside each
extraction and each source, and `run` reads the stored body again when the reader differs.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from .model import Work

#: What extraction is made of (paths relative to the package): a change to any of them is a new reader.
_EXTRACTION_CODE = ("model.py", "normalize.py", "roles.py", "dates.py", "page.py", "extract")


@functools.cache
def code_version() -> str:
    """A fingerprint of the extraction code as installed (an upgrade changes it; the version number may not)."""
    from . import __version__

    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for name in _EXTRACTION_CODE:
        path = root / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            try:
                h.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
            except OSError:
                pass  # a frozen or zipped install: the version number alone says which code this is
    return h.hexdigest()[:16]


def reader_of(work: Work, extractor: str = "auto") -> str:
    """The reader of one source's pages: the extraction code and everything it is given besides the page."""
    settings = json.dumps([work.title, sorted(work.aliases), extractor, sorted((work.css or {}).items())],
                          ensure_ascii=False)
    return hashlib.sha256(f"{code_version()}\0{settings}".encode("utf-8", "surrogatepass")).hexdigest()[:16]
