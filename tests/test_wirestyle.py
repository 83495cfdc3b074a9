"""Datelines, contributor lines, page headers and page furniture: metadata found with offsets."""

import pytest

from newswire.clean.wirestyle import (
    find_contributor_line,
    find_dateline,
    find_headings,
    find_page_furniture,
    find_page_header,
    find_photo_captions,
    find_promo_lines,
)


@pytest.mark.parametrize("text, place, agency", [
    ("BUELLTON, Calif. — The White House said", "BUELLTON, Calif.", None),
    ("GAZA CITY (AP) — Hamas said", "GAZA CITY", "AP"),
    ("UNITED NATIONS (AP) — The council", "UNITED NATIONS", "AP"),
    ("ST. PAUL, Minn. (AP) — Nurses", "ST. PAUL, Minn.", "AP"),
    ("PORTLAND, Ore. -- Clinics", "PORTLAND, Ore.", None),
    ("OTTAWA, Nov 18 (Reuters) - Canada will impose tariffs", "OTTAWA", "Reuters"),
    ("WASHINGTON, Sept. 3 (Reuters) - The Fed", "WASHINGTON", "Reuters"),
    ("ĀDAŽI, Latvia — Canada’s defence minister says", "ĀDAŽI, Latvia", None),  # capitals with accents
    ("MONTRÉAL — Hydro-Québec said", "MONTRÉAL", None),
    ("SAINT-LÉONARD, Québec — Residents", "SAINT-LÉONARD, Québec", None),
])
def test_datelines(text, place, agency):
    d = find_dateline(text)
    assert (d.place, d.agency) == (place, agency)
    assert text[d.end:].split()[0][0].isupper()  # the body starts right after


@pytest.mark.parametrize("text", ["The man — who said nothing — left.", "Harvest Lane Foods said Tuesday", "A — b", "Ādaži is — as the minister put it — ready."])
def test_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("line, names", [
    ("Frankel reported from Jerusalem and Ellen Knickmeyer in Washington. Abby Sewell in Beirut contributed reporting.",
     ("Frankel", "Ellen Knickmeyer", "Abby Sewell")),
    ("Associated Press writer Tom Reyes in St. Louis, Mo., contributed to this report.", ("Tom Reyes",)),
    ("Lee reported from Seoul. Aoyama reported from Tokyo.", ("Lee", "Aoyama")),
    ("Writer Jana Vogel in Hamburg, Germany, contributed.", ("Jana Vogel",)),
])
def test_contributor_lines(line, names):
    text = "First paragraph, “with a quote,” she said.\n" + line
    c = find_contributor_line(text)
    assert c.names == names and text[c.start:c.end] == line


def test_a_quote_paragraph_is_not_a_contributor_line():
    assert find_contributor_line("Intro.\n“We contributed reporting to nobody,” she said.") is None


@pytest.mark.parametrize("line, names", [
    ("(Reporting by Jane Doe; Editing by John Roe)", ("Jane Doe", "John Roe")),
    ("(Reporting by Andreas Rinke in Berlin; Writing by Paul Carrel; Editing by Alison Williams)",
     ("Andreas Rinke", "Paul Carrel", "Alison Williams")),
    ("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by Nick Zieminski",
     ("Rodrigo Campos", "Stephanie Kelly", "Saqib Iqbal Ahmed", "Nick Zieminski")),
    ("(Reporting by Greg Roumeliotis, Koh Gui Qing, with reporting by Megan Davies, editing by Bill Rigby)",
     ("Greg Roumeliotis", "Koh Gui Qing", "Megan Davies", "Bill Rigby")),
    ("(Compiled by Tom Hals)", ("Tom Hals",)),
])
def test_agency_credit_lines_are_contributor_lines(line, names):
    text = "First paragraph, “with a quote,” she said.\n" + line
    c = find_contributor_line(text)
    assert c is not None and c.names == names and text[c.start:c.end] == line


