"""Realistic announcement pages for the benchmark: many works, three site styles, 50–150 KB each.

Each page is rendered deterministically from (seed, index, rev): the same arguments always give the same
bytes, so the server process and the driver agree without sharing files. `rev` 0 is the first state; rev 1
is the "10% changed" state (an update note, a cast member added, a release date made more precise, an
episode count), the kind of edit a real page gets.

Styles follow the fixture templates in fixtures/metallic-rouge/ (news, official, db):
- news:     an English entertainment-site article ("everything we know"), JSON-LD NewsArticle, a trending
            sidebar, related cards, a long comment thread, ads (~60–150 KB);
- official: a Japanese official site (NEWS list, STAFF/CAST <dl>, ON AIR 放送情報, image alt texts),
            a large footer and a big inline script (~50–110 KB);
- db:       an English database page (infobox of labelled pairs: Aired, Episodes, Studios…), a reviews and
            recommendations block and a forum block (~50–120 KB).

When the fixture HTML files exist (fixtures/metallic-rouge/<style>/*.html), `--fixtures` mode reuses them
as templates instead: the work's title, alias, dates and names are substituted and the chrome is padded.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
from dataclasses import dataclass
from pathlib import Path

STYLES = ("news", "official", "db")

_ADJ = ("Metallic", "Hollow", "Starlit", "Iron", "Paper", "Clockwork", "Crimson", "Silent", "Velvet", "Azure",
        "Broken", "Golden", "Frozen", "Wandering", "Neon", "Quiet", "Burning", "Lunar", "Phantom", "Scarlet",
        "Gentle", "Savage", "Emerald", "Shattered", "Electric", "Ashen", "Radiant", "Sunken", "Violet", "Hidden")
_NOUN = ("Rouge", "Lantern", "Cartographer", "Orchard", "Requiem", "Vanguard", "Garden", "Tide", "Comet",
         "Sparrow", "Engine", "Witch", "Archive", "Harbor", "Kingdom", "Blade", "Signal", "Academy", "Serpent",
         "Symphony", "Frontier", "Courier", "Labyrinth", "Monarch", "Drifter", "Ballad", "Protocol", "Alchemist",
         "Station", "Carnival")
_SUFFIX = ("", "", "", " Season 2", " Zero", ": Reborn", " Chronicle", " the Movie", " Season 3", " Next")
_KANA = ("メ", "タ", "リ", "ッ", "ク", "ル", "ー", "ジ", "ュ", "ホ", "ロ", "ウ", "ラ", "ン", "ス", "タ", "ア", "イ",
         "カ", "ト", "グ", "ラ", "フ", "ア", "ン", "オ", "チ", "ャ", "ド", "レ", "ク", "イ", "エ", "ム")
_GIVEN = ("Yume", "Tomoyo", "Shunsuke", "Yu", "Hiroyuki", "Yui", "Kenjiro", "Kazuyuki", "Atsushi", "Chiaki",
          "Mariya", "Haruka", "Rina", "Kenta", "Aoi", "Sora", "Takumi", "Natsuki", "Ryota", "Saori", "Daisuke",
          "Misaki", "Kaito", "Ayane", "Yuki", "Ren", "Hikaru", "Minori", "Shota", "Emi", "Junichi", "Kana")
_FAMILY = ("Miyamoto", "Kurosawa", "Takeuchi", "Shimamura", "Yoshino", "Ogura", "Tsuda", "Okitsu", "Miyauchi",
           "Kobayashi", "Ise", "Shiraishi", "Aoba", "Mizuhara", "Hayashi", "Fujita", "Nakamura", "Sato",
           "Kimura", "Inoue", "Matsuda", "Ishikawa", "Maeda", "Okada", "Hasegawa", "Kondo", "Ueda", "Sakai",
           "Endo", "Nishimura", "Fukuda", "Ota")
_CHAR_GIVEN = ("Rouge", "Naomi", "Jean", "Sara", "Jaron", "Jill", "Afdal", "Eden", "Ash", "Opera", "Cyan",
               "Mio", "Kael", "Lyra", "Orin", "Vesna", "Talia", "Brann", "Ilse", "Corin", "Nadia", "Soren")
_CHAR_FAMILY = ("Redstar", "Orthmann", "Junghardt", "Fitzgerald", "Fate", "Sturgeon", "Bashal", "Varock",
                "Stahl", "Bluestar", "Whitfield", "Kessler", "Moreau", "Lindqvist", "Abara", "Castellan")
_STUDIOS = ("Bones", "Kinema Nine", "Sunrise Beyond", "Studio Arcadia", "Lantern Works", "Polygon Pictures",
            "MAPPA", "Wit Studio", "CloverWorks", "Studio Bind", "Science SARU", "Trigger", "David Production")
_BROADCASTERS = ("Fuji TV", "Tokyo MX", "TBS", "TV Tokyo", "MBS", "BS11", "Nippon TV", "TV Asahi", "AT-X")
_STREAMERS = ("Crunchyroll", "Netflix", "HIDIVE", "Disney+", "Amazon Prime Video", "Hulu")
_ROLES = (("Director", "監督"), ("Series composition", "シリーズ構成"), ("Character design", "キャラクターデザイン"),
          ("Music", "音楽"), ("Art director", "美術監督"), ("Sound director", "音響監督"), ("Screenplay", "脚本"))
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_LOREM = ("the studio", "a new trailer", "the production committee", "fans at the panel", "the key visual",
          "a late-night slot", "the home video release", "the first episode", "a special event", "the staff",
          "the soundtrack", "the opening sequence", "an original story", "the source manga", "the premiere")
_VERBS = ("revealed", "teased", "confirmed", "showed off", "hinted at", "announced", "discussed", "promised")


@dataclass(frozen=True)
class Entry:
    """One benchmark source: its URL path, host index, style and work."""

    index: int
    style: str
    host: int
    path: str
    work: str
    alias: str
    validators: bool      # False: the server sends no ETag/Last-Modified (a plain 200 every time)


def _h(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=6).digest(), "big")


def _rng(seed: int, index: int, salt: str = "") -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(f"{seed}:{index}:{salt}".encode()).digest()[:8], "big"))


def work_title(seed: int, index: int) -> tuple[str, str]:
    r = _rng(seed, index, "title")
    title = f"{r.choice(_ADJ)} {r.choice(_NOUN)}{r.choice(_SUFFIX)} {index}"
    alias = "".join(r.choice(_KANA) for _ in range(r.randint(4, 8))) + f"{index}"
    return title, alias


def catalog(n: int, *, seed: int = 1, hosts: int = 50, no_validators: float = 0.2) -> list[Entry]:
    """The benchmark's sources, cheap to compute (no rendering): what the watchlist and the server share."""
    out = []
    for i in range(n):
        title, alias = work_title(seed, i)
        style = STYLES[i % 3]
        slug = "-".join(title.lower().replace(":", "").split())
        path = {"news": f"/anime/{slug}-everything-we-know", "official": f"/{slug}/", "db": f"/anime/{i}/{slug}"}[style]
        validators = _rng(seed, i, "validators").random() >= no_validators
        out.append(Entry(i, style, i % hosts, path, title, alias, validators))
    return out


