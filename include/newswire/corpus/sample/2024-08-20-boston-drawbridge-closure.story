guid: urn:newswire:story:2024-08-20-boston-drawbridge-closure
slug: boston-drawbridge-closure
version: 1
published: 2024-08-20T16:50:00+00:00
updated: 2024-08-20T16:50:00+00:00
headline: Cracked supports force six-week closure of century-old Boston-area drawbridge
byline: By Sean Gallagher
section: US News
keywords: infrastructure, bridges, Boston, Quincy, traffic
---
BOSTON (AP) — A century-old drawbridge that carries about 22,000 vehicles a day between Boston’s Dorchester neighborhood and the city of Quincy will be closed to traffic for at least six weeks after inspectors found cracks in two of its main steel supports, state officials said Tuesday.
The Fenwick Street Bridge over the Neponset River was shut abruptly Monday evening, snarling the commute and sending thousands of drivers onto the interstate and nearby side streets.
State highway administrator Colleen Fahey said an inspection team found the cracks during a routine structural review that began last week. She said the damage did not put anyone in immediate danger but was serious enough that engineers did not want trucks or buses on the span.
“We closed it because we found something, not because something happened,” Fahey told reporters at a news conference near the bridge. “That’s how this is supposed to work.”
Fahey said temporary steel braces would be installed over the next several weeks while engineers design a permanent repair. She estimated the emergency work would cost $9 million to $12 million.
Boats will still be able to pass when the bridge is raised, though openings may be limited during repairs, according to the state.
The bridge, which opened in 1925 and was last overhauled in the 1990s, was rated in poor condition in the most recent state inventory, one of several hundred bridges in Massachusetts with that rating.
Local officials said the closure came with almost no warning. Quincy city councilor Patrick Doherty said businesses along the road were already reporting fewer customers.
“You can’t just pull the plug on a bridge like this on a Monday night and let people find out from a traffic app,” Doherty said. “There are people who own sandwich shops on the other side of that river who are going to have a very bad September.”
Fahey acknowledged that communication had been poor. “We could have done better getting the word out, and we will,” she said.
The regional transit agency added buses on two routes that normally cross the bridge and said shuttles would run between two nearby train stations during rush hours.
Commuters were less patient. Brianna Coyle, a nurse who drives from Quincy to a hospital in the city’s South End, said her commute on Tuesday morning took 55 minutes instead of the usual 20.
“I left early, and I was still late,” she said. “Six weeks of this? I’m going to start taking the ferry.”