@pytest.mark.parametrize("notice", ["© Reuters", "Copyright 2019 The Associated Press. All rights reserved.", "(c) 2019 Reuters\n\n© Reuters"])
def test_credit_line_above_a_copyright_notice(notice):
    line = "(Reporting by Will Dunham; Editing by Tom Brown)"
    text = "First paragraph, “with a quote,” she said.\n\n" + line + "\n\n" + notice
    c = find_contributor_line(text)
    assert c is not None and c.names == ("Will Dunham", "Tom Brown") and text[c.start:c.end] == line


@pytest.mark.parametrize("line", [
    "This story has been corrected to show that Abby Sewell contributed reporting from Beirut, not Amman.",
    "This story was corrected to show that Tom Reyes in St. Louis contributed to this report.",
    "Correction: An earlier version of this story misstated where Jana Vogel contributed from.",
    "CORRECTION: Jane Doe contributed reporting from Paris, not Lyon.",
    "Editor’s Note: Ellen Knickmeyer in Washington contributed to this report after it was first published.",
    "An earlier version of this story said Lee reported from Seoul. He reported from Busan.",
    "Clarification: This story has been updated to show that Aoyama contributed reporting.",
])
def test_correction_notes_are_not_contributor_lines(line):
    assert find_contributor_line("First paragraph.\n" + line) is None


@pytest.mark.parametrize("line", [
    "The findings were based on reporting by the Times and two local papers.",
    "Investigative reporting by students at the college first exposed the scheme.",
])
def test_reporting_by_inside_a_sentence_is_body_text(line):
    assert find_contributor_line("First paragraph.\n" + line) is None


def test_credit_line_is_split_off_by_the_clean_step():
    from newswire.clean.model import build_article

    article = build_article(headline="Markets rally", paragraphs=[
        "NEW YORK (Reuters) - Stocks rose on Monday as investors bet on lower interest rates this year.",
        "The S&P 500 gained 1.2%, its biggest one-day rise in a month.",
        "(Reporting by Jane Doe; Editing by John Roe)",
    ])
    assert article.dateline == "NEW YORK"
    assert article.contributors_line == "(Reporting by Jane Doe; Editing by John Roe)"
    assert article.contributors == ("Jane Doe", "John Roe")
    assert article.paragraphs[-1] == "The S&P 500 gained 1.2%, its biggest one-day rise in a month."


@pytest.mark.parametrize("line", [
    "READ MORE: Calgary contractor pleads guilty to defrauding seniors",
    "WATCH: Health minister says more pharmacare deals are close",
    "WATCH | Mississauga's mayor says the province is leaving cities to pay:",
    "RELATED: Province warns of hot, dry conditions",
    "Click to play video: 'Manitoba says more school buses are on the way'",
])
def test_promo_lines_are_found_whole(line):
    text = f"The fire grew overnight.\n\n{line}\n\nCrews said it was contained."
    assert [text[a:b] for a, b in find_promo_lines(text)] == [line]


def test_a_sentence_in_capitals_is_no_promo_line():
    assert find_promo_lines("NEW DELHI: Their American dream shattered, 150 Indians were deported.") == []


def test_photo_captions_and_their_credits_glued_to_the_caption():
    text = ("The clinic closed.\n\nOpen this photo in gallery:\nHealth Minister Donna McAllister at Brampton Civic Hospital "
            "on Monday.Chris Dunleavy/The Globe and Mail\n\nThe mural was spray-painted overnight. Jorge Castellanos/Toronto Star"
            "\n\n“We are tired,” she said.")
    assert [text[c:d].strip() for _, (c, d) in find_photo_captions(text)] == [
        "Chris Dunleavy/The Globe and Mail", "Jorge Castellanos/Toronto Star"]
    accented = "The bill passed.\n\nThe minister in Surrey, B.C., on Wednesday.Étienne Lavoie/The Canadian Press\n\nMore."
    assert [accented[c:d] for _, (c, d) in find_photo_captions(accented)] == ["Étienne Lavoie/The Canadian Press"]
    assert [text[a:b] for a, b in find_page_furniture(text)] == ["Open this photo in gallery:"]