# ------------------------------------------------------------------------------------------ facts of a work
@dataclass
class Facts:
    title: str
    alias: str
    year: int
    month: int
    day: int
    day_known: bool
    episodes: int | None
    studio: str
    broadcaster: str
    streaming: str
    staff: list[tuple[str, str, str]]       # (role, role_ja, name)
    cast: list[tuple[str, str]]             # (actor, character)
    theme: tuple[str, str]                  # (song, artist)
    trailer: str


def _person(r: random.Random) -> str:
    return f"{r.choice(_GIVEN)} {r.choice(_FAMILY)}"


def work_facts(seed: int, index: int, rev: int) -> Facts:
    title, alias = work_title(seed, index)
    r = _rng(seed, index, "facts")
    year = r.randint(2024, 2027)
    month = r.randint(1, 12)
    day = r.randint(1, 28)
    staff = [(en, ja, _person(r)) for en, ja in r.sample(_ROLES, r.randint(4, len(_ROLES)))]
    cast = []
    seen = set()
    for _ in range(r.randint(4, 12)):
        actor, char = _person(r), f"{r.choice(_CHAR_GIVEN)} {r.choice(_CHAR_FAMILY)}"
        if actor not in seen and char not in {c for _, c in cast}:
            seen.add(actor)
            cast.append((actor, char))
    f = Facts(title, alias, year, month, day, r.random() < 0.4, r.choice((None, 12, 13, 24)),
              r.choice(_STUDIOS), r.choice(_BROADCASTERS), r.choice(_STREAMERS), staff, cast,
              (f"{r.choice(_ADJ)} {r.choice(_NOUN)}", _person(r)), "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789_-") for _ in range(11)))
    if rev >= 1:  # what a real update changes: a date made precise, a new cast member, an episode count
        f.day_known = True
        actor, char = _person(r), f"{r.choice(_CHAR_GIVEN)} {r.choice(_CHAR_FAMILY)}"
        if actor not in seen:
            f.cast.append((actor, char))
        f.episodes = f.episodes or 12
    return f


