"""Extractor stub: to be written."""
from __future__ import annotations

from . import Extractor


class LabelsExtractor(Extractor):
    name = "labels"

    def extract(self, page, work):
        return []