@pytest.mark.parametrize("caption, credit", [
    ("Dr. Fiona MacKenzie says rural doctors are burning out. (Tessa Whalen/CBC)", "(Tessa Whalen/CBC)"),
    ("Housing Minister Ravi Sandhu. Photo by Dana Fielding/The Canadian Press", "Photo by Dana Fielding/The Canadian Press"),
])
def test_photo_captions_and_their_credits(caption, credit):
    text = f"The clinic closed.\n\n{caption}\n\n“We are tired,” she said. (She was named.)"
    [((a, b), (c, d))] = find_photo_captions(text)
    assert (text[a:b], text[c:d]) == (caption, credit)


@pytest.mark.parametrize("line, names", [
    ("— With files from Global News' Daniel Okoro", ("Daniel Okoro",)),
    ("With files from The Canadian Press and Reuters", ("The Canadian Press", "Reuters")),
    ("— With files from Andrés Villanueva in Vancouver", ("Andrés Villanueva",)),  # where the reporter filed from
])
def test_with_files_from_is_a_contributor_line(line, names):
    text = f"The river is low.\n\n{line}"
    found = find_contributor_line(text)
    assert (text[found.start:found.end], found.names) == (line, names)


@pytest.mark.parametrize("trailer", [
    "ABOUT THE AUTHOR\n\nTess Olafson is a reporter with CBC Saskatoon. You can reach her at tess.olafson@cbc.ca.",
    "RELATED STORIES\n\nFerry service cut to two sailings a day\n\nPort says dredging will wait until spring",
])
def test_with_files_from_above_the_page_s_trailer(trailer):
    text = f"The river is low, the mayor said.\n\nWith files from Kamal Benoit\n\n{trailer}"
    found = find_contributor_line(text)
    assert (text[found.start:found.end], found.names) == ("With files from Kamal Benoit", ("Kamal Benoit",))


def test_the_contributor_line_above_the_canadian_press_s_first_published_line():
    text = ("The river is low.\n\n— With files from Andrés Villanueva\n\n"
            "This report by The Canadian Press was first published Aug. 13, 2026.")
    assert find_contributor_line(text).names == ("Andrés Villanueva",)


_BODY = "\n\nThe city said on Monday that the line would reopen, and riders said they were tired of waiting."


def test_a_section_label_above_the_headline_is_no_part_of_the_story():
    text = ("Local News\n\nTrail to close for repairs\n\nAuthor of the article:\n\nNoor Haddadi\n\n"
            "Published Jun 02, 2025  •  3 minute read" + _BODY)
    header = find_page_header(text)
    assert text[header.section[0]:header.section[1]] == "Local News" and header.names == ("Noor Haddadi",)


