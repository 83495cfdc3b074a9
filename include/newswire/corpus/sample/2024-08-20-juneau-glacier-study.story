guid: urn:newswire:story:2024-08-20-juneau-glacier-study
slug: juneau-glacier-study
version: 1
published: 2024-08-20T20:00:00+00:00
updated: 2024-08-20T20:00:00+00:00
headline: Study finds meltwater beneath an Alaska glacier is speeding its retreat
byline: By Marcus Holloway
section: Science
keywords: glaciers, climate, Alaska, science
---
JUNEAU, Alaska (AP) — A glacier north of Juneau lost more ice in the past five years than in the previous two decades combined, according to a study published Tuesday that used drones and buried sensors to measure melting from inside the ice.
Researchers from the Northern Ice Observatory, a research group based in Fairbanks, spent four summers on the Ravenwing Glacier, mapping its surface with drones and lowering temperature and pressure sensors into boreholes as deep as 180 meters (590 feet).
“What surprised us was not the surface melt. We expected that,” said glaciologist Ingrid Solberg, the study’s lead author. “What surprised us was how much water is moving underneath the glacier and how fast it is carrying heat to the bottom of the ice.”
Solberg explained that meltwater flowing beneath a glacier acts like a lubricant, letting the ice slide faster toward the sea, where it breaks off. On Ravenwing, the researchers found, the glacier’s lower tongue now moves about twice as fast in late summer as it did in 2019.
The study, published in the journal Polar Earth Science, estimates that the glacier lost about 1.1 cubic kilometers of ice between 2019 and 2023.
Outside scientists said the work was careful but cautioned against drawing broad conclusions from a single glacier. Martin Oduya, a geophysicist in Vancouver, British Columbia, who reviewed the paper for the journal, noted that neighboring glaciers often behave differently depending on their shape and the rock beneath them.
“It’s a beautiful data set. It’s one glacier,” Oduya said. “The next step is to see whether the same plumbing is speeding up its neighbors.”
For people in Juneau, the change is visible from the water. Tour boat captain Rhonda Beck, who has taken visitors up the inlet below Ravenwing since 2006, recalled that the glacier’s face once filled the head of the bay.
“Now you have to go around a whole new point of land to see it,” Beck said. “Every summer I have to change my speech.”
She added that visitors still gasp when the ice comes into view. “They just gasp at something smaller,” she said.
Solberg said the team plans to install more sensors next summer and to share its data with tour operators and with hunters who travel on the ice in winter.
“People here have watched this glacier their whole lives,” she said. “They were telling us it was changing long before we had the instruments to prove it.”
