guid: urn:newswire:story:2024-08-21-savannah-short-term-rentals
slug: savannah-short-term-rentals
version: 1
published: 2024-08-21T19:05:00+00:00
updated: 2024-08-21T19:05:00+00:00
headline: Savannah moves to cap short-term rentals in historic district
byline: By Jared Pollard
section: Local government
keywords: housing, tourism, short-term rentals, Georgia
---
SAVANNAH, Ga. (AP) — Savannah’s city council gave initial approval Wednesday to a cap on short-term rentals in the city’s historic district, where residents say whole blocks of row houses have been turned into what one called “hotels without a front desk.”
The measure would limit short-term rental permits to 15% of the homes on any block and bar new permits for houses that are not the owner’s primary residence. Existing permits would be allowed to continue until the property is sold.
Council member Yvette Dubose, who wrote the ordinance, said neighborhoods that had housed families for generations were emptying out on weekdays and filling with bachelor parties on weekends.
“I have constituents who know every house on their block by the name of the rental listing,” Dubose said. “That is not a neighborhood anymore. That is an inventory.”
The council also advanced the so-called “party house” ordinance, which would let the city suspend a rental permit after three noise or trash violations in a year.
Owners of rental properties packed the meeting. Wade Langley, who manages 22 rentals through his company Coastal Keys Hospitality, argued that short-term rentals bring millions of dollars in tourist spending to small businesses that hotels do not reach.
“You’re punishing the many for the behavior of a few,” he told the council. “Enforce the rules you have.”
The Savannah Area Vacation Rental Alliance said in a statement that it would consider a legal challenge if the cap passed a final vote.
City data show the number of permitted short-term rentals in the historic district has nearly doubled since 2018, according to a report prepared for the council. City planners estimated that about one in five homes in some parts of the district is now a short-term rental.
Longtime resident Earline Jenkins, 79, told the council that she was the last person on her block who had lived there for more than five years.
“On Tuesday night, my street is dark,” said Jenkins, “and on Saturday night, I can’t sleep.”
Mayor Lionel Cates, who has said he supports some limits, predicted that the final version would include changes to protect owners who rent out a room in a home where they live.
A final vote is scheduled for Sept. 12.
