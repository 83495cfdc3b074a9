guid: urn:newswire:story:2024-08-22-new-orleans-floodwall-funding
slug: new-orleans-floodwall-funding
version: 1
published: 2024-08-22T19:20:00+00:00
updated: 2024-08-22T19:20:00+00:00
headline: New Orleans flood board warns of $300 million gap for aging floodwalls
byline: By Celeste Broussard
section: US News
keywords: flooding, infrastructure, New Orleans, Louisiana, hurricanes
---
NEW ORLEANS (AP) — The board that maintains many of the floodwalls and pumps protecting New Orleans said Thursday that it faces a shortfall of about $300 million over the next decade for repairs, and warned that some structures built after Hurricane Katrina are already wearing out faster than expected.
The Crescent City Flood Protection Commission released an engineering review that found corrosion on steel sheet piling at several sites and worn seals on more than a dozen floodgates that must be closed by hand when a storm approaches.
“None of this means the system would fail tomorrow,” said the commission’s executive director, Raymond Thibodeaux. “It means we built a very expensive machine and did not set aside enough money to take care of it.”
Thibodeaux said the commission’s budget relies largely on local property taxes that have not kept pace with construction costs. He said the board would ask voters next spring to approve a tax increase, the first in more than 15 years.
The review estimated that the most urgent repairs, including replacing seals and repainting steel in the most exposed locations, would cost about $45 million over three years.
Commission board member Simone Batiste argued that the state and federal governments, which paid for most of the original construction, should share the cost of maintaining it.
“We didn’t build this to protect New Orleans alone. It protects refineries, ports and highways that the whole country depends on,” Batiste said. “The whole country can help keep it standing.”
Some residents said they were alarmed by the report, released with hurricane season nearing its peak.
“They told us after the storm that we’d never have to worry like that again,” said Marcel Landry, 63, who rebuilt his home in the Gentilly neighborhood. “Now they’re saying the wall needs paint and they can’t afford the paint.”
Engineers not involved in the review said maintenance gaps are common in flood systems around the country. Priya Venkataraman, a civil engineer who studies levee systems, noted that communities often celebrate new construction but struggle to pay for upkeep.
“Ribbon cuttings are free. Maintenance budgets are not,” she said.
The commission said it would hold public meetings in September to explain the findings.
