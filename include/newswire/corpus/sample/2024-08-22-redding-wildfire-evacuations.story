guid: urn:newswire:story:2024-08-22-redding-wildfire-evacuations
slug: redding-wildfire-evacuations
version: 1
published: 2024-08-22T02:45:00+00:00
updated: 2024-08-22T02:45:00+00:00
headline: Wind-driven wildfire forces evacuations west of Redding
byline: By Noah Castellano
section: US News
caption: A firefighter watches flames from the Sulphur Creek Fire near Redding, Calif., Wednesday, Aug. 21, 2024.
keywords: wildfire, California, evacuations
---
REDDING, Calif. (AP) — A wildfire driven by gusty afternoon winds tore through dry brush and oak woodland west of Redding on Wednesday, forcing about 3,500 people from their homes and destroying at least 14 buildings, fire officials said.
The Sulphur Creek Fire had burned about 9,800 acres (almost 4,000 hectares) by evening and was 5% contained. It started shortly after noon near a rural road, and its cause was under investigation.
“It went from a few acres to a few thousand acres in about three hours,” said battalion chief Luis Arroyo, who is helping coordinate the firefighting effort. “We had crews in front of it, and the wind just picked it up and carried it over them.”
Arroyo said no firefighters or residents had been seriously hurt. He warned that winds were expected to pick up again Thursday afternoon and that evacuation orders could expand toward the western edge of the city.
Sheriff’s deputies went door to door in several subdivisions, and residents described a frantic scramble as ash began falling in their yards.
Lorraine Kessler, 68, said she grabbed her cat, her late husband’s medals and a bag of medication and left everything else.
“You think you’ll have time to pack. You don’t,” she said at an evacuation center set up at a church. “The sky turned orange, and a deputy was in my driveway yelling at me to go.”
Hundreds of firefighters, along with helicopters and air tankers, were assigned to the fire by Wednesday night, according to state fire officials. Crews worked through the night to protect homes along the fire’s eastern edge.
The region has seen several destructive fires in recent years, and many residents have rebuilt only recently. Tyler Ames, who rebuilt his house after it burned six years ago, said he had hoped never to go through an evacuation again.
“My kids still ask if the house is going to burn down every time they smell smoke,” Ames said. “Tonight I didn’t have a good answer.”
Forecasters said hot, dry conditions would continue through the weekend, with afternoon temperatures above 100 degrees (38 Celsius).
