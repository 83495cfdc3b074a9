guid: urn:newswire:story:2024-08-19-springfield-tiny-house-rule
slug: springfield-tiny-house-rule
version: 1
published: 2024-08-19T23:10:00+00:00
updated: 2024-08-19T23:10:00+00:00
headline: Springfield council narrowly approves so-called ‘tiny house’ rule after packed hearing
byline: By Maria Okafor
section: Local government
caption: Residents line up to speak during a Springfield City Council hearing on a backyard housing rule, Monday, Aug. 19, 2024.
keywords: housing, zoning, Springfield, city council
---
SPRINGFIELD, Ill. — The Springfield City Council voted 6-4 on Monday to approve the so-called “tiny house” rule, a zoning change that will let homeowners build a second dwelling of up to 600 square feet in their backyards.
Mayor Ana Ruiz, who proposed the measure in the spring, said the vote would open the door to hundreds of affordable units without a dollar of new city spending.
“This is the cheapest housing program this city will ever pass,” Ruiz told reporters after the meeting. “We are not building anything. We are just getting out of the way.”
The rule had drawn more than 80 speakers over two nights of hearings, many of them from older neighborhoods on the city’s west side, where opponents warned that backyard units would strain parking and sewer lines.
Alderman Curtis Bell, who voted against the change, argued that the council had moved too fast. “Nobody in my ward asked for this,” he said.
“They asked for sidewalks. They asked for streetlights that work.”
City finance director Lena Ortiz said the city expected roughly 40 permit applications in the first year, based on the experience of other Midwestern cities that adopted similar rules.
Ortiz noted that the fees from those permits, about $1,200 each, would cover the cost of two additional inspectors.
Under the rule, a backyard dwelling must be connected to city water and sewer, cannot be rented for fewer than 30 days at a time and must sit at least five feet from the property line. Owners must live on the lot, either in the main house or the new unit.
Gloria Hatch, 71, who has lived on the same block of Walnut Street for four decades, said she came to the hearing to oppose the rule but left undecided.
“My granddaughter cannot afford an apartment in this town,” Hatch said. “If she could live out back, in her own place, I would have her there tomorrow.
“But I also don’t want my neighbor putting up a rental for strangers. I suppose that’s what everyone says.”
The Springfield Home Builders Association, which backed the measure, said in a statement that its members were “ready to start pouring foundations this fall.”
Ruiz said the council would review the rule in two years. Asked whether she would accept changes before then, she said, “If it isn’t working, I’ll be the first one to say so.”
“We’ll count the permits,” she added. “Then we’ll talk.”
Associated Press writer Tom Reyes in Chicago contributed to this report.
