guid: urn:newswire:story:2024-08-20-berlin-scooter-app-fine
slug: berlin-scooter-app-fine
version: 1
published: 2024-08-20T11:10:00+00:00
updated: 2024-08-20T11:10:00+00:00
headline: Berlin regulator fines scooter app 4.2 million euros for tracking riders after trips
byline: By Katrin Vogel
section: Business
caption: Rental scooters stand on a sidewalk in Berlin, Tuesday, Aug. 20, 2024.
keywords: privacy, data protection, Germany, scooters, technology
---
BERLIN (AP) — A Berlin privacy regulator on Tuesday fined the scooter-rental app Kompass Mobility 4.2 million euros ($4.7 million), saying the company kept tracking riders’ phones for up to 40 minutes after they had parked and locked their scooters.
The Berlin Office for Digital Privacy said its investigation, which began after a complaint from a consumer group in 2023, found that the app collected location data from about 310,000 users without a legal basis and kept it for as long as three years.
“People agreed to share their location to find a scooter and to pay for a ride. They did not agree to be followed home,” the office’s commissioner, Zoë Brandt, said at a news conference.
Brandt said the data could reveal where riders lived, worked, prayed or sought medical care. “A location trail is one of the most intimate things a company can hold about you,” she said, “and this company held on to it as if it were a receipt.”
Kompass, which is based in Berlin and operates in 14 European cities, said in a statement that it would appeal. The company insisted the extra tracking was a software error, not a business strategy, and said it had deleted the data in question in March.
“We take our riders’ privacy extremely seriously, and we fixed the problem as soon as we found it,” co-founder Felix Krämer said in the statement.
Brandt disputed that account. She said internal emails obtained by her office showed that managers had discussed using the post-ride data to decide where to place scooters and to sell “anonymized mobility insights” to real estate firms.
A person familiar with the investigation, who spoke on condition of anonymity because the emails have not been made public, said one message from 2022 described the location data as “the real product.”
Verbraucherwacht Berlin, the consumer group that filed the original complaint, welcomed the fine but argued that it was too small to change how companies behave.
“Four million euros is a rounding error for a company that raised 300 million last year,” said Jonas Petrowski, the group’s legal director.
Under European Union privacy rules, regulators can fine companies up to 4% of their global annual revenue. Kompass reported revenue of about 280 million euros last year, according to its annual report.
Associated Press writer Henrik Falk in Hamburg, Germany, contributed to this report.
