guid: urn:newswire:story:2024-08-22-seattle-library-levy
slug: seattle-library-levy
version: 1
published: 2024-08-22T22:55:00+00:00
updated: 2024-08-22T22:55:00+00:00
headline: Seattle library levy heads to November ballot after council vote
byline: By Owen Takahashi
section: Local government
keywords: libraries, taxes, Seattle, elections
---
SEATTLE (AP) — Seattle voters will decide in November whether to pay higher property taxes to keep the city’s libraries open seven days a week, after the City Council voted 7-2 on Thursday to put a $290 million levy on the ballot.
The seven-year levy would replace one that expires next year. It would cost the owner of a median-priced home about $140 a year, roughly $45 more than the current levy, according to city estimates.
Library officials said the money would restore Sunday hours at 12 branches, expand a program that lends laptops and internet hot spots, and pay for seismic repairs at two older buildings.
“A library is the last place in this city where you can walk in, sit down, stay all day and nobody asks you to buy anything,” city librarian Theresa Kwan told the council. “We want to keep it that way.”
Kwan noted that visits to the city’s branches had returned to about 90% of their level before the pandemic, while checkouts of e-books had more than doubled.
Council member Gregory Voss, one of two members who voted no, argued that homeowners were already paying for several other levies and that the library should find savings before asking for more. Voss said he supports the libraries but called the increase “a bridge too far in a year when people are hurting.”
Supporters filled the council chambers wearing buttons that read “Open on Sunday.” Among them was Adaeze Nwosu, a high school senior who said she did most of her homework at a branch near her apartment because her family shares one computer.
“I got into college at that library,” Nwosu said. “I wrote my essays at the table by the window.”
A campaign committee, Friends of Seattle Branches, said it planned to raise about $400,000 to promote the measure.
Opponents have not formed an organized campaign, though a loose group of taxpayers calling itself the “Levy Fatigue” coalition has urged voters on social media to reject all new property tax measures this year.
Libraries have been a reliable winner with Seattle voters. Past library levies passed with more than 70% of the vote, according to election records.
