"""The floor a fetcher can reach in Python: "a bare httpx loop" (ENGINEERING.md), run as a whole process.

One `httpx.Client` shared by 30 threads; plain GETs when cold, conditional GETs (the stored ETag and
Last-Modified) when warm; bodies read in full, validators saved; nothing parsed, nothing stored but the
validators file.

    python benchmarks/bare_httpx.py URLS.txt VALIDATORS.json     # reads VALIDATORS.json if it exists, rewrites it
"""
from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx


def main(urls_file: str, validators_file: str, threads: int = 30) -> int:
    urls = Path(urls_file).read_text().split()
    path = Path(validators_file)
    validators = json.loads(path.read_text()) if path.exists() else {}
    out: dict[str, list] = {}
    statuses: dict[int, int] = {}

    with httpx.Client(timeout=20.0) as client:
        def get(url: str):
            headers = {}
            etag, last_modified = validators.get(url, (None, None))
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            r = client.get(url, headers=headers)
            body = r.content
            return url, r.status_code, r.headers.get("ETag"), r.headers.get("Last-Modified"), len(body)

        with ThreadPoolExecutor(threads) as pool:
            for url, status, etag, last_modified, _ in pool.map(get, urls):
                statuses[status] = statuses.get(status, 0) + 1
                if status == 304:
                    out[url] = validators[url]
                elif status == 200:
                    out[url] = [etag, last_modified]
    path.write_text(json.dumps(out))
    print(json.dumps(statuses))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