def _date_en(f: Facts) -> str:
    return f"{_MONTHS[f.month - 1]} {f.day}, {f.year}" if f.day_known else f"{_MONTHS[f.month - 1]} {f.year}"


def _date_ja(f: Facts) -> str:
    return f"{f.year}年{f.month}月{f.day}日" if f.day_known else f"{f.year}年{f.month}月"


def _filler(r: random.Random, n: int, other: list[str]) -> list[str]:
    """Sentences that read like prose and mention other works (as real pages do), but state no facts about this one."""
    out = []
    for _ in range(n):
        words = [f"{r.choice(_LOREM).capitalize()} {r.choice(_VERBS)} {r.choice(_LOREM)}"]
        for _ in range(r.randint(2, 5)):
            words.append(f"while {r.choice(_LOREM)} {r.choice(_VERBS)} {r.choice(_LOREM)}")
        if r.random() < 0.2:
            words.append(f"much like {r.choice(other)} did before it")
        out.append(", ".join(words) + ".")
    return out


def _others(seed: int, index: int, k: int = 12) -> list[str]:
    r = _rng(seed, index, "others")
    return [work_title(seed + 7919, r.randint(0, 10**6))[0] for _ in range(k)]


def _comments(r: random.Random, n: int, others: list[str]) -> str:
    items = []
    for c in range(n):
        who = f"{r.choice(_GIVEN).lower()}_{r.choice(_NOUN).lower()}{r.randint(1, 99)}"
        text = r.choice((
            f"Pretty sure {r.choice(others)} comes out in {r.choice(_MONTHS)} {r.randint(2024, 2027)}, not this one.",
            f"If the OP isn't by {_person(r)} I riot.",
            f"{_person(r)} voicing the lead would be perfect.",
            f"Hope it doesn't get pushed like {r.choice(others)} did.",
            "Day one watch for me. The trailer looked incredible.",
            f"Is {r.choice(_STREAMERS)} getting this outside Japan?",
        ))
        reply = (f'<div class="comment reply"><span class="author">mod_{r.randint(1, 9)}</span><p>@{who} '
                 f'{r.choice(("nope, check the article", "source?", "agreed", "it was announced last week"))}</p></div>'
                 if r.random() < 0.25 else "")
        items.append(f'<div class="comment" id="c{c}"><span class="author">{who}</span>'
                     f'<time datetime="2023-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}">{r.randint(1, 23)}h ago</time>'
                     f'<p>{html.escape(text)}</p>{reply}<a class="reply-link" href="#reply-{c}">Reply</a> '
                     f'<span class="votes">{r.randint(0, 999)} likes</span></div>')
    return "\n    ".join(items)


# ------------------------------------------------------------------------------------------ the three styles
def render(seed: int, entry: Entry, rev: int = 0, *, base_url: str = "") -> bytes:
    f = work_facts(seed, entry.index, rev)
    r = _rng(seed, entry.index, f"page{rev}")
    others = _others(seed, entry.index)
    page = {"news": _news, "official": _official, "db": _db}[entry.style](f, r, others, rev, base_url + entry.path)
    return page.encode("utf-8")