@pytest.mark.parametrize("header, names", [
    pytest.param("Ontario pledges $68M for hospital beds\n\nHospital leaders say the money helps\n\n"
                 "Mira Castellano · CBC News · Posted: Oct 29, 2019 4:00 AM ET | Last Updated: October 29, 2019",
                 ("Mira Castellano",), id="cbc"),
    pytest.param("Parkdale tenants say their landlord wants them out\n\nBy Aisha Delacroix Staff Reporter\n\nTues., Feb. 11, 2020",
                 ("Aisha Delacroix",), id="star"),
    pytest.param("Store chain to close 22 stores\n\nMARTA LINDQVIST\n\nRETAIL REPORTER\n\nPUBLISHED FEBRUARY 21, 2019",
                 ("Marta Lindqvist",), id="globe"),
    pytest.param("Measles cases climb to 7\n\nMost of the cases are kids under 10.\n\nBy Jessica Tremblay-Okoro\n\n"
                 "03/06/2019 17:25 EST | Updated 03/06/2019 18:02 EST", ("Jessica Tremblay-Okoro",), id="huffpost-deck-sentence"),
    pytest.param("Councillors demand answers\n\nPublished Wednesday, October 9, 2019 6:12PM EDT", (), id="time-stamp-only"),
    pytest.param("B.C. shelves school funding overhaul\n\nJesse Farrow\n\nFebruary 28, 2019", ("Jesse Farrow",), id="name-above-date"),
    pytest.param("Riders rout Bombers\n\nBy Dana Whitcombe and Li Wei · Global News", ("Dana Whitcombe", "Li Wei"), id="two-reporters"),
    pytest.param("Grocer's profit jumps 18%\n\nMarina Kostova Retail Reporter Toronto\n\nPublished November 13, 2024",
                 ("Marina Kostova",), id="name-and-beat-on-one-line"),
    pytest.param("Premier calls offer fair\n\nAuthor of the article: Daniel Hartwick\n\nPublished Mar 03, 2025  •  4 minute read",
                 ("Daniel Hartwick",), id="national-post"),
    pytest.param("City News\n\nTrail to close for repairs\n\nThe work will take two summers\n\nAuthor of the article:\n\n"
                 "Noor Haddadi\n\nPublished Jun 02, 2025  •  3 minute read", ("Noor Haddadi",),
                 id="section-headline-deck-and-the-author-on-a-line-of-their-own"),
    pytest.param("Chain to close all 87 stores\n\nAuthor of the article: Reuters\n\n"
                 "Published Mar 10, 2026 • Last updated 3 hours ago • 3 minute read", ("Reuters",), id="time-stamp-with-bullets"),
    pytest.param("Hannah Schmidt\nCTV News Kitchener Videojournalist", ("Hannah Schmidt",), id="name-first-then-beat"),
    pytest.param("Marcus Delorme\nParliamentary reporter", ("Marcus Delorme",), id="name-first-then-beat-in-lower-case"),
    pytest.param("Owen Fehr, Winnipeg", ("Owen Fehr",), id="name-and-city-first"),
    pytest.param("Prairie Crest Energy to cut 600 jobs\nEmma Lindqvist\nCalgary\nPublished November 7, 2024\n"
                 "Updated November 7, 2024", ("Emma Lindqvist",), id="globe-name-city-time-stamp"),
    pytest.param("Priyanka Deshmukh, Economics reporter", ("Priyanka Deshmukh",), id="name-and-beat-first"),
    pytest.param("Mahnoor Qureshi, CTV News Toronto Multi-Platform Writer", ("Mahnoor Qureshi",), id="name-and-outlet-first"),
    pytest.param("Ottawa projects smaller deficit\n\nEconomists question whether the savings are real\n\n"
                 "Marcus Hale and Priya Venkataraman Ottawa\n\nPublished November 4, 2025 Updated November 4, 2025",
                 ("Marcus Hale", "Priya Venkataraman"), id="globe-two-names-and-a-city-above-the-time-stamp"),
])
def test_page_headers(header, names):
    found = find_page_header(header + _BODY)
    assert (found.end, found.names) == (len(header), names)
    assert all((header + _BODY)[start:end].strip() for start, end in found.bylines)


@pytest.mark.parametrize("text", [
    pytest.param("OTTAWA — The Liberals said on Monday they would table the bill." + _BODY, id="a-dateline"),
    pytest.param("He was 84.\n\nHe died at home.\n\nHis family said he loved the game." + _BODY, id="short-paragraphs"),
    pytest.param("Ford said no.\n\nPublished reports in 2019 said the deal was close." + _BODY, id="published-reports"),
    pytest.param("Carney, Poilievre spar over budget" + _BODY, id="headline-with-a-comma"),
    pytest.param("Carney and Poilievre Spar Over Budget\n\nAnother Line Here\n\nThird Line" + _BODY, id="headline-with-an-and"),
    pytest.param("First line\n\nSecond line\n\nThird line\n\nFourth line\n\nBy Jane Doe" + _BODY, id="byline-too-far-down"),
])
def test_no_page_header(text):
    assert find_page_header(text) is None


def test_headings_are_short_paragraphs_that_do_not_end_like_sentences():
    text = ("Hydro-Québec says some customers could be in the dark until the weekend\n\n"
            "More than 380,000 customers were without power, the utility said.\n\n"
            "Experts warn of longer dry cycles\n\n"
            "“We sleep in shifts now,” Keeper said.\n\n"
            "Pankratz said the soil has a memory")
    found = [text[start:end] for start, end in find_headings(text)]
    assert found == ["Hydro-Québec says some customers could be in the dark until the weekend", "Experts warn of longer dry cycles"]


