guid: urn:newswire:story:2024-08-20-portland-measles-clinics
slug: portland-measles-clinics
version: 1
published: 2024-08-20T23:35:00+00:00
updated: 2024-08-20T23:35:00+00:00
headline: Portland area opens walk-in measles vaccine clinics after 4 children fall ill
byline: By Lena Sorensen
section: Health
keywords: measles, vaccines, public health, Oregon
---
PORTLAND, Ore. (AP) -- Health officials in the Portland area opened six walk-in vaccination clinics on Tuesday after confirming four cases of measles among unvaccinated children, the first cases in the region in more than two years.
All four children live in the same apartment complex on the city's east side and were likely infected by a relative who had recently returned from travel overseas, county health officer Dr. Naomi Feld said. None has been hospitalized.
"Measles is one of the most contagious diseases we know of," Feld said at a briefing. "If you are not immune and you share a room with someone who has it, you are very likely to get it."
Feld said the county had identified about 140 people who might have been exposed, including children at a summer day camp and patients who were in the waiting room of a pediatric clinic on Aug. 12. She urged anyone who was at the clinic that morning to check their vaccination records.
The walk-in clinics, run with Cascadia Family Clinics, a nonprofit network of community health centers, will offer the measles, mumps and rubella vaccine free of charge through Labor Day weekend, regardless of insurance.
Cascadia's medical director, Dr. Omar Haddad, said the clinics had vaccinated 212 people by midafternoon, far more than expected. "We had a line out the door at 8 o'clock," he said. "Nobody had to talk anybody into anything today."
Vaccination rates among kindergartners in the county have slipped in recent years, according to state figures. Feld noted that about 1 in 14 children entering school last fall had a nonmedical exemption for at least one required vaccine.
Some parents at the clinics said they had simply fallen behind during the pandemic. Others said the outbreak had changed their minds.
"I was on the fence. I read a lot of things online," said Kayla Morrow, who brought her 4-year-old son to a clinic in Gresham. "Then it was in our building. That made it real."
Feld stressed that two doses of the vaccine are about 97% effective at preventing measles and that most adults born before 1957 are considered immune.
Measles can cause pneumonia, brain swelling and death, particularly in young children. Symptoms usually start with a high fever, cough and runny nose, followed by a rash that spreads from the face downward.
"The rash is the last thing," Haddad said. "By the time you see it, the person has been contagious for days. That is why we are asking people not to wait for it."
Associated Press writer Gus Halloran in Salem, Oregon, contributed to this report.