def _news(f: Facts, r: random.Random, others: list[str], rev: int, url: str) -> str:
    t = html.escape(f.title)
    title = f"{t}: Release date, cast, trailer and everything we know"
    lede = f"{t} is coming {_date_en(f)}. Here is everything we know about the cast, staff and where to watch."
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": f"{f.title}: everything we know",
              "datePublished": "2023-07-14T15:20:00+00:00", "dateModified": f"2023-12-{1 + rev:02d}T16:05:00+00:00",
              "author": {"@type": "Person", "name": "Dana Whitlock"}, "mainEntityOfPage": url,
              "publisher": {"@type": "Organization", "name": "ReelGeek"}, "keywords": f"{f.title}, {f.studio}, anime"}
    paras = _filler(r, r.randint(25, 60), others)
    staff = "\n".join(f"      <li><strong>{en}:</strong> {name}</li>" for en, _, name in f.staff)
    cast = "\n".join(f"      <li>{a} as {c}</li>" for a, c in f.cast)
    eps = (f"<h2 id=\"episodes\">How many episodes?</h2><p>{t} will run for {f.episodes} episodes.</p>"
           if f.episodes else "<h2 id=\"episodes\">How many episodes?</h2><p>The episode count has not been announced yet.</p>")
    update = (f'<p class="update-note"><em>Update: {t} now has a premiere day and an episode count; '
              f'we have added the new cast member below.</em></p>' if rev else "")
    body_parts = [update,
                  f"<p>{t} premieres {_date_en(f)} on {f.broadcaster}, animated by {f.studio}. {paras[0]}</p>",
                  f'<div class="ad-slot ad-inline" data-ad-unit="incontent_1"><span class="ad-label">Advertisement</span></div>',
                  f"<h2 id=\"release-date\">When does {t} come out?</h2><p>The series premieres {_date_en(f)} in Japan on "
                  f"{f.broadcaster}. {f.streaming} will stream it everywhere outside Asia. {paras[1]}</p>",
                  eps,
                  f"<h2 id=\"staff\">Who is making {t}?</h2><p>{paras[2]}</p><ul>\n{staff}\n    </ul>",
                  f"<h2 id=\"cast\">{t} cast</h2><p>Here is the cast so far:</p><ul class=\"cast-list\">\n{cast}\n    </ul>",
                  f"<h2 id=\"music\">Theme song</h2><p>The opening theme is \"{html.escape(f.theme[0])}\" by {f.theme[1]}.</p>",
                  f"<h2 id=\"trailer\">Trailer</h2><ul class=\"video-list\"><li>Main PV: "
                  f"<a href=\"https://www.youtube.com/watch?v={f.trailer}\">watch on YouTube</a></li></ul>"]
    body_parts += [f"<p>{p}</p>" for p in paras[3:]]
    trending = "\n".join(f'<li><a href="/anime/{o.lower().replace(" ", "-")}">{o} locks in a {r.choice(_MONTHS)} '
                         f'{r.randint(2024, 2027)} premiere on {r.choice(_BROADCASTERS)}</a><span class="meta">{r.randint(1, 23)}h ago</span></li>'
                         for o in others)
    related = "\n".join(f'<div class="card"><a href="/anime/{o.lower().replace(" ", "-")}-everything-we-know">'
                        f'<img src="/img/card{n}.jpg" alt="{o} key art"><span>{o}: release date, cast and everything we know</span></a></div>'
                        for n, o in enumerate(others[:6]))
    n_comments = r.randint(120, 420)
    return f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<meta charset="utf-8">
<title>{title} | ReelGeek</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{lede}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="ReelGeek">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{lede}">
<meta property="article:published_time" content="2023-07-14T15:20:00+00:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{title}">
<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","section":"anime"}});{"var _cfg=" + json.dumps({"k": [r.randint(0, 10**9) for _ in range(200)]}) + ";"}</script>
<link rel="stylesheet" href="/static/css/main.4f9c2.css">
</head>
<body class="single single-post category-anime">
<header class="site-header">
  <div class="logo"><a href="/"><img src="/logo.svg" alt="ReelGeek"></a></div>
  <nav class="main-nav" aria-label="Main"><ul><li><a href="/tv/">TV</a></li><li><a href="/movies/">Movies</a></li>
  <li class="current"><a href="/anime/">Anime</a></li><li><a href="/games/">Games</a></li><li><a href="/anime/release-calendar/">Anime release calendar</a></li></ul></nav>
  <div class="header-promo">Winter anime guide: 40 shows, one list</div>
