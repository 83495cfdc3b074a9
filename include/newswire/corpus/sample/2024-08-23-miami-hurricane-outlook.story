guid: urn:newswire:story:2024-08-23-miami-hurricane-outlook
slug: miami-hurricane-outlook
version: 1
published: 2024-08-23T17:45:00+00:00
updated: 2024-08-23T17:45:00+00:00
headline: Researchers say busiest weeks of hurricane season could still be unusually active
byline: By Priya Raman and Dan Whitcombe
section: Weather
caption: Satellite image of a tropical wave moving off the coast of Africa, Friday, Aug. 23, 2024.
keywords: hurricanes, weather, Florida, climate
---
MIAMI (AP) — The busiest stretch of the Atlantic hurricane season is just beginning, and a university research team said Friday that the next eight weeks could bring more storms than usual even though August has so far been relatively quiet.
The Biscayne Institute for Marine and Atmospheric Science updated its seasonal outlook to call for 19 named storms, including nine hurricanes, four of them major. Its June forecast had called for 17 named storms.
“A quiet August does not mean a quiet season,” said Elena Vasquez-Hart, the atmospheric scientist who leads the institute’s forecasting team. “Historically, most of the damage happens after the middle of August, and the ingredients are still there.”
Vasquez-Hart explained that ocean temperatures across much of the tropical Atlantic remain well above normal, which gives developing storms more energy. She noted that wind patterns over the Atlantic have been less hostile to storms than in a typical year.
The institute has said its forecasts are meant to help emergency managers plan, not to predict where a storm will strike. Vasquez-Hart stressed that point Friday.
“We can tell you the odds of a busy season. We cannot tell you whether your street floods,” she said.
“That depends on one storm, on one day, and nobody can see that far ahead.”
Raymond Okoye, emergency management director for a county north of Miami, urged residents not to let their guard down after a slow start. He said fewer people had visited the county’s hurricane supply events this summer than last year.
“People hear that the season’s been quiet and they put off buying batteries and water,” said Okoye, “and then a storm forms in the Gulf on a Thursday and everybody shows up at the same store on Friday.”
Insurers have also been watching the forecasts closely. Ana Beltrán, a spokeswoman for the Florida Property Insurers Council, an industry group, predicted that a busy late season would put further pressure on premiums that have already risen sharply.
Asked whether homeowners should expect more increases next year, Beltrán would say only that rates “follow the risk, and the risk is not going down.”
According to the institute, there is a 55% chance that at least one major hurricane will make landfall on the U.S. coastline before the season ends Nov. 30, above the long-term average of about 43%.
Vasquez-Hart warned that forecasts for individual months are less reliable than for the season as a whole.
Associated Press writer Celeste Broussard in New Orleans contributed to this report.
