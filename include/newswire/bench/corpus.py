"""A synthetic wire corpus for throughput measurements.

``generate_corpus(directory, n, day)`` writes ``n`` ``*.story`` files (the
format of ``newswire.corpus``): story *versions*, of which roughly one in ten
is a second or third version of an earlier story (same guid and slug, a
higher ``version``, moved a few hours later with a changed headline and an
added paragraph). Every version moves on ``day`` (UTC, between 03:00 and
23:59), so the ``newswire_nightly`` run ending at ``day + 1`` 02:00 UTC covers
all of them, through one news sitemap.

Each story is wire-shaped: a dateline (``CITY, Region (AP) —``), about 700
words in paragraphs, direct quotes with their speakers in the ways wire copy
attributes them (``“...,” Name said.``, ``said Name, a role``, ``Name said,
“...”``), reported speech, an ``according to`` line, now and then a long
quote continued into the next paragraph, and a contributor line at the end.
People, organisations and places are drawn from pools large enough that the
warehouse sees many entities, some recurring across stories (as real news
does). Generation is deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

FIRST = (
    "Ana Ben Carla Dmitri Elena Farid Grace Hector Imani Jonah Keiko Luis Maya Nadia Omar Priya Quinn Rosa "
    "Samuel Tamara Umar Vera Walter Xiomara Yusuf Zoe Abigail Bruno Chidi Delia Emeka Fiona Gustavo Hana Ivan "
    "Julia Kwame Lena Marco Noor Oscar Paulina Rafael Sofia Tomas Ursula Victor Wendy Yara Zane Alicia Boris "
    "Camila Dorothy Esteban Frances Gideon Helena Isaac Josefina Kenji Leticia Martin Nia Otto Pilar Reuben "
    "Selma Theo Valeria Wesley Amara Bernard Cecilia Diego Eleanor Felix Gloria Harold Ines Jasper"
).split()
LAST = (
    "Abernathy Bakshi Calloway Dominguez Eriksen Fairbanks Gallardo Haddad Ibarra Jablonski Kowalczyk Lindqvist "
    "Mbeki Nakamura Okafor Pellegrini Quintero Rasmussen Szabo Takahashi Underwood Valdivia Whitcombe Xu Yilmaz "
    "Zielinski Achebe Brennan Castellanos Delacroix Esposito Fitzgerald Gutierrez Holloway Iwasaki Jensen Kaur "
    "Lombardi Moreau Novak Oyelaran Petrov Ramirez Sandoval Thibodeaux Ulrich Vasquez Wojcik Yamada Zamora "
    "Albrecht Bellamy Carrington Dunmore Ellison Ferreira Grimaldi Hartley Iverson Jovanovic Kessler Lacroix "
    "Maldonado Nørgaard Ostrowski Prescott Ruiz Sorensen Tremblay Vance Whitaker Adeyemi Birkett Cordova "
    "Drummond Espinoza Falk Goldberg Halvorsen Ingram Kingsley Larkin Montague Navarro Ortega Pruitt Reyes"
).split()
PLACES = (
    ("DENVER", "Colo.", "Denver"), ("PHOENIX", "Ariz.", "Phoenix"), ("BOSTON", "Mass.", "Boston"),
    ("ATLANTA", "Ga.", "Atlanta"), ("SEATTLE", "Wash.", "Seattle"), ("HOUSTON", "Texas", "Houston"),
    ("CHICAGO", "Ill.", "Chicago"), ("MIAMI", "Fla.", "Miami"), ("DETROIT", "Mich.", "Detroit"),
    ("ALBUQUERQUE", "N.M.", "Albuquerque"), ("SACRAMENTO", "Calif.", "Sacramento"), ("RALEIGH", "N.C.", "Raleigh"),
    ("MILWAUKEE", "Wis.", "Milwaukee"), ("ST. LOUIS", "Mo.", "St. Louis"), ("NEW ORLEANS", "La.", "New Orleans"),
    ("PORTLAND", "Ore.", "Portland"), ("BALTIMORE", "Md.", "Baltimore"), ("NASHVILLE", "Tenn.", "Nashville"),
    ("GENEVA", "", "Geneva"), ("NAIROBI", "Kenya", "Nairobi"), ("BERLIN", "", "Berlin"), ("SEOUL", "South Korea", "Seoul"),
    ("MEXICO CITY", "", "Mexico City"), ("CAIRO", "", "Cairo"), ("LISBON", "Portugal", "Lisbon"),
    ("MANILA", "Philippines", "Manila"), ("TORONTO", "", "Toronto"), ("BOGOTA", "Colombia", "Bogota"),
    ("UNITED NATIONS", "", "New York"), ("WASHINGTON", "", "Washington"),
)
ORG_HEADS = (
    "Front Range", "Harbor Point", "Great Lakes", "Pacific Coast", "Sun Valley", "Redwood", "Bluewater",
    "Prairie State", "Northgate", "Summit", "Lakeshore", "Riverside", "Cascade", "Keystone", "Silver Creek",
    "Atlas", "Meridian", "Granite", "Horizon", "Liberty",
)
ORG_TAILS = (
    "Transit District", "Water Authority", "Health System", "Teachers Union", "Chamber of Commerce",
    "Housing Coalition", "Energy Cooperative", "School Board", "Port Authority", "Steel Works",
    "Farm Bureau", "Nurses Association", "Airport Commission", "Police Department", "Fire District",
    "Tenants Council", "Manufacturing Co.", "Community College", "Hospital Group", "Parks Foundation",
)
ROLES = (
    "chair", "spokesperson", "executive director", "president", "general manager", "chief financial officer",
    "board member", "organizer", "senior analyst", "union steward", "city council member", "researcher",
)
DESCRIPTIONS = (
    "a retired bus driver", "a nurse who has worked there for 14 years", "a parent of two", "a small-business owner",
    "a longtime resident", "an economist who studies the region", "a college student", "a volunteer firefighter",
)
TOPICS = (
    ("fare increase", "fares", "riders"), ("budget shortfall", "the budget", "taxpayers"),
    ("contract talks", "the contract", "workers"), ("water restrictions", "water use", "households"),
    ("hospital merger", "the merger", "patients"), ("school closures", "the closures", "families"),
    ("wildfire recovery plan", "the recovery plan", "homeowners"), ("housing levy", "the levy", "renters"),
    ("plant expansion", "the expansion", "neighbors"), ("flood barrier project", "the barrier", "businesses"),
)
VERBS = ("said", "said", "said", "told reporters", "added", "argued", "warned", "noted", "insisted", "explained")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SECTIONS = ("U.S.", "World", "Business", "Politics", "Health", "Climate", "Local government")
REPORTERS = ("Tom Reyes", "Marco Bellandi", "Lydia Kersh", "Henrik Falk", "Elena Marquez", "Gus Halloran")

# Quote contents: short spoken sentences; {thing} and {group} come from the topic.
QUOTE_LINES = (
    "We are not going to rush a decision on {thing} when {group} are telling us they cannot keep up",
    "Nobody in this room wanted to be here tonight, but the numbers are the numbers",
    "I have lived here for thirty years and I have never seen it this bad",
    "If we wait another year, the cost of fixing this will double",
    "We heard every word people said, and we are going to come back with something better",
    "This is about whether {group} can afford to stay in the place they call home",
    "The plan on the table does not add up, and everyone here knows it",
    "We have done our homework on {thing}, and we are ready to defend it",
    "It is a hard choice, but doing nothing is also a choice",
    "People should not have to choose between paying rent and paying for medicine",
    "I think we owe {group} a straight answer by the end of the month",
    "There is money to do this right if the state does its part",
    "My job is to make sure the lights stay on and the buses keep running",
    "You cannot fix a problem this big with a press release",
    "We will keep talking as long as the other side keeps showing up",
    "The data are clear, even if the politics are not",
)
REPORTED_LINES = (
    "the agency had underestimated how many {group} would be affected by {thing}",
    "talks would resume next week and that both sides had agreed to keep details private",
    "the proposal would be revised before the next public hearing",
    "the district expected to cover the gap from reserves for at least three months",
    "federal money for {thing} was likely to arrive later than planned",
    "inspectors had found no evidence of wrongdoing but would continue to review the records",
    "the committee planned to hold two more public meetings before a final vote",
    "the cost estimate had grown by about a third since the spring",
)
BACKGROUND_LINES = (
    "The {org} says {thing} would bring in about ${m} million a year, roughly the gap it faces next year as one-time relief money runs out.",
    "More than {k} people attended a hearing that stretched past midnight, and dozens more signed up to speak but left before their turn came.",
    "Similar debates have played out in at least {s} other cities this year, according to a survey by a national association of local governments.",
    "The {org} has not raised {short} since {y}, and officials have cut service twice in that time to balance the books.",
    "Critics point out that administrative costs at the {org} have grown {p}% since {y}, while the number of people it serves has fallen.",
    "Under the proposal, {short} would change in two steps, the first in January and the second a year later.",
    "The vote was {a}-{b}, with two members absent and one abstaining after saying she needed more time to read the final draft.",
    "State law requires the {org} to publish a full financial review before any change to {short} takes effect.",
    "A consultant hired last year recommended a smaller change phased in over three years, but the board never took up that plan.",
    "Ridership, enrollment and revenue figures released this month remain about {p}% below their 2019 levels.",
    "The region's population grew by roughly {k} residents last year, the fastest pace in more than a decade.",
    "Supporters of the plan say it is the only way to keep services running without deeper cuts later.",
)


@dataclass(frozen=True)
class CorpusStats:
    directory: Path
    versions: int  # files written: what the pipeline processes as items
    stories: int  # distinct guids
    extra_versions: int  # versions beyond a story's first
    words: int  # whitespace-separated words in the story texts
    day: date

    @property
    def nightly_end(self) -> datetime:
        """End of the newswire_nightly interval that covers ``day``."""
        return datetime.combine(self.day + timedelta(days=1), time(2), timezone.utc)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _org(rng: random.Random) -> str:
    return f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"


def _fill(template: str, rng: random.Random, topic: tuple[str, str, str], org: str) -> str:
    return template.format(
        thing=topic[0], short=topic[1], group=topic[2], org=org, m=rng.randint(3, 90), k=rng.randint(120, 900),
        s=rng.randint(3, 12), y=rng.choice((2009, 2012, 2015, 2017, 2019)), p=rng.randint(8, 45),
        a=rng.randint(5, 9), b=rng.randint(1, 4),
    )


def _quote_paragraph(rng: random.Random, speaker: tuple[str, str, str], topic, org: str, first_mention: bool) -> str:
    name, intro, title = speaker  # title: 'Harbor Point Water Authority chair' (empty for a description)
    line, second = (_fill(t, rng, topic, org) for t in rng.sample(QUOTE_LINES, 2))
    last = name.split()[-1]
    verb = rng.choice(VERBS)
    form = rng.randrange(5)
    if first_mention:
        if form in (0, 1):
            return f"“{line},” said {name}, {intro}."
        if form == 2 and title:
            return f"“{line},” {title} {name} {verb}. “{second}.”"
        return f"{name}, {intro}, {verb}: “{line}.”"
    if form == 0:
        return f"“{line},” {last} {verb}."
    if form == 1:
        return f"“{line},” {last} {verb}. “{second}.”"
    if form == 2:
        return f"{last} {verb}, “{line}.”"
    if form == 3:
        return f"“{line},” {last} {verb}, “and {second[0].lower() + second[1:]}.”"
    return f"“{line},” {last} {verb}."


def story_text(rng: random.Random, target_words: int = 700) -> tuple[str, dict]:
    """One wire story's text (paragraphs separated by newlines) and its metadata."""
    city, region, city_name = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    org, other_org = _org(rng), _org(rng)
    people = []  # (name, appositive, prenominal title)
    for _ in range(rng.randint(3, 5)):
        role, where = rng.choice(ROLES), rng.choice((org, other_org))
        people.append((_person(rng), f"{role} of the {where}", f"{where} {role}"))
    people += [(_person(rng), rng.choice(DESCRIPTIONS), "") for _ in range(rng.randint(1, 2))]
    rng.shuffle(people)
    dateline = f"{city}, {region} (AP) —" if region else f"{city} (AP) —"
    day = rng.choice(DAYS)
    paragraphs = [
        f"{dateline} The {org} delayed a decision on a {topic[0]} on {day}, after {topic[2]} packed a hearing that ran "
        f"for hours and several officials said they wanted more time to study alternatives before voting."
    ]
    mentioned: set[str] = set()
    words = len(paragraphs[0].split())
    kinds = ["quote", "background", "reported", "quote", "background", "according", "quote", "background"]
    i = 0
    while words < target_words - 25:
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds + ["long_quote"] * (i % 7 == 3))
        person = people[i % len(people)]
        speaker, intro = person[0], person[1]
        i += 1
        if kind == "quote":
            text = _quote_paragraph(rng, person, topic, org, speaker not in mentioned)
            mentioned.add(speaker)
        elif kind == "long_quote" and speaker in mentioned:
            # Wire style: an opened quote runs on into the next paragraph.
            last = speaker.split()[-1]
            first_part = _fill(rng.choice(QUOTE_LINES), rng, topic, org)
            more = _fill(rng.choice(QUOTE_LINES), rng, topic, org)
            paragraphs.append(f"“{first_part},” {last} said. “{more}.")
            text = f"“{_fill(rng.choice(QUOTE_LINES), rng, topic, org)}.”"
            words += len(paragraphs[-1].split())
        elif kind == "reported":
            name = speaker if speaker not in mentioned else speaker.split()[-1]
            text = f"{name}, {intro}, said {_fill(rng.choice(REPORTED_LINES), rng, topic, org)}." if speaker not in mentioned \
                else f"{name} said {_fill(rng.choice(REPORTED_LINES), rng, topic, org)}."
            mentioned.add(speaker)
        elif kind == "according":
            text = f"According to {speaker}, {intro}, {_fill(rng.choice(REPORTED_LINES), rng, topic, org)}."
            mentioned.add(speaker)
        else:
            text = _fill(rng.choice(BACKGROUND_LINES), rng, topic, org)
        paragraphs.append(text)
        words += len(text.split())
    reporter = rng.choice(REPORTERS)
    paragraphs.append(f"Associated Press writer {reporter} in {rng.choice(PLACES)[2]} contributed to this report.")
    meta = {"city": city_name, "org": org, "topic": topic, "people": [p[0] for p in people]}
    return "\n".join(paragraphs), meta


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _render(guid: str, slug: str, version: int, published: datetime, updated: datetime, headline: str,
            byline: str, section: str, keywords: str, text: str) -> str:
    return (
        f"guid: {guid}\nslug: {slug}\nversion: {version}\npublished: {published.isoformat()}\n"
        f"updated: {updated.isoformat()}\nheadline: {headline}\nbyline: {byline}\nsection: {section}\n"
        f"keywords: {keywords}\n---\n{text}\n"
    )


