guid: urn:newswire:story:2024-08-19-st-paul-nurses-strike-vote
slug: st-paul-nurses-strike-vote
version: 1
published: 2024-08-19T21:40:00+00:00
updated: 2024-08-19T21:40:00+00:00
headline: Twin Cities nurses set strike authorization vote as staffing talks break down
byline: By Mei Tanaka and Erik Sundqvist
section: Business
caption: Nurses rally outside a hospital in St. Paul, Minn., on Monday, Aug. 19, 2024.
keywords: labor, nurses, health care, Minnesota
---
ST. PAUL, Minn. (AP) — Nurses at four Twin Cities hospitals run by Lakeland Health will vote next week on whether to authorize a strike, the Minnesota Allied Nurses Union said Monday, after five months of contract talks broke down over staffing levels.
The union, which represents about 5,200 nurses at the hospitals, has said for months that the system’s units are dangerously understaffed. Lakeland has rejected that, saying its nurse-to-patient ratios are better than the state average.
“We are not asking for raises first. We are asking for enough hands to keep people alive,” union president Deb Halvorsen told reporters outside Riverside Hospital, Lakeland’s flagship in St. Paul.
“Every nurse in that building has a story about the night they couldn’t get to a call light in time,” she said, “and every one of those stories is in our bargaining notes.”
Halvorsen warned that a strike, if approved, could begin as soon as mid-September. Minnesota law requires unions at health care facilities to give 10 days’ notice before walking off the job.
In a statement, Lakeland said it was “disappointed” that the union had chosen to “escalate rather than negotiate” and that it would keep all four hospitals open during any work stoppage by bringing in replacement nurses.
Grant Ekberg, a spokesman for the health system, acknowledged that hiring replacement staff would cost “several million dollars a week” but said patient care would not suffer.
A person close to the negotiations, who was not authorized to discuss them publicly and spoke on condition of anonymity, said the two sides were still about 8 percentage points apart on wages over three years, a gap both have played down in public.
Keisha Moore, an intensive care nurse at Riverside for 11 years, said she had never voted for a strike in her career but would this time.
“I love my patients. I love my unit,” Moore said. “But I cannot keep going home and lying awake wondering who I missed.”
The vote is scheduled for Aug. 27 and 28. Results are expected the following evening, the union said.
Associated Press writer Ross Albrecht in Minneapolis contributed to this report.
