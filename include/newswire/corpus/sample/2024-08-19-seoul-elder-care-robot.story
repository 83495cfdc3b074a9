guid: urn:newswire:story:2024-08-19-seoul-elder-care-robot
slug: seoul-elder-care-robot
version: 1
published: 2024-08-19T07:20:00+00:00
updated: 2024-08-19T07:20:00+00:00
headline: South Korean startup bets on a singing robot to keep older people company
byline: By Jiyoon Lee and Kenji Aoyama
section: Technology
caption: A Dasom robot is displayed at a technology fair in Seoul, South Korea, Monday, Aug. 19, 2024.
keywords: robots, aging, South Korea, technology
---
SEOUL, South Korea (AP) — A South Korean startup unveiled a waist-high robot on Monday that it says can help older people living alone take their medicine, call for help after a fall and, if they want, sing along to old pop songs.
Hanbit Robotics showed the robot, called Dasom, at a trade fair in Seoul’s Gangnam district, where dozens of companies are competing for a share of a fast-growing market for elder care technology. South Korea’s population is aging faster than that of almost any other developed country.
“Our parents’ generation took care of everyone else. Now there are not enough young people to take care of them,” Hanbit’s chief executive, Park Ji-woo, said at the launch. “We do not think a robot replaces a daughter or a son. We think it can keep someone company until the daughter or son calls.”
Park said the company would begin a pilot program in October with 300 households in Seoul and the southeastern city of Daegu. She declined to say how much the robot would cost when it goes on sale next year.
The robot has a round screen for a face, a speaker and a microphone tuned to pick up older voices, which engineers explained tend to be softer and breathier than the voices most speech systems are trained on.
Kim Soon-ja, 81, who tested an early version of the robot for three months in her apartment in Daegu, said she was skeptical at first.
“I thought, what is this toy? I am not a child,” Kim said. “Then one night I fell in the bathroom, and it heard me and called my son. Now I say good morning to it.”
Not everyone at the fair was enthusiastic. Choi Min-seo, who studies aging at Namsan University in Seoul, warned that robots could become an excuse to cut funding for home visits by care workers.
“A robot can remind you to take a pill,” Choi said. “It cannot notice that you have stopped eating, or that you seem sad, the way a person who visits every week will notice.”
Park insisted the company had designed Dasom to work alongside care workers. The robot sends a daily summary to a family member or a social worker and flags changes in sleep or activity, she said.
Japan, which faces a similar demographic squeeze, has experimented with care robots in nursing homes for more than a decade, with mixed results. Many robots bought with public subsidies ended up in storage closets, according to a survey last year by the Tokyo-based Care Workers Federation of Japan.
Lee reported from Seoul. Aoyama reported from Tokyo.
