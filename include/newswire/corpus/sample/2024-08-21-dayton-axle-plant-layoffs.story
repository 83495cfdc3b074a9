guid: urn:newswire:story:2024-08-21-dayton-axle-plant-layoffs
slug: dayton-axle-plant-layoffs
version: 1
published: 2024-08-21T15:20:00+00:00
updated: 2024-08-21T15:20:00+00:00
headline: Calder Axle to cut 400 jobs at Dayton-area plant as truck orders slow
byline: By Ross Albrecht
section: Business
keywords: manufacturing, layoffs, Ohio, trucking
---
DAYTON, Ohio (AP) — Calder Axle Works will cut about 400 jobs at its plant in Moraine, Ohio, by the end of the year as orders for heavy trucks slow, the company said Wednesday.
The layoffs amount to nearly a third of the plant’s workforce of 1,300 and will come in two rounds, in October and December, according to a notice the company filed with the state.
“This is a difficult decision, and it is not a reflection on the people in that building,” Calder chief operating officer Vanessa Pruitt said in a statement. “Demand for heavy trucks has fallen faster than anyone in our industry expected.”
Pruitt said the company would offer severance and extended health coverage to affected workers and would try to place some of them at its plant in Fort Wayne, Indiana.
The Moraine plant, which opened in 1978, makes axles and suspension parts for several large truck manufacturers. Calder, which is based in Cleveland, employs about 9,000 people in six states.
Rick Szymanski, president of United Metal Trades Local 1142, which represents hourly workers at the plant, said the union learned of the cuts only hours before the public announcement.
“They told us at 9 a.m. and the press at 11,” Szymanski said. “That tells you how much they value the people who built this company.”
Moraine city manager Tessa Lindgren noted that the plant is the city’s largest private employer and accounts for roughly a fifth of its income tax revenue.
“We will be on the phone with the company and the state this week, and we will be looking at every tool we have to keep those jobs here,” Lindgren said.
Orders for the heaviest class of trucks have fallen for three straight quarters as freight volumes have softened and trucking companies have held off on replacing their fleets. Gordon Achebe, an analyst at Keystone Freight Analytics, predicted that orders would stay weak well into next year.
“The trucks on the road today are young, and freight rates are low,” Achebe said. “Nobody buys a new rig in that environment unless they have to.”
Associated Press writer Lydia Kersh in Cleveland contributed to this report.
