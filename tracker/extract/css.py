"""Extractor stub: to be written."""
from __future__ import annotations

from . import Extractor


class CssExtractor(Extractor):
    name = "css"

    def extract(self, page, work):
        return []
