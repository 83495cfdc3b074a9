guid: urn:newswire:story:2024-08-22-copenhagen-turbine-blade-recycling
slug: copenhagen-turbine-blade-recycling
version: 1
published: 2024-08-22T10:35:00+00:00
updated: 2024-08-22T10:35:00+00:00
headline: Danish company opens plant to grind old wind turbine blades into building material
byline: By Karin Holm
section: Business
caption: Søren Ålund, chief executive of Nordvind Composites, stands beside sections of used turbine blades in Esbjerg, Denmark, Thursday, Aug. 22, 2024.
keywords: wind power, recycling, Denmark, renewable energy
---
COPENHAGEN, Denmark (AP) — A Danish company opened a plant on Thursday that it says can turn worn-out wind turbine blades into panels for building facades and bridge decks, tackling one of the wind industry’s most stubborn waste problems.
Turbine blades are made of fiberglass and resin and are designed to survive decades of storms, which also makes them hard to break down. Many retired blades end up in landfills or stacked in storage yards.
Nordvind Composites, based in Copenhagen, said its new plant in the port city of Esbjerg would process about 8,000 metric tons of blade material a year, roughly the amount from 1,000 blades.
“For years people have pointed at a pile of old blades and said, ‘That is the dirty secret of green energy,’” Nordvind chief executive Søren Ålund said at the opening. “We would like to take that pile away from them.”
Ålund said the plant shreds blades into fibers, mixes them with a recycled binder and presses them into panels that are stronger than some types of plywood. He acknowledged that the panels cost more than conventional materials and that the company depends on customers willing to pay extra for a lower carbon footprint.
The company said it had signed supply agreements with two Scandinavian construction firms and a Dutch manufacturer of pedestrian bridges.
Industry analysts have said that roughly 40,000 blades a year could be taken out of service in Europe by the end of the decade as older wind farms are replaced. Marit Eggen, an energy analyst at Nordic Transition Research in Oslo, Norway, said Nordvind’s plant was a useful step but a small one compared with the size of the problem.
“This is one plant. Europe needs dozens,” Eggen said. “The question is whether the economics work without subsidies.”
Ålund conceded that the plant would lose money for at least its first three years. He said the company had raised about 60 million euros ($67 million) from investors, including a pension fund, and had received a government innovation grant.
Environmental groups welcomed the plant but urged turbine makers to design blades that are easier to recycle from the start. Some manufacturers have begun testing resins that can be dissolved at the end of a blade’s life.
“Recycling is the second-best answer,” said Freja Lund, a campaigner with the Copenhagen-based group Clean Wind Now. “The best answer is a blade that comes apart when you want it to.”
