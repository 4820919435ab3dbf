"""tracker: watch announcement pages, extract structured facts, keep a change log of newly revealed facts."""
from .model import Change, Extraction, Fact, Fetched, Verdict, Work

__all__ = ["Change", "Extraction", "Fact", "Fetched", "Verdict", "Work"]
__version__ = "0.1.0"
