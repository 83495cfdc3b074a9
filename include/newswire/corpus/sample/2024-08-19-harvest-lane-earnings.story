guid: urn:newswire:story:2024-08-19-harvest-lane-earnings
slug: harvest-lane-earnings
version: 1
published: 2024-08-19T13:05:00+00:00
updated: 2024-08-19T13:05:00+00:00
headline: Harvest Lane profit slips as shoppers trade down; grocer to cut prices on 1,500 items
byline: By Dan Whitcombe and Priya Raman
section: Business
keywords: earnings, groceries, retail, inflation
---
Harvest Lane Markets said Monday that its profit fell 14% in the second quarter as shoppers at its Midwestern stores traded down to cheaper store brands and cut back on prepared meals.
The Columbus, Ohio-based grocery chain earned $61.2 million, or 88 cents a share, in the three months that ended July 27, down from $71.4 million a year earlier. Revenue rose 2% to $3.9 billion.
Analysts had expected earnings of 93 cents a share, according to a survey by MarketPulse Research.
Chief Executive Priscilla Adeyemi conceded on a call with investors that the company had been “too slow to read the room” on prices. She announced that Harvest Lane would cut prices on about 1,500 staple items, from milk to diapers, starting next month.
“Our customers did the math before we did,” Adeyemi said. “They noticed that a rotisserie chicken had become a special-occasion purchase, and they went somewhere else for it.”
The price cuts will cost the company about $40 million this fiscal year, chief financial officer Rohan Mehta told analysts, but he predicted that higher store traffic would make up most of the difference by spring.
Not everyone was convinced. Jonah Weiss, an analyst with Bramwell Securities, wrote in a note to clients that grocery price cuts “tend to be matched within weeks” by rivals, leaving chains with thinner margins and the same share of the market.
“Everyone in this business has the same idea at the same time,” Weiss said in an interview. “The question is who can afford to hold it longest.”
Harvest Lane operates 412 stores in Ohio, Indiana, Michigan, Kentucky and western Pennsylvania. The company claimed a 19% share of grocery sales in its core markets last year, though that figure includes pharmacy sales that some rivals report separately.
Shares of Harvest Lane fell $2.31, or 5.6%, to $38.90 in morning trading.
The company also said it would close 11 underperforming stores by the end of the year, most of them in small towns in Indiana, and would offer jobs at nearby locations to all affected workers.
Adeyemi denied that the closures were tied to a union organizing drive at several of the stores. “These decisions were made on sales, full stop,” she said.
