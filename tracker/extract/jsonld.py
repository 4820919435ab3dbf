"""Extractor stub: to be written."""
from __future__ import annotations

from . import Extractor


class JsonldExtractor(Extractor):
    name = "jsonld"

    def extract(self, page, work):
        return []
