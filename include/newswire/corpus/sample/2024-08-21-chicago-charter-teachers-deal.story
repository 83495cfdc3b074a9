guid: urn:newswire:story:2024-08-21-chicago-charter-teachers-deal
slug: chicago-charter-teachers-deal
version: 1
published: 2024-08-21T12:40:00+00:00
updated: 2024-08-21T12:40:00+00:00
headline: Teachers at Chicago charter network reach tentative deal hours before strike deadline
byline: By Mei Tanaka
section: Education
keywords: education, labor, Chicago, charter schools
---
CHICAGO (AP) — Teachers at a network of 11 charter schools on Chicago’s South and West sides reached a tentative contract agreement early Wednesday, hours before they had planned to walk off the job on the second day of the school year.
The Lakeshore Educators Union announced the deal shortly after 4 a.m. in a post on social media, saying members would return to classrooms as scheduled and vote on the agreement next week.
The union represents about 640 teachers, counselors and classroom aides at schools run by the Lakeshore Scholars Charter Network, which enrolls roughly 7,800 students.
“Nobody wanted to strike. We wanted a contract that keeps good teachers in these buildings,” union president Andre Whitfield said at a news conference outside one of the network’s high schools. “I think we got one.”
Whitfield said the three-year agreement caps class sizes at 28 students in most grades, adds a nurse or nurse practitioner at every campus by next fall and raises salaries by a total of 13%.
The network’s chief executive, Margaret Sloane, stressed that the raises would be paid for without cutting programs or raising class sizes. In a statement, the network said it was “grateful to our teachers for staying at the table.”
Negotiations had stalled for weeks over the class size limit, according to a person familiar with the talks, who spoke on condition of anonymity because the union had asked its bargaining team not to discuss details before the vote. The person said the network dropped its opposition to the cap late Tuesday night after the union agreed to phase it in over two years.
Parents had scrambled to arrange child care in case of a strike. Tamika Greer, whose two children attend a Lakeshore middle school, said she had already asked her sister to take Thursday off from work.
“I’m relieved, but I’m also tired of finding out everything at four in the morning,” Greer said. “Tell us what is going on before it’s a crisis.”
Charter schools in Chicago are publicly funded but privately run, and their teachers bargain separately from those in the city’s traditional public schools. Unions now represent teachers at a growing share of the city’s charter campuses.
Sloane conceded that the last-minute deal had left families anxious. She said the network would “do better at keeping parents in the loop” during future negotiations.
If members reject the agreement, the union would have to give 10 days’ notice before any strike, Whitfield noted.
