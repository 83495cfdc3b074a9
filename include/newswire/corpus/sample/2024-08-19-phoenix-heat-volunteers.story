guid: urn:newswire:story:2024-08-19-phoenix-heat-volunteers
slug: phoenix-heat-volunteers
version: 1
published: 2024-08-19T20:15:00+00:00
updated: 2024-08-19T20:15:00+00:00
headline: Volunteers hand out water and rides as Phoenix heat wave stretches into a ninth day
byline: By Priya Raman
section: Weather
keywords: heat, Phoenix, public health, homelessness
---
PHOENIX (AP) — Volunteers from a network of churches and neighborhood groups handed out more than 9,000 bottles of water and 600 cooling towels across Phoenix over the weekend as temperatures topped 110 degrees (43 Celsius) for the ninth day in a row.
The Valley Heat Relief Coalition, which organized the effort, said Monday that it had also driven 74 people to cooling centers, most of them older residents without working air conditioning and people living outdoors.
“We are not a medical service, and we don’t pretend to be,” said coalition director Bernadette Okonkwo. “But a cold bottle of water and a ride to an air-conditioned room can be the difference between a bad afternoon and an ambulance.”
Heat-related deaths in the region have fallen slightly from last year’s pace, according to preliminary county figures, which show 61 confirmed heat deaths so far this year, with about 200 more under investigation.
County epidemiologist Marisol Vega cautioned that the numbers typically rise sharply as investigations are completed in the fall. She said about half of the confirmed deaths so far were people experiencing homelessness.
Vega recalled that during an earlier heat wave, investigators had found people who died inside homes where the power had been shut off over unpaid bills.
“That is a policy failure, not a weather event,” she said.
The coalition’s volunteers work in pairs and carry a printed checklist of warning signs: confusion, hot and dry skin, a pulse that is racing or weak. Okonkwo explained that volunteers are trained to call 911 first and ask questions later.
Luis Carrillo, 58, who has been living in his car near a freeway overpass since May, said volunteers found him Saturday afternoon slumped against the steering wheel with the windows rolled up.
“I don’t remember them pulling me out,” Carrillo said at a cooling center on Monday. “I remember the ice. They put ice on my neck and under my arms, and a lady kept talking to me the whole time, asking me my name.
“I told her my name probably twenty times.”
Okonkwo said the coalition is short about 150 volunteers for the rest of August and especially needs people with cars. She urged anyone who can spare a few hours on weekend afternoons to sign up through the coalition’s website.
Forecasters expect the heat to ease slightly late in the week, though highs are still forecast above 105 degrees (41 Celsius) through at least next Monday.
Associated Press writer Tom Reyes contributed to this report.