</header>
<div class="page-wrap">
<main id="main" class="site-main">
<article class="post type-post">
  <div class="entry-header">
    <h1 class="entry-title">{title}</h1>
    <p class="dek">{lede}</p>
    <div class="byline">By <a rel="author" href="/author/dana-whitlock">Dana Whitlock</a> · <time datetime="2023-07-14T15:20:00+00:00">Published Jul 14, 2023</time></div>
    <figure class="featured"><img src="/img/key-visual-{_h(f.title) % 10**6}.jpg" alt="{t} key visual"><figcaption>{t} key art. Image: {f.studio}</figcaption></figure>
  </div>
  <div class="entry-content">
    {chr(10).join(body_parts)}
  </div>
  <div class="share-bar"><a href="https://twitter.com/intent/tweet?url={url}">Share on X</a></div>
</article>
<section class="newsletter-signup" id="newsletter"><h4>Get the Anime Brief</h4><p>Premiere dates, trailers and casting news every Friday.</p>
<form action="/subscribe" method="post"><input type="email" name="email"><button>Sign me up</button></form></section>
<section class="related-articles"><h3>Related</h3>
{related}
</section>
<section id="comments" class="comments-area">
    <h3>{n_comments} Comments</h3>
    {_comments(r, n_comments, others)}
</section>
<footer class="site-footer"><nav class="footer-nav"><a href="/about">About</a> · <a href="/privacy">Privacy</a></nav><p>© 2023 ReelGeek Media Group.</p></footer>
</main>
<aside class="sidebar trending-rail" aria-label="Trending"><h3 class="rail-title">Trending now</h3><ol class="trending-list">
{trending}
</ol><div class="ad-slot ad-300x250">ADVERTISEMENT</div></aside>
</div>
<script src="/static/js/app.81ab3.js" defer></script>
</body>
</html>
"""


def _official(f: Facts, r: random.Random, others: list[str], rev: int, url: str) -> str:
    t = html.escape(f.title)
    news = []
    for n in range(r.randint(60, 160)):
        news.append(f'<li><time>{f.year - 1}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}</time>'
                    f'<a href="/news/{n}/">{r.choice(("キービジュアル公開", "PV第2弾公開", "追加キャスト決定", "グッズ情報", "イベント開催決定", "コラボカフェ開催"))}</a></li>')
    staff = "\n".join(f"<dt>{ja}</dt><dd>{name}</dd>" for _, ja, name in f.staff)
    cast = "\n".join(f"<dt>{c}</dt><dd>{a}</dd>" for a, c in f.cast)
    onair = (f"<p class=\"date\">{_date_ja(f)}より{f.broadcaster}にて放送開始！</p>"
             f"<p>{f.streaming}ほかにて配信予定</p>")
    if f.episodes:
        onair += f"<p>全{f.episodes}話</p>"
    goods = "\n".join(f'<li class="goods-item"><img src="/img/goods/{n}.jpg" alt="グッズ{n}"><p>{r.choice(_NOUN)}アクリルスタンド ¥{r.randint(8, 40)}00（税込）</p></li>'
                      for n in range(r.randint(80, 260)))
    bnrs = "\n".join(f'<li><a href="https://{o.lower().replace(" ", "")}.example/"><img src="/bnr/{n}.png" alt="{o} 公式サイト"></a></li>'
                     for n, o in enumerate(others))
    script = json.dumps({"tracking": [r.randint(0, 10**12) for _ in range(3000)]})
    update = f'<p class="new">NEW {_date_ja(f)} 放送日決定！追加キャスト発表！</p>' if rev else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>TVアニメ「{html.escape(f.alias)}」公式サイト</title>
<meta name="description" content="TVアニメ「{html.escape(f.alias)}」（{t}）{_date_ja(f)}放送開始。">
<meta property="og:title" content="TVアニメ「{html.escape(f.alias)}」公式サイト">
<meta property="og:description" content="{_date_ja(f)}より{f.broadcaster}ほかにて放送開始">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "TVSeries", "name": f.alias, "alternateName": f.title,
    "productionCompany": {"@type": "Organization", "name": f.studio}}, ensure_ascii=False)}</script>
<script>var _conf={script};</script>
</head>
<body id="top">
<header id="gHeader"><h1 class="logo"><img src="/img/logo.png" alt="{html.escape(f.alias)}"></h1>
<nav id="gNav"><ul><li><a href="/news/">NEWS</a></li><li><a href="/story/">STORY</a></li><li><a href="/staffcast/">STAFF/CAST</a></li><li><a href="/onair/">ON AIR</a></li><li><a href="/goods/">GOODS</a></li></ul></nav></header>
<main id="main">
<section class="kv"><img src="/img/kv.jpg" alt="{html.escape(f.alias)} キービジュアル"></section>
{update}
<section class="onair"><h2>ON AIR</h2><h3>放送情報</h3>{onair}</section>
<section class="staff"><h2>STAFF</h2><dl class="staff">
<dt>原作</dt><dd>{f.studio}</dd>
{staff}
<dt>アニメーション制作</dt><dd>{f.studio}</dd>
</dl></section>
<section class="cast"><h2>CAST</h2><dl class="cast">
{cast}
</dl></section>
<section class="music"><h2>MUSIC</h2><p>オープニングテーマ：「{html.escape(f.theme[0])}」{f.theme[1]}</p></section>
<section class="movie"><h2>MOVIE</h2><iframe src="https://www.youtube.com/embed/{f.trailer}" title="本PV"></iframe></section>
<section class="story"><h2>STORY</h2>{"".join(f"<p>{p}</p>" for p in _filler(r, r.randint(4, 10), others))}</section>
</main>
<section id="news" class="news-list"><h2>NEWS</h2><ul>{"".join(news)}</ul></section>
<section id="goods" class="goods"><h2>GOODS</h2><ul>{goods}</ul></section>
<footer id="gFooter"><ul class="bnrs">{bnrs}</ul>
<div class="sns"><a href="https://twitter.com/example">X</a></div>
<p class="copyright">©{f.year} {html.escape(f.alias)}製作委員会</p></footer>
</body>
</html>
"""


