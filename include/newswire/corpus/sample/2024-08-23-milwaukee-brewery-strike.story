guid: urn:newswire:story:2024-08-23-milwaukee-brewery-strike
slug: milwaukee-brewery-strike
version: 1
published: 2024-08-23T15:10:00+00:00
updated: 2024-08-23T15:10:00+00:00
headline: Workers strike at Milwaukee brewery over schedules and pensions
byline: By Gretchen Kowalski
section: Business
keywords: labor, strikes, brewing, Wisconsin
---
MILWAUKEE (AP) — About 380 workers at one of Milwaukee’s largest breweries walked off the job Friday morning, the first strike at the plant in nearly 40 years, after their union and the company failed to agree on a new contract.
Members of Brewery and Bottling Workers Local 9 set up picket lines at the gates of the Kettle & Crane Brewing Co. plant shortly after 6 a.m., carrying signs that read “Brewed in Milwaukee, Built by Us.”
The main disputes are mandatory overtime and the company’s plan to move new hires from a traditional pension to a 401(k) retirement plan, according to union president Gary Lindholm.
“We have people who have worked six-day weeks since March. They don’t see their kids,” Lindholm said on the picket line. “Then the company tells the new people coming in that they won’t get the pension the rest of us have. We’re not going to sign that.”
Kettle & Crane said in a statement that its offer included raises of 4% a year for three years and a $2,500 signing bonus, and that it had “bargained in good faith for months.” The company said managers and temporary workers would keep the plant running during the strike.
Company spokeswoman Allison Pfeiffer would not say how many replacement workers had been hired. She denied that the plant had required six-day weeks for most employees, saying the extra shifts were limited to a few departments during the summer rush.
The brewery, which opened in 1911, makes beer for its own labels and brews under contract for several craft brands. It is one of a few large breweries still operating in a city once known as a beer capital.
Bottling line worker Dominic Reyes, 34, said he had never been on strike before and did not expect to be out long.
“Nobody here wants to hurt the company,” he said. “We just want them to remember who makes the beer.”
No new talks had been scheduled as of Friday afternoon. A federal mediator has been assisting in the negotiations, according to a person familiar with the talks, who spoke on condition of anonymity because the mediator’s role had not been announced.
Local bar owner Patrice Olson said several taverns near the plant had decided to stop pouring Kettle & Crane beer during the strike.
“These guys drink here after their shifts,” she said. “I’m not going to sell their beer while they’re standing outside in the heat.”
