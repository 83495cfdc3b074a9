guid: urn:newswire:story:2024-08-19-un-freshwater-report
slug: un-freshwater-report
version: 1
published: 2024-08-19T17:30:00+00:00
updated: 2024-08-19T17:30:00+00:00
headline: Scientists say a third of big river basins are being drained faster than they refill
byline: By Hannah Lindqvist and Kwame Asante
section: World
caption: A dry irrigation canal runs between fields, in an undated handout photo released by the Global Water Outlook Commission.
keywords: water, groundwater, United Nations, climate
---
UNITED NATIONS (AP) — More than a third of the world’s large river basins are being drained faster than rain and snow can refill them, a panel of scientists warned Monday, urging governments to treat groundwater as a shared emergency rather than a local nuisance.
The report by the Global Water Outlook Commission, an independent group of 46 hydrologists and economists from 19 countries, was presented to diplomats at United Nations headquarters ahead of a water conference in Geneva next month.
“We are spending water we do not have, and we are spending it fastest in the places that can least afford to run out,” said Amara Ndiaye, the Senegalese hydrologist who chairs the commission.
Ndiaye stressed that the findings were not a forecast but a measurement. The panel combined two decades of satellite gravity readings with well records from more than 60,000 monitoring sites, she explained.
According to the report, the steepest declines are in northern India, the North China Plain, Iran’s central plateau, California’s Central Valley and the High Plains aquifer beneath Kansas, Nebraska and Texas.
Wells that farmers dug 30 meters deep a generation ago now often have to reach 150 meters or more, the report noted.
Rafael Quintero, a hydrologist at the Andean Institute for Water Studies in Lima, Peru, who was not involved in the report, said its methods were sound but cautioned that the satellite data could blur differences between neighboring aquifers.
“The big picture is not in doubt,” Quintero said. “The local picture needs people with boots on the ground and a bucket on a rope.”
The commission urged governments to meter large agricultural wells, to publish pumping data and to stop subsidizing the electricity that powers irrigation pumps. Ndiaye acknowledged that cutting those subsidies would be politically painful in countries where farmers make up a large share of voters.
“Nobody wins an election by raising the price of water,” she said.
Several countries have pushed to keep groundwater off the agenda in Geneva, according to a diplomat involved in preparations for the conference, who spoke on condition of anonymity because the talks are private. The diplomat said at least two large farm-exporting nations wanted the issue handled country by country.
Ndiaye said she would present the findings in Geneva regardless. “The water does not stop at the border,” she said, “and neither should the data.”
Associated Press writer Marco Bellandi in Geneva contributed to this report.
