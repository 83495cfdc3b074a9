guid: urn:newswire:story:2024-08-20-tucson-monsoon-flooding
slug: tucson-monsoon-flooding
version: 1
published: 2024-08-20T18:25:00+00:00
updated: 2024-08-20T18:25:00+00:00
headline: Monsoon storm floods dozens of Tucson homes; firefighters make 23 swift-water rescues
byline: By Priya Raman
section: Weather
caption: José Núñez drags a soaked mattress out of his home in Tucson, Ariz., Tuesday, Aug. 20, 2024.
keywords: monsoon, flooding, Tucson, Arizona, weather
---
TUCSON, Ariz. (AP) — A monsoon storm dumped nearly 3 inches of rain on parts of Tucson in less than two hours Monday night, sending water through dozens of homes on the city’s south side and stranding drivers in washes that had been bone-dry that afternoon.
No deaths were reported, but firefighters carried out 23 swift-water rescues, according to fire Capt. Rosa Delgado, a spokeswoman for the city’s fire department. She said it was the most the department had recorded in a single night in at least a decade.
“People see a little water across the road and think the truck can handle it,” Delgado said. “Eighteen inches of moving water will float a pickup. We pulled a man off the roof of one last night.”
Meteorologist Caleb Ashworth of Sonoran Weather Partners, a private forecasting firm, said the storm stalled over the city for nearly an hour because the winds that usually push monsoon cells west had all but died.
José Núñez, 64, was watching television in his living room on South Cardinal Avenue when water began seeping under the front door. He recalled that within 20 minutes the water was up to his knees.
“I’ve lived in this house since 1987, and I’ve never seen anything like it,” Núñez said Tuesday as he dragged a soaked mattress to the curb.
Núñez described the next half-hour as a blur.
“First it was just a puddle by the door. Then the carpet was floating, the refrigerator was making noises, and my wife was yelling at me to get the photo albums off the bottom shelf.
“We saved the albums. We lost pretty much everything else,” he said.
“The insurance man told me I don’t have flood coverage. Who has flood coverage in the desert?”
City officials opened a shelter at a recreation center, where about 40 people spent the night. Deputy city manager Tomás Arriaga said crews would begin hauling away damaged furniture and drywall on Wednesday.
Arriaga urged residents to photograph damage before throwing anything out, saying it would help if the city qualifies for state disaster aid.
More storms are possible through the end of the week. Ashworth warned that the ground was now saturated and that even a modest storm could cause flash flooding in the same neighborhoods.
“The desert does not absorb water the way people think it does,” he said. “It sheds it, fast.”
Associated Press writer Tom Reyes in Phoenix contributed to this report.
