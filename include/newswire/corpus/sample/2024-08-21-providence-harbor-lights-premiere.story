guid: urn:newswire:story:2024-08-21-providence-harbor-lights-premiere
slug: providence-harbor-lights-premiere
version: 1
published: 2024-08-21T03:30:00+00:00
updated: 2024-08-21T03:30:00+00:00
headline: ‘Harbor Lights’ opens Rhode Island festival, with the dockworkers who played extras in the seats
byline: By Nadia Ferreira
section: Entertainment
caption: Director Odile Marchetti, center, arrives for the premiere of “Harbor Lights” in Providence, R.I., Tuesday, Aug. 20, 2024.
keywords: film, festivals, Rhode Island, labor
---
PROVIDENCE, R.I. (AP) — For three weeks last fall, the working waterfront along the Providence River stood in for a 1950s New England port in “Harbor Lights,” a film about a longshoreman’s daughter who takes over her father’s union local. On Tuesday night, hundreds of the people who worked as extras filled a downtown theater to see themselves on the big screen.
The film, directed by first-time filmmaker Odile Marchetti and based on Rosalind Achterberg’s 2009 novel “The Salt Year,” opened the Ocean State Film Festival to a standing ovation.
“I wanted to make a movie about work, about what it costs people to show up every day,” Marchetti told the audience before the screening. “This city said yes to us when nobody else would.”
Marchetti acknowledged that she had struggled for almost a decade to finance the project, which she described as “a labor movie with no car chases.” She said two studios passed on it before a group of Rhode Island investors stepped in.
The film stars newcomer Tessa Moriarty as the daughter. Moriarty, who grew up in nearby Pawtucket, insisted that she was not nervous about watching the film with a hometown crowd.
“I was nervous,” she said later, laughing. “I lied to you earlier. My whole family is here, and my grandmother has opinions.”
Frank DeMarco, 74, a retired longshoreman who served as an adviser on the film, said the crew had asked him to teach the actors how to tie a proper bowline.
“They were terrible at it. I told them ‘again’ about a hundred times,” DeMarco said. “By the end, a couple of them were better than guys I worked with.”
Festival director Amelia Soto predicted that the film would draw interest from distributors before it moves on to other festivals this fall. Soto argued that “Harbor Lights” showed the state’s tax credits for film production were paying off.
The festival also features the documentary “Tide Clock,” about the last family-run oyster farm on Narragansett Bay, and a program of short films by high school students titled “Small Boats.”
Achterberg, the novelist, did not attend. In a statement read before the screening, she wrote that she had “cried twice and laughed more than I expected,” and that she hoped the film would send readers back to the book.
