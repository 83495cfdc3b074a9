guid: urn:newswire:story:2024-08-21-kenya-drought-aid
slug: kenya-drought-aid
version: 1
published: 2024-08-21T09:15:00+00:00
updated: 2024-08-21T09:15:00+00:00
headline: Aid group warns of hunger in northern Kenya as another rainy season falls short
byline: By Wanjiru Otieno
section: World
caption: Camels gather at a borehole in Marsabit county, Kenya, Tuesday, Aug. 20, 2024.
keywords: Kenya, drought, humanitarian aid, Africa
---
NAIROBI, Kenya (AP) — An aid group working in northern Kenya warned Wednesday that about 1.2 million people in four counties could face severe hunger by the end of the year after the long rains that usually fall between March and May came late and ended early across much of the region.
The Horn Relief Network, which supplies water trucks and livestock feed to herding communities, said its teams had counted dozens of dead goats and camels along routes that were green at this time last year.
“The animals are the bank account, the pension and the grocery store for these families,” said Wanjiru Kamau, the network’s director of operations. “When the animals die, everything else follows within weeks.”
Kamau said the network had enough money to keep its water trucks running only through October. She urged donors to commit funds now rather than wait for images of starving children, which she said usually arrive months after the point when help is cheapest.
Malnutrition rates among children under 5 in parts of Marsabit and Turkana counties have already crossed emergency thresholds, according to screening data the network collected in July.
Abdi Galgalo, a 47-year-old herder who brought his remaining 30 goats to a borehole near Marsabit town this week, said he had lost more than half of his herd since April.
“My father told me about droughts like this when he was young. He said they came once in a lifetime,” Galgalo said through an interpreter. “I have seen four.”
He said two of his sons had left for Nairobi to look for work and were sending money home when they could.
Scientists have linked the increasing frequency of droughts in East Africa to rising temperatures in the Indian Ocean, though the region has also seen years of extreme flooding. Ruth Njeri, a climate researcher who advises several aid groups, noted that the same communities had lost livestock to floods only 10 months ago.
“They have had no time to recover from one disaster before the next one starts,” Njeri said.
The network said it was also working with local elders to reduce conflict over water and grazing land, which has flared in past droughts as herders move their animals into neighboring areas.
Associated Press writer Tom Mutiso in Marsabit, Kenya, contributed to this report.