@pytest.mark.parametrize("byline,name", [
    pytest.param("By Nadia Haddad, The Canadian Press", "Nadia Haddad", id="by-name-comma-agency"),
    pytest.param("Miriam Castellanos, CTV News Toronto Multi-Platform Writer", "Miriam Castellanos", id="name-comma-outlet-role"),
    pytest.param("Jacqueline Tremblay, Business reporter", "Jacqueline Tremblay", id="name-comma-beat"),
    pytest.param("By Olivia Marchetti Culture Reporter", "Olivia Marchetti", id="by-name-beat"),
    pytest.param("Christian Fortin • Montreal Gazette", "Christian Fortin", id="name-bullet-outlet"),
])
def test_bylines_under_a_headline_name_the_reporter(byline, name):
    text = f"Ottawa to spend $1.5B on factory-built homes\n\n{byline}\n\nOTTAWA — The federal government is putting $1.5 billion into homes."
    header = find_page_header(text)
    assert header is not None and header.names == (name,)


def test_a_first_paragraph_with_a_name_and_a_comma_is_no_byline():
    text = "Maria Lopez, a nurse in Thunder Bay, said the ER closed twice this week.\n\nThe hospital said staffing was short."
    assert find_page_header(text) is None


def test_a_speaker_who_spoke_to_an_outlet_is_no_byline():
    text = ("The province will fund 40 beds.\n\nA nurse said she has cared for patients in a lounge.\n\n"
            "Kelly-Ann Brisbois, who spoke to CBC News on her break, said staff are “running on fumes.”")
    assert find_page_header(text) is None


def test_a_byline_opening_the_text_names_the_reporter_and_the_dateline_follows():
    text = "By Jenna Morrow, The Canadian Press\n\nTORONTO — Simone Arcand says she almost turned down the role."
    header = find_page_header(text)
    assert header is not None and header.names == ("Jenna Morrow",)
    assert find_dateline(text, header.end).place == "TORONTO"


def test_a_dateline_after_page_furniture():
    text = ("Chain to close all 87 stores\n\nAuthor of the article: Reuters\n\nPublished Mar 10, 2026 • 3 minute read\n\n"
            "Join the conversation\n\nTORONTO — Maplewood & Pine Home Inc. said on Tuesday it would close.")
    assert find_dateline(text, find_page_header(text).end).place == "TORONTO"


def test_page_furniture_is_found_line_by_line():
    text = ("The company said sales fell.\n\nStory continues below\n\nThis advertisement has not loaded yet, but your article "
            "continues below.\n\nStory continues below advertisement, the analyst said, is a phrase.\n\nArticle content")
    assert [text[a:b] for a, b in find_page_furniture(text)] == [
        "Story continues below", "This advertisement has not loaded yet, but your article continues below.", "Article content"]


def test_a_beat_line_under_the_byline_is_masked_with_it():
    text = ("Dozens displaced after fire\n\nReta Ismail\nCTV News London Videojournalist\n"
            "Published Saturday, October 18, 2025 2:14PM EDT" + _BODY)
    header = find_page_header(text)
    assert [text[a:b] for a, b in header.bylines] == ["Reta Ismail", "CTV News London Videojournalist"]


def test_a_photo_credit_on_a_line_of_its_own_closes_the_caption_above_it():
    caption = "Toronto Police Service headquarters. An audit released Thursday found racial disparities persisted."
    text = f"The audit was released.\n\n{caption}\n\nDaniel Rourke/Toronto Star\n\nThe report also found gaps."
    [((a, b), (c, d))] = find_photo_captions(text)
    assert text[c:d] == "Daniel Rourke/Toronto Star"
    assert text[a:b] == f"{caption}\n\nDaniel Rourke/Toronto Star"
    long_paragraph = " ".join(["The audit found that searches fell sharply across the city last year."] * 6)
    text = f"{long_paragraph}\n\nDaniel Rourke/Toronto Star\n\nMore."
    [((a, _), _)] = find_photo_captions(text)
    assert text[a:].startswith("Daniel Rourke")  # a long paragraph above is the story, not a caption
