"""Article pages as a news site serves them: the story inside a lot of chrome.

The chrome is what an extractor must learn to ignore: navigation, ads (one
in the middle of the story), a "Read more" link paragraph between story
paragraphs, trending headlines, share buttons, a newsletter box, tags, a
comments teaser and a footer. Its details vary by a hash of the slug (class
names, headings, order), so extraction cannot lean on one fixed template.

What belongs to the story: ``<h1>`` headline, the ``.byline`` text, the
``<time datetime>``, the ``<figcaption>`` (the photo caption, not story text)
and the story paragraphs, each one ``<p>`` inside the story body, the first
starting with the dateline exactly as the story has it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import quote

from newswire.corpus import WireStory
from newswire.wire.formats import ap_datetime, esc, esc_attr, iso, script_json
from newswire.wire.responses import Request, Response, html_response, not_found
from newswire.wire.site import SITE_NAME, Site, article_path

SECTIONS = ("World", "U.S.", "Politics", "Business", "Sports", "Entertainment", "Science", "Health", "Climate")


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class _Chrome:
    """The per-story variations of the page template."""

    body_class: str  # class of the element that holds the story paragraphs
    rail_heading: str
    rail_before_story: bool
    share_on_top: bool
    newsletter: str
    read_more_after: int  # the "Read more" link follows this paragraph (1-based)
    ad_after: int  # the mid-story ad follows this paragraph (1-based)
    comments: int
    breaking: bool


def _chrome(story: WireStory) -> _Chrome:
    seed = int.from_bytes(hashlib.sha256(story.slug.encode()).digest()[:8], "big")

    def pick(options: tuple[str, ...], salt: int) -> str:
        return options[(seed >> salt) % len(options)]

    count = len(story.paragraphs)
    read_more = min(max(1, count - 1), 2 + (seed >> 3) % 3)
    ad = min(max(1, count - 1), max(1, count // 2 + (seed >> 5) % 3 - 1))
    return _Chrome(
        body_class=pick(("story-body", "article-body", "RichTextStoryBody RichTextBody"), 7),
        rail_heading=pick(("Trending", "Related stories", "Most read"), 11),
        rail_before_story=bool((seed >> 13) & 1),
        share_on_top=bool((seed >> 14) & 1),
        newsletter=pick(("The Morning Wire", "World Brief", "Politics Daily"), 15),
        read_more_after=read_more,
        ad_after=ad,
        comments=(seed >> 17) % 400,
        breaking=bool((seed >> 19) & 1),
    )


def section_path(section: str) -> str:
    return "/sections/" + section.lower().replace(".", "").replace(" ", "-")


def related_links(story: WireStory, others: list[WireStory], limit: int = 5) -> list[Link]:
    """Up to ``limit`` other stories, in an order that depends on this one's slug."""
    def rank(other: WireStory) -> bytes:
        return hashlib.sha256(f"{story.slug}|{other.slug}".encode()).digest()

    chosen = sorted((o for o in others if o.guid != story.guid), key=rank)[:limit]
    return [Link(o.headline, article_path(o.slug)) for o in chosen]


def author_names(byline: str) -> str:
    """``By JOSH BOAK`` → ``JOSH BOAK``: the byline as metadata names it."""
    return byline[3:].strip() if byline.lower().startswith("by ") else byline.strip()


