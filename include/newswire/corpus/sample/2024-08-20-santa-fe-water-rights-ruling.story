guid: urn:newswire:story:2024-08-20-santa-fe-water-rights-ruling
slug: santa-fe-water-rights-ruling
version: 1
published: 2024-08-20T22:05:00+00:00
updated: 2024-08-20T22:05:00+00:00
headline: Court blocks sale of irrigation water to Albuquerque-area developer
byline: By Wendell Tsosie
section: Courts
keywords: water rights, courts, New Mexico, development, agriculture
---
SANTA FE, N.M. (AP) — A New Mexico appeals court ruled Tuesday that a rural irrigation district cannot sell a large share of its water rights to a housing developer near Albuquerque, handing a victory to farmers who argued the deal would dry up centuries-old ditches along the Rio Grande.
In a 2-1 decision, a panel of the New Mexico Court of Appeals found that the Rio Alto Irrigation District had failed to show the sale would not harm other water users, as state law requires.
“A water right is not a commodity that floats free of the land and the people around it,” Judge Harriet Quill wrote for the majority. “It is one strand in a web, and the district asked us to cut it without looking at what else would fall.”
The district agreed in 2022 to sell rights to about 1,900 acre-feet of water a year to Cerro Blanco Development, which plans to build roughly 3,000 homes on the mesa west of Albuquerque. An acre-foot is about 326,000 gallons, enough to supply two to three households for a year.
Cerro Blanco’s lawyers argued in court filings that the water was already being lost to evaporation and leaky ditches and would be put to better use in homes. The company claimed its development would use less water per acre than the alfalfa fields it would replace.
In a dissent, Judge Marcus Oyelaran wrote that the majority had “substituted its own view of good policy for the judgment of the state engineer,” who approved the transfer in 2023.
Lucía Baca, whose family has farmed along the Rio Alto ditch for six generations, said she cried when her lawyer called with the news.
“They kept telling us it was only paper water, that nobody was really using it,” Baca said. “Come out here in July and tell me nobody is using it.”
Daniel Whitehorse, a lawyer for the Rio Grande Acequia Alliance, which represented Baca and other farmers, said the ruling would make it harder for developers to buy water from rural districts without a full hearing on the effects downstream.
“This is not the end of growth in Albuquerque,” he said. “It’s the end of growth on the cheap.”
Cerro Blanco spokeswoman Renée Castillo said the company was reviewing the decision and had not decided whether to appeal to the New Mexico Supreme Court. Castillo would say only that the company “remains committed” to the project.
The state engineer’s office declined to comment.
Associated Press writer Elena Marquez in Albuquerque contributed to this report.
