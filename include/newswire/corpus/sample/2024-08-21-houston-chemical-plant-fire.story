guid: urn:newswire:story:2024-08-21-houston-chemical-plant-fire
slug: houston-chemical-plant-fire
version: 1
published: 2024-08-21T23:50:00+00:00
updated: 2024-08-21T23:50:00+00:00
headline: Tank fire at Houston Ship Channel plant prompts shelter-in-place order for 2,000 residents
byline: By Carla Benavides
section: US News
keywords: fire, chemicals, Houston, Pasadena, environment
---
HOUSTON (AP) — A fire at a petrochemical plant on the Houston Ship Channel sent a column of black smoke over the city's east side Wednesday, and officials in the neighboring city of Pasadena ordered about 2,000 residents to stay indoors with their windows closed.
No one was seriously hurt, according to Gulfstar Chemical, which owns the plant. Two workers were treated at the scene for minor burns and released, the company said.
The fire started around 6:40 a.m. in a storage tank holding a solvent used to make plastics, said Dwayne Cole, a spokesman for the county fire marshal's office. Crews were still spraying foam on the tank late in the afternoon.
"The fire is contained to that one tank. It is not spreading," Cole said at an afternoon briefing. "But it's a big tank, and we're going to be here a while."
Pasadena emergency management coordinator Lorraine Whitby said the shelter-in-place order would remain in effect until air monitors showed the smoke had cleared, which could take until Thursday morning.
Gulfstar said in a statement that air monitors at the edge of its property had not detected "any levels of concern." The company denied that the tank had failed an inspection earlier this year.
Maribel Ochoa, director of the Clean Bayou Coalition, said the group had obtained records showing the tank was flagged for corrosion during a state inspection in February. She urged state regulators to release the full inspection report.
"People who live here have been told 'everything is fine' so many times that nobody believes it anymore," Ochoa said. "They see the smoke. They smell it. They don't need a press release to tell them what's in their lungs.
"They need somebody to show them the data."
In the Pasadena neighborhood closest to the plant, Arturo Villanueva, 52, said he woke to the smell of burning plastic and put his two daughters in the car before the order was issued.
"My girls have asthma. I'm not waiting for a text message," Villanueva said from a relative's house in Houston's Magnolia Park neighborhood. He said he would not go home until Thursday at the earliest.
The Houston Ship Channel is lined with refineries and chemical plants that make up one of the largest petrochemical complexes in the world. Fires and chemical releases at the plants have led to several shelter-in-place orders in recent years.
Associated Press writer Dale Kessler in Dallas contributed to this report.
