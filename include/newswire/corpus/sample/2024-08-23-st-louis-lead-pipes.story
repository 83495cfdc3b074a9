guid: urn:newswire:story:2024-08-23-st-louis-lead-pipes
slug: st-louis-lead-pipes
version: 1
published: 2024-08-23T20:20:00+00:00
updated: 2024-08-23T20:20:00+00:00
headline: St. Louis says it has found 18,000 more lead water lines than it expected
byline: By Jalen Mosby
section: Health
keywords: lead, drinking water, St. Louis, infrastructure
---
ST. LOUIS (AP) — St. Louis has found about 18,000 more lead service lines than it previously estimated, city officials said Friday, raising the expected cost of replacing the pipes that connect homes to water mains by as much as $200 million.
The city now counts about 48,000 lead lines, most of them in homes built before 1950, according to an updated inventory the water division submitted to the state this week.
Water commissioner Pamela Greer said crews had found many of the additional lines by digging test holes at homes where records were missing or listed the pipe material as unknown.
“The paperwork was wrong a lot more often than anyone hoped,” Greer said. “Now we know what we’re dealing with, and that’s better than guessing.”
Greer said the city’s drinking water meets federal standards because it is treated to keep lead from leaching out of pipes. But she acknowledged that the treatment is not a permanent substitute for taking the lines out of the ground.
The city has replaced about 3,100 lead lines since 2022 with a mix of federal infrastructure money and water revenue. At that pace, finishing the job would take decades, a timeline that Greer conceded was “not acceptable.”
Community groups have pushed the city to move faster in neighborhoods on the north side, where many of the lead lines are concentrated. LaToya Simmons, who leads the North Side Water Justice Project, argued that the city should prioritize homes with young children and pregnant women.
“You know where the kids are. You know where the lead is. Start there,” Simmons said.
City officials said they would release a neighborhood-by-neighborhood replacement schedule in October. Greer said residents can already look up their addresses on the city’s website to see whether their homes are believed to have lead lines.
Resident Harold Jeffries, 71, said he learned last spring that his house in the city’s Walnut Park neighborhood had a lead line and has since used a filter on his kitchen tap.
“I’ve been drinking that water for 45 years,” he said. “I’d like them to dig it up while I’m still around to see it.”
Greer urged residents with lead lines to run their taps for a few minutes before drinking water that has been sitting in pipes overnight.
