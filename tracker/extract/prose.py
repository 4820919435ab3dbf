"""Extractor stub: to be written."""
from __future__ import annotations

from . import Extractor


class ProseExtractor(Extractor):
    name = "prose"

    def extract(self, page, work):
        return []