def _db(f: Facts, r: random.Random, others: list[str], rev: int, url: str) -> str:
    t = html.escape(f.title)
    aired = (f"{_MONTHS[f.month - 1][:3]} {f.day}, {f.year} to ?" if f.day_known else f"{_MONTHS[f.month - 1][:3]} {f.year} to ?")
    staff = "\n".join(f'<tr><td class="role">{en}</td><td><a href="/people/{_h(name) % 99999}">{name}</a></td></tr>'
                      for en, _, name in f.staff)
    cast = "\n".join(f'<tr><td><a href="/character/{n}">{c}</a><small>Main</small></td><td><a href="/people/{n}">{a}</a><small>Japanese</small></td></tr>'
                     for n, (a, c) in enumerate(f.cast))
    recs = "\n".join(f'<li><a href="/anime/{r.randint(1, 60000)}/{o.lower().replace(" ", "_")}">{o}</a> <span>{r.randint(1, 200)} users</span></li>'
                     for o in others)
    reviews = "\n".join(f'<div class="review"><div class="reviewer"><a href="/profile/u{n}">user{r.randint(1, 99999)}</a></div>'
                        f'<p>{" ".join(_filler(r, r.randint(3, 9), others))}</p><span class="score">{r.randint(1, 10)}/10</span></div>'
                        for n in range(r.randint(30, 90)))
    forum = "\n".join(f'<tr><td><a href="/forum/?topicid={r.randint(1, 10**6)}">Episode {n} discussion</a></td><td>{r.randint(0, 900)} replies</td></tr>'
                      for n in range(1, r.randint(20, 60)))
    eps = str(f.episodes) if f.episodes else "Unknown"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t} ({html.escape(f.alias)}) - AnimeDB</title>