def generate_corpus(directory: Path | str, n: int, day: date = date(2025, 3, 3), seed: int = 7,
                    prefix: str = "bench", version_share: float = 0.1, words: int = 700) -> CorpusStats:
    """Write ``n`` story versions (``*.story``) moved on ``day`` into ``directory``.

    About ``version_share`` of the files are later versions of earlier stories
    (a few of them third versions). ``prefix`` goes into guids and slugs, so
    corpora of different sizes are different stories. ``words``: about how
    long each story is."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.story"):
        old.unlink()
    rng = random.Random(f"{seed}-{n}-{prefix}")
    start = datetime.combine(day, time(3), timezone.utc)
    span = timedelta(hours=14)  # 03:00 .. 17:00; a v2 and v3 follow within 3 hours each (before 23:00)
    written = total_words = extra = 0
    originals: list[dict] = []
    guids = set()
    index = 0
    while written < n:
        open_stories = [o for o in originals[-200:] if o["version"] < 3]
        if open_stories and written >= min(10, max(1, n // 5)) and rng.random() < version_share:
            base = rng.choice(open_stories)
            version = base["version"] + 1
            updated = base["updated"] + timedelta(minutes=rng.randint(20, 60 * 3))
            added = _fill(rng.choice(BACKGROUND_LINES), rng, base["meta"]["topic"], base["meta"]["org"])
            paras = base["text"].split("\n")
            text = "\n".join(paras[:-1] + [added] + paras[-1:])
            headline = base["headline"] + (", officials say" if version == 2 else " as talks continue")
            base.update(version=version, updated=updated, text=text, headline=headline)  # a v3 builds on v2
            record = base
            name = f"{base['slug']}-v{version}.story"
            extra += 1
        else:
            text, meta = story_text(rng, words)
            published = start + timedelta(seconds=rng.randrange(int(span.total_seconds())))
            slug = f"{prefix}-{index:05d}-{_slugify(meta['city'] + ' ' + meta['topic'][0])}"
            headline = f"{meta['org']} delays {meta['topic'][0]} decision after {meta['topic'][2]} pack hearing in {meta['city']}"
            record = {
                "guid": f"urn:newswire:story:{slug}", "slug": slug, "version": 1, "published": published,
                "updated": published, "headline": headline, "byline": f"By {_person(rng)}",
                "section": rng.choice(SECTIONS), "keywords": f"{meta['topic'][1]}, {meta['city']}",
                "text": text, "meta": meta,
            }
            originals.append(record)
            guids.add(record["guid"])
            name = f"{slug}.story"
            index += 1
        (directory / name).write_text(
            _render(record["guid"], record["slug"], record["version"], record["published"], record["updated"],
                    record["headline"], record["byline"], record["section"], record["keywords"], record["text"]),
            encoding="utf-8",
        )
        written += 1
        total_words += len(record["text"].split())
    return CorpusStats(directory, written, len(guids), extra, total_words, day)