def render_article(
    story: WireStory, *, canonical: str, related: list[Link], meta_charset: str | None = "utf-8"
) -> str:
    """The full HTML page of one story version."""
    chrome = _chrome(story)
    section_href = section_path(story.section)
    head = _head(story, canonical, meta_charset)
    rail = _rail(chrome, related)
    article = "\n".join(
        part
        for part in (
            f'<article class="story" data-story-id="{esc_attr(story.guid)}">',
            f'<div class="section-label"><a href="{esc_attr(section_href)}">{esc(story.section)}</a></div>',
            f'<h1 class="headline">{esc(story.headline)}</h1>',
            _byline_block(story),
            _share_buttons(canonical) if chrome.share_on_top else "",
            _figure(story),
            _story_body(story, chrome, related, section_href),
            _share_buttons(canonical) if not chrome.share_on_top else "",
            _tags(story),
            _comments_teaser(chrome),
            "</article>",
        )
        if part
    )
    main = "\n".join((rail, article) if chrome.rail_before_story else (article, rail))
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body class="article-page">
<a class="skip-link" href="#main">Skip to main content</a>
{_site_header(chrome, related)}
<div class="ad ad-leaderboard" data-ad-slot="top-728x90"><span class="ad-label">Advertisement</span></div>
<main id="main" class="page-main">
{main}
{_newsletter_box(chrome)}
</main>
{_footer(story)}
<script src="/static/js/ads.js" async></script>
</body>
</html>
"""


def _head(story: WireStory, canonical: str, meta_charset: str | None) -> str:
    published, modified = iso(story.published), iso(story.updated)
    description = story.paragraphs[0] if story.paragraphs else story.headline
    if len(description) > 200:
        description = description[:197].rsplit(" ", 1)[0] + "…"
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.headline,
        "identifier": story.guid,
        "url": canonical,
        "mainEntityOfPage": canonical,
        "datePublished": published,
        "dateModified": modified,
        "author": [{"@type": "Person", "name": author_names(story.byline)}] if story.byline else [],
        "articleSection": story.section,
        "keywords": list(story.keywords),
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "description": description,
    }
    lines = [
        "<head>",
        f'<meta charset="{esc_attr(meta_charset)}">' if meta_charset else "",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(story.headline)} | {SITE_NAME}</title>",
        f'<link rel="canonical" href="{esc_attr(canonical)}">',
        f'<meta name="description" content="{esc_attr(description)}">',
        f'<meta name="author" content="{esc_attr(author_names(story.byline))}">' if story.byline else "",
        f'<meta property="og:site_name" content="{SITE_NAME}">',
        f'<meta property="og:title" content="{esc_attr(story.headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc_attr(canonical)}">',
        f'<meta property="og:description" content="{esc_attr(description)}">',
        f'<meta property="article:published_time" content="{published}">',
        f'<meta property="article:modified_time" content="{modified}">',
        f'<meta property="article:section" content="{esc_attr(story.section)}">',
        *(f'<meta property="article:tag" content="{esc_attr(k)}">' for k in story.keywords),
        '<link rel="stylesheet" href="/static/css/site.css">',
        f'<script type="application/ld+json">\n{script_json(json_ld)}\n</script>',
        "<script>window.dataLayer = window.dataLayer || []; "
        f"window.dataLayer.push({{pageType: 'article', section: {script_json(story.section)}}});</script>",
        "</head>",
    ]
    return "\n".join(line for line in lines if line)


def _site_header(chrome: _Chrome, related: list[Link]) -> str:
    nav = "".join(
        f'<li><a href="{esc_attr(section_path(s))}">{esc(s)}</a></li>' for s in SECTIONS
    )
    breaking = ""
    if chrome.breaking and related:
        top = related[0]
        breaking = (
            f'\n<div class="breaking-news"><strong>Breaking:</strong> '
            f'<a href="{esc_attr(top.href)}">{esc(top.text)}</a></div>'
        )
    return (
        '<header class="site-header">\n'
        f'<div class="masthead"><a class="logo" href="/">{SITE_NAME}</a>'
        '<span class="tagline">Independent news from around the world</span>'
        '<a class="subscribe-button" href="/subscribe">Subscribe</a></div>\n'
        f'<nav class="main-nav" aria-label="Sections"><ul>{nav}</ul></nav>'
        f"{breaking}\n</header>"
    )


def _byline_block(story: WireStory) -> str:
    updated = story.version > 1 or story.updated != story.published
    label = "Updated" if updated else "Published"
    byline = f'<span class="byline">{esc(story.byline)}</span>' if story.byline else ""
    return (
        f'<div class="byline-block">{byline}'
        f' <span class="timestamp">{label} '
        f'<time datetime="{iso(story.updated)}">{esc(ap_datetime(story.updated))}</time></span>'
        "</div>"
    )


def _share_buttons(canonical: str) -> str:
    target = esc_attr(quote(canonical, safe=""))
    return (
        '<div class="share-tools" aria-label="Share">'
        f'<a class="share share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={target}">Share on Facebook</a>'
        f'<a class="share share-x" href="https://x.com/intent/post?url={target}">Share on X</a>'
        f'<a class="share share-email" href="mailto:?subject=Newswire%20story&amp;body={target}">Email</a>'
        '<button class="share share-copy" type="button">Copy link</button>'
        "</div>"
    )


def _figure(story: WireStory) -> str:
    if not story.caption:
        return ""
    src = f"/media/photos/{esc_attr(story.slug)}.jpg"
    return (
        '<figure class="lead-photo">'
        f'<img src="{src}" alt="{esc_attr(story.caption)}" width="1200" height="800" loading="eager">'
        f"<figcaption>{esc(story.caption)}</figcaption>"
        '<small class="photo-credit">(AP Photo)</small>'
        "</figure>"
    )


def _story_body(story: WireStory, chrome: _Chrome, related: list[Link], section_href: str) -> str:
    read_more = related[-1] if related else Link(f"More {story.section} news", section_href)
    parts = [f'<div class="{chrome.body_class}">']
    for index, paragraph in enumerate(story.paragraphs, 1):
        parts.append(f"<p>{esc(paragraph)}</p>")
        if index == chrome.read_more_after:
            parts.append(
                '<p class="read-more"><strong>Read more:</strong> '
                f'<a href="{esc_attr(read_more.href)}">{esc(read_more.text)}</a></p>'
            )
        if index == chrome.ad_after:
            parts.append(
                '<div class="ad ad-inline" data-ad-slot="mid-300x250"><span class="ad-label">Advertisement</span></div>'
            )
    parts.append("</div>")
    return "\n".join(parts)


def _tags(story: WireStory) -> str:
    if not story.keywords:
        return ""
    items = "".join(
        f'<li><a href="/tags/{esc_attr(k.lower().replace(" ", "-"))}">{esc(k)}</a></li>' for k in story.keywords
    )
    return f'<div class="tags"><span class="tags-label">Topics</span><ul>{items}</ul></div>'


def _comments_teaser(chrome: _Chrome) -> str:
    return (
        '<section class="comments-teaser">'
        f'<h2>Comments ({chrome.comments})</h2>'
        "<p>Join the conversation. Comments are moderated and must follow our community guidelines.</p>"
        '<a class="button" href="#comments">View comments</a>'
        "</section>"
    )


def _rail(chrome: _Chrome, related: list[Link]) -> str:
    if not related:
        return ""
    items = "".join(
        f'<li><a href="{esc_attr(link.href)}"><span class="rank">{n}</span> {esc(link.text)}</a></li>'
        for n, link in enumerate(related, 1)
    )
    return f'<aside class="rail trending"><h2>{esc(chrome.rail_heading)}</h2><ol>{items}</ol></aside>'


def _newsletter_box(chrome: _Chrome) -> str:
    return (
        '<aside class="newsletter-signup">'
        f"<h2>Sign up for {esc(chrome.newsletter)}</h2>"
        "<p>The day's most important stories, in your inbox every morning.</p>"
        '<form action="/newsletters/subscribe" method="post">'
        '<label for="nl-email">Email address</label>'
        '<input id="nl-email" type="email" name="email" placeholder="you@example.com" required>'
        '<button type="submit">Sign up</button></form>'
        "</aside>"
    )


def _footer(story: WireStory) -> str:
    links = "".join(
        f'<li><a href="{href}">{text}</a></li>'
        for text, href in (
            ("About us", "/about"),
            ("Contact", "/contact"),
            ("Terms of use", "/terms"),
            ("Privacy policy", "/privacy"),
            ("Cookie settings", "/cookies"),
        )
    )
    return (
        f'<footer class="site-footer"><ul class="footer-links">{links}</ul>'
        f"<p>© {story.updated.year} {SITE_NAME}. All rights reserved. "
        "This material may not be published, broadcast, rewritten or redistributed.</p></footer>"
    )


def article_page(
    site: Site, story: WireStory, others: list[WireStory], canonical: str | None = None, **options
) -> str:
    """``story``'s page on ``site``, with related links chosen among ``others``."""
    return render_article(
        story, canonical=canonical or site.canonical_url(story), related=related_links(story, others), **options
    )


# -- endpoints ---------------------------------------------------------------
def story_latest(site: Site, request: Request, slug: str) -> Response:
    view = site.view()
    story = view.story(slug)
    return _article_response(site, request, story, list(view.latest))


def story_version(site: Site, request: Request, slug: str, version: str) -> Response:
    view = site.view()
    story = view.version(slug, int(version))
    return _article_response(site, request, story, list(view.latest))


def _article_response(site: Site, request: Request, story: WireStory | None, others: list[WireStory]) -> Response:
    if story is None:
        return not_found(request)
    return html_response(
        article_page(site, story, others),
        conditional=True,
        last_modified=story.updated,
        headers={"Cache-Control": "public, max-age=300"},
    )


ROUTES = [
    (r"/stories/(?P<slug>[^/]+)", story_latest),
    (r"/stories/(?P<slug>[^/]+)/v(?P<version>\d{1,6})", story_version),
]
