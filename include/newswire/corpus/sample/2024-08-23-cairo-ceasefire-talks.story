guid: urn:newswire:story:2024-08-23-cairo-ceasefire-talks
slug: cairo-ceasefire-talks
version: 1
published: 2024-08-23T22:30:00+00:00
updated: 2024-08-23T22:30:00+00:00
headline: White House calls Cairo cease-fire talks constructive as negotiations continue through the weekend
byline: By The Associated Press
section: World
caption: White House national security spokesman John Kirby talks with reporters during a briefing, Friday, Aug. 23, 2024.
keywords: Israel, Hamas, Gaza, cease-fire
---
BUELLTON, Calif. — The White House said Friday that cease-fire talks in Cairo have been constructive and will continue over the weekend as the U.S. and Mideast allies continue to press Israel and Hamas to forge an agreement.
CIA Director William Burns and Brett McGurk, a senior adviser on the Middle East to President Joe Biden, are leading the U.S. side of negotiations that began on Thursday amid major differences between Israel and Hamas over Israel’s insistence that it maintain forces in two strategic corridors in Gaza.
“There has been progress made,” White House national security spokesman John Kirby said, “We need now for both sides to come together and work towards implementation.”
Kirby did not detail where progress had been made, but he did insist that there’s been momentum in the conversations among the mediators from the U.S., Israel and Hamas’ interlocutors Egypt and Qatar.
Biden took a break from his family vacation in Santa Ynez Valley, California, on Friday to call Qatar’s emir, Sheikh Tamim bin Hamad Al Thani, and Egyptian President Abdel Fattah el-Sissi to discuss developments in the negotiations.
Diplomatic efforts have redoubled as fears grow of a wider regional war after the recent targeted killings of leaders of the Hamas and Hezbollah groups, both blamed on Israel, and threats of retaliation.
Israel and Hamas have been at loggerheads over the Philadelphi corridor alongside Gaza’s border with Egypt and the Netzarim east-west corridor across the territory. Hamas is demanding a complete withdrawal of Israeli forces from Gaza.
Netanyahu insists on the principle that Israel will control the Philadelphi corridor, with the aim of preventing the rearming of Hamas and a repeat of the atrocities of the Oct. 7 attack on Israel. He also denied reports that Israel would be willing to accept an international force in the corridor.
Hamas on Friday pushed back that Netanyahu was “blocking any chance to reach a cease-fire deal.”
El-Sissi in his call with Biden stressed the importance of Israel and Hamas “showing flexibility to complete the agreement” to “spare the region the scourge of expanding the conflict,” according to an Egyptian government statement.
Asked whether Netanyahu was negotiating in good faith, Kirby noted that Biden had a “constructive” conversation Wednesday with Netanyahu.
“We’re in Cairo. They’re in Cairo,” Kirby said. “We need Hamas to participate. We need to get down to the brass tacks of locking in these details. And that’s what we’re focused on here.”
The war began with the Oct. 7 attack as Hamas and other fighters stormed Israel, killing around 1,200 people — mostly civilians — and abducting around 250. The Israeli offensive launched in response has killed more than 40,000 Palestinians in Gaza, according to the local Health Ministry, which doesn’t distinguish between fighters and civilians.
Biden last week said he was “optimistic” that an agreement could be reached after he spoke by phone with the Egyptian president and Qatar’s emir. That conversation came after a round of negotiations in Doha that White House officials said showed promise that a deal was close.
But by Tuesday, Biden was notably more muted about the prospects of the two sides coming to an agreement soon. He told reporters after delivering an address at the Democratic convention that “Hamas was now backing off,” but that the U.S. is “going to keep pushing” to land a cease-fire deal.
Biden in a Wednesday call with Netanyahu “stressed the urgency of bringing the ceasefire and hostage release deal to closure,” according to the White House.
Biden also made clear to Netanyahu that both Hamas and Israel will need to compromise, according to a person familiar with the leaders’ call who spoke on the condition of anonymity about the private conversation.
Meanwhile, the families of the Israeli hostages said they met with Netanyahu on Friday “to understand what could still be more important than freeing their loved ones,” venting their anger at his failure to seal a cease-fire deal that would lead to their loved ones’ release from Hamas captivity.
Representatives from the Hostages Family Forum, a group representing relatives of hostages, said Netanyahu reiterated his commitment to do everything in his power to bring their family members back alive. More than 100 Israeli hostages remain in Gaza, including dozens who are presumed dead.
“The word ‘alive’ limits this to a certain time frame,” said Yizhar Lifshitz, son of hostage Oded Lifshitz, whose mother was kidnapped and freed by Hamas last October. The revelation on Thursday that the autopsies of six captives — which Israeli troops recovered from an underground tunnel in southern Gaza — were riddled with bullet wounds has escalated domestic pressure on Netanyahu to agree to a cease-fire that might save captives’ lives.
Ella Ben Ami, daughter of hostage Israeli Ohad Ben Ami, said she left her meeting with Netanyahu “with a heavy and difficult feeling that this isn’t going to happen soon, and I fear for my father’s life, for the girls who are there, and for everyone.”
Jonathan Panikoff, director of the Scowcroft Middle East Security Initiative at the Atlantic Council, said the talks might be yielding some progress on Israel Defense Forces’ presence at the Philadelphi and Netzarim corridors as well as differences over which Palestinian prisoners should be released.
Still, Panikoff said Netanyahu’s and Hamas leader Yahya Sinwar’s skepticism about the peace effort remains a difficult obstacle to overcome.
He added, “Even if Netanyahu responds positively to President Biden’s push to reduce some of his requirements, there’s no indication yet that Sinwar is offering the flexibility that would be required to reach a deal.”
Frankel reported from Jerusalem and Ellen Knickmeyer in Washington. Abby Sewell in Beirut contributed reporting.
