guid: urn:newswire:story:2024-08-20-des-moines-no-hitter
slug: des-moines-no-hitter
version: 1
published: 2024-08-20T05:55:00+00:00
updated: 2024-08-20T05:55:00+00:00
headline: At 41, ‘Bull’ Tate throws a no-hitter in what he says is his last season
byline: By Kyle Brandvold
section: Sports
caption: Des Moines Thunderhawks pitcher Marcus Tate is mobbed by teammates after the final out, Monday, Aug. 19, 2024.
keywords: baseball, minor leagues, Des Moines, no-hitter
---
DES MOINES, Iowa (AP) — Marcus “Bull” Tate had not thrown a complete game in six years. On Monday night, at 41, the Des Moines Thunderhawks right-hander threw a no-hitter.
Tate struck out 11 and walked two in a 3-0 win over the Omaha Nighthawks before a crowd of 6,412 at Raccoon River Ballpark. It was the first no-hitter in the independent American Heartland League in four seasons, according to the league.
“Around the sixth inning I looked up at the scoreboard and thought, ‘Well, that can’t be right,’” Tate said. “Then I made the mistake of looking again in the eighth.”
Tate, who spent parts of three seasons in the major leagues more than a decade ago, has said this will be his last season.
Manager Walt Brennan recalled that Tate had asked to be taken out of the rotation in June after a string of bad starts. Brennan refused.
“I told him, ‘Bull, you’re not done until I say you’re done,’” Brennan said. “I may have used some other words, too.”
The final out came on a soft line drive to shortstop Danny “Two Hands” Ferreira, who caught it at his shoe tops and then, by his own account, forgot to throw the ball to anybody.
“What was I supposed to do with it?” asked Ferreira, who kept the ball in his glove through the celebration on the mound and handed it to Tate in the clubhouse.
Tate’s wife, Renata, and their two sons watched from the seats behind the first base dugout. He said he did not know they were coming.
The Thunderhawks, known around the league as the “Cardiac Hawks” for their habit of late comebacks, are 58-41 and lead their division by three games with five weeks left in the regular season.
Asked whether the no-hitter had changed his mind about retiring, Tate laughed. “No,” he said. “It makes it easier. Where do you go from here?”