<meta name="description" content="{t} is an upcoming TV anime by {f.studio}. Aired: {aired}.">
<meta property="og:title" content="{t}">
<meta property="og:type" content="video.tv_show">
</head>
<body>
<div id="headerSmall"><nav class="header-menu"><a href="/anime.php">Anime</a> <a href="/manga.php">Manga</a> <a href="/news">News</a> <a href="/forum">Forum</a></nav></div>
<div id="contentWrapper"><h1 class="title-name"><strong>{t}</strong></h1>
<table class="layout"><tr>
<td class="borderClass leftside">
<div class="infobox"><h2>Alternative Titles</h2><div><span class="dark_text">Japanese:</span> {html.escape(f.alias)}</div>
<h2>Information</h2>
<div><span class="dark_text">Type:</span> TV</div>
<div><span class="dark_text">Episodes:</span> {eps}</div>
<div><span class="dark_text">Status:</span> Not yet aired</div>
<div><span class="dark_text">Aired:</span> {aired}</div>
<div><span class="dark_text">Broadcast:</span> {f.broadcaster}</div>
<div><span class="dark_text">Studios:</span> <a href="/anime/producer/{_h(f.studio) % 999}">{f.studio}</a></div>
<div><span class="dark_text">Licensors:</span> {f.streaming}</div>
</div>
</td>
<td class="rightside">
<div class="synopsis"><h2>Synopsis</h2>{"".join(f"<p>{p}</p>" for p in _filler(r, r.randint(3, 8), others))}</div>
<div class="staff"><h2>Staff</h2><table>{staff}</table></div>
<div class="characters"><h2>Characters &amp; Voice Actors</h2><table>{cast}</table></div>
<div class="theme-songs opnening"><h2>Opening Theme</h2><p>"{html.escape(f.theme[0])}" by {f.theme[1]}</p></div>
<div class="video-promotion"><a href="https://www.youtube.com/watch?v={f.trailer}">PV 1</a></div>
<div class="reviews"><h2>Reviews</h2>{reviews}</div>
<div class="recommendations"><h2>Recommendations</h2><ul>{recs}</ul></div>
<div class="forum"><h2>Forum discussions</h2><table>{forum}</table></div>
</td></tr></table></div>
<footer id="footer"><a href="/about">About</a> <a href="/privacy">Privacy</a> © AnimeDB</footer>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------ fixture templates
def fixture_templates(root: Path) -> dict[str, list[tuple[str, dict]]]:
    """The fixture pages by style, with their facts oracles: [(html, facts_json)]. Empty if none exist."""
    out: dict[str, list[tuple[str, dict]]] = {}
    for style in STYLES:
        for page in sorted((root / "metallic-rouge" / style).glob("*.html")):
            oracle = page.with_suffix(".facts.json")
            facts = json.loads(oracle.read_text(encoding="utf-8")) if oracle.exists() else {}
            out.setdefault(style, []).append((page.read_text(encoding="utf-8"), facts))
    return out


def render_from_fixture(templates: dict, seed: int, entry: Entry, rev: int = 0) -> bytes | None:
    """A fixture page rewritten for this entry's work: title, alias and the names it states replaced,
    later fixture states standing in for `rev` 1, padded with comments to the 50–150 KB of real pages."""
    pages = templates.get(entry.style)
    if not pages:
        return None
    r = _rng(seed, entry.index, "fixture")
    k = r.randrange(max(1, len(pages) - 1))
    text, oracle = pages[min(k + rev, len(pages) - 1)]
    work = oracle.get("work", "Metallic Rouge")
    text = text.replace(work, entry.work)
    for alias in oracle.get("aliases", []):
        text = text.replace(alias, entry.alias)
    names = sorted({fct.get("value", "") for fct in oracle.get("facts", []) if fct.get("field") in ("cast", "staff")
                    and 3 < len(fct.get("value", "")) < 40 and " " in fct.get("value", "") and "http" not in fct.get("value", "")},
                   key=len, reverse=True)
    nr = _rng(seed, entry.index, "names")
    for name in names:
        text = text.replace(name, _person(nr))
    target = r.randint(50_000, 150_000)
    size = len(text.encode("utf-8"))
    if size < target:
        others = _others(seed, entry.index)
        pad = f'<section class="comments-area extra-comments">{_comments(r, max(1, (target - size) // 260), others)}</section>'
        text = text.replace("</body>", pad + "\n</body>", 1) if "</body>" in text else text + pad
    return text.encode("utf-8")
