"""What the extraction tests share: a page as a fetch would hand it over, and its facts as plain tuples."""
from __future__ import annotations

from tracker.extract import extract
from tracker.model import Fetched, Work


def fetched(doc: str, url: str = "https://news.example/article/1") -> Fetched:
    return Fetched(url=url, final_url=url, status=200, body=doc.encode(), text=doc, content_type="text/html")


def facts(doc: str, title: str, *aliases: str, url: str = "https://news.example/article/1") -> set[tuple[str, str, str]]:
    """(field, key, value) of every fact extracted from `doc` for the work `title`."""
    return {(f.field, f.key, f.value) for f in extract(fetched(doc, url), Work(title, aliases)).facts}


def news(paragraphs: list[str], title: str = "Anime news", published: str = "2026-11-24") -> str:
    """An English news article: a headline, a publication date, and these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"{published}T09:00:00+00:00\"></head><body><main><article><h1>{title}</h1>{body}"
            "</article></main></body></html>")
