guid: urn:newswire:story:2024-08-22-atlanta-hospital-merger
slug: atlanta-hospital-merger
version: 1
published: 2024-08-22T16:30:00+00:00
updated: 2024-08-22T16:30:00+00:00
headline: Two Georgia hospital systems agree to merge, creating state’s second-largest
byline: By Tasha Greenwood
section: Health
keywords: hospitals, health care, mergers, Georgia
---
ATLANTA (AP) — Two Georgia hospital systems announced Thursday that they plan to merge, creating a network of 19 hospitals and more than 200 clinics that would be the second-largest health system in the state.
Peachtree Health, based in Atlanta, and Southern Crescent Medical, based in Macon, said the combined company would have annual revenue of about $7.5 billion and employ roughly 41,000 people. The deal still needs approval from federal and state regulators.
Executives said the merger would let the systems share the cost of expensive technology and recruit specialists to rural hospitals that have struggled to keep their doors open.
“Too many Georgians drive two hours to see a cardiologist,” said Peachtree Health chief executive Reginald Osei. “Together we can put those doctors closer to where people live.”
Southern Crescent’s chief executive, Dr. Carolyn Pike, said none of the 19 hospitals would close as a result of the deal and that the combined system would keep labor and delivery units open at its four smallest rural hospitals for at least five years.
Health economists were skeptical. Mergers between hospital systems usually lead to higher prices for patients and employers, according to a large body of research, because the combined systems have more leverage in negotiations with insurers.
“The promise is always better care at lower cost. The pattern is usually the same care at higher cost,” said Victor Anand, a health economist at a university in North Carolina who studies hospital consolidation. “Regulators should ask for that promise in writing.”
Osei insisted that prices would not rise because of the merger, and he said the systems were willing to discuss binding commitments with regulators.
The state attorney general’s office said it would review the deal, as it does with all large hospital mergers, but declined to comment further.
A group representing large employers in the Atlanta area, the Georgia Employers Health Coalition, urged regulators to examine the deal closely. In a letter to members, the coalition’s executive director, Monica Hale, wrote that “every dollar of new market power ends up on a paycheck somewhere.”
The two systems said they expect the merger to close in the middle of next year. The combined company will be led by Osei, and Pike will serve as its president.
Associated Press writer Kendrick Bass in Macon, Georgia, contributed to this report.
