guid: urn:newswire:story:2024-08-23-mexico-city-water-cuts
slug: mexico-city-water-cuts
version: 1
published: 2024-08-23T12:25:00+00:00
updated: 2024-08-23T12:25:00+00:00
headline: Mexico City neighborhoods brace for longer water cuts as reservoirs stay low
byline: By Gabriela Soto-Ramos
section: World
keywords: Mexico, water, drought, cities
---
MEXICO CITY (AP) — Hundreds of thousands of residents on Mexico City’s eastern edge will have running water only three days a week starting next month, a city water official said Thursday, as reservoirs that supply the capital remain far below normal despite summer rains.
The schedule will affect about 40 neighborhoods in the boroughs of Iztapalapa and Tláhuac, where many households already rely on water trucks and rooftop tanks to get through regular outages.
“We are asking people to store what they can on the days they have water and to use it carefully on the days they do not,” said Héctor Villaseñor, a senior engineer with the city’s water utility. “This is not a decision anyone wanted to make.”
Villaseñor said the reservoirs that feed a large share of the city’s supply were at about 40% of capacity, and that the utility would add 60 water trucks to serve neighborhoods at the end of the distribution lines, where pressure drops first.
Residents said the cuts would hit hardest in homes without large storage tanks. Rosa Elvira Juárez, who runs a small laundry from the ground floor of her home in Iztapalapa, said she might have to close two days a week.
“Without water, there is no laundry. Without the laundry, there is no money,” she said. “It is that simple.”
Juárez added that her neighbors had started pooling money to buy water from private trucks, which can cost several times what the city charges.
Experts have long warned that the city pumps groundwater faster than it can be replaced, causing parts of the capital to sink by several inches a year. Leaks in the aging distribution network lose a large share of the water before it reaches taps, according to a study by the National Water Observatory, a research group.
Alejandra Ocampo, a hydrologist who has studied the city’s water system for two decades, argued that the rationing plan treated the symptoms rather than the cause.
“Every dry year we talk about trucks and schedules. Every wet year we forget,” Ocampo said. “The pipes do not fix themselves when it rains.”
Villaseñor said the city had replaced about 100 kilometers of leaking pipes this year and planned to speed up repairs in 2025.
