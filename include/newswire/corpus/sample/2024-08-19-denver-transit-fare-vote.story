guid: urn:newswire:story:2024-08-19-denver-transit-fare-vote
slug: denver-transit-fare-vote
version: 1
published: 2024-08-19T04:45:00+00:00
updated: 2024-08-19T04:45:00+00:00
headline: Denver-area transit board delays fare increase after riders pack hearing
byline: By Dan Whitcombe
section: Local government
keywords: transit, fares, Denver
---
DENVER (AP) — The board of the Front Range Regional Transit District delayed a vote on raising bus and light-rail fares for the first time in five years, after riders packed a five-hour hearing Sunday night and several board members said they wanted more time to study discounts for low-income passengers.
The proposal would raise a standard local fare from $2.75 to $3.25 and the airport fare from $10 to $12. The district says the increase would bring in about $18 million a year, roughly the gap it faces next year as federal pandemic relief money runs out.
“I am not going to vote on a fare increase on the same night we heard from two hundred people who told us they can’t afford the fare we have now,” board chair Denise Kowalczyk said before the board voted 9-4 to postpone.
Kowalczyk said the board would take up the plan again on Sept. 17, along with a proposal to expand the district’s half-price fare program to riders earning up to 250% of the federal poverty level.
Transit staff warned that every month of delay would cost the district about $1.5 million in revenue it has already written into next year’s budget. General manager Howard Lin acknowledged that the agency could cover the shortfall for a few months from reserves but said it could not do so indefinitely.
“We can postpone the decision,” Lin said. “We can’t postpone the math.”
Many of the people who testified said they depend on buses to get to work or to medical appointments and already skip trips to save money.
Ruth Abernathy, 67, who rides a bus along Colfax Avenue to dialysis three times a week, told the board she had started walking part of the way home to save the cost of a transfer.
“Fifty cents doesn’t sound like much to you,” she said, looking up at the board members. “It’s a loaf of bread to me.”
Samuel Ortega, an organizer with the rider group Fair Fares Denver, argued the district should look first at cutting consultants and administrative costs. The group claims the district’s administrative budget has grown 30% since 2019 while service hours have fallen.
District spokesperson Keira Dunn disputed those figures, saying the group had counted new safety and security positions as administration.
Several board members who voted to delay said they were open to some increase. Board member Victor Haas, who voted against postponing, said the district was “kidding itself” if it thought the problem would look different in a month.
“Nothing about this gets easier in September,” Haas said. “It just gets later.”
Ridership on the district’s buses and trains remains about 30% below 2019 levels, according to agency figures, though weekend ridership has nearly recovered.
