guid: urn:newswire:story:2024-08-22-teen-sleep-study
slug: teen-sleep-study
version: 1
published: 2024-08-22T14:00:00+00:00
updated: 2024-08-22T14:00:00+00:00
headline: Teens who keep phones out of the bedroom sleep nearly an hour more, study finds
byline: By Lauren Whitlock
section: Health
keywords: sleep, teenagers, smartphones, health research
---
Teenagers who left their phones outside their bedrooms at night slept about 50 minutes more on school nights than those who kept them within reach, according to a study published Thursday that tracked more than 1,100 students in three states.
The study, by researchers with the Midwest Adolescent Health Consortium, followed ninth and 10th graders in Wisconsin, Iowa and Minnesota for one school year. Half of the families were asked to set up a charging station in a kitchen or hallway; the rest were given no instructions.
Students in the charging-station group fell asleep earlier, woke up less often during the night and reported feeling less tired in class, the researchers found. Their grades were also slightly higher by the end of the year, although that difference was small.
“We were honestly expecting a smaller effect,” said Dr. Lillian Marsh, a pediatrician and the study’s lead author. “Fifty minutes a night is more than five hours of sleep a week. For a growing kid, that is a lot.”
Marsh explained that the study used wrist-worn sensors to measure sleep, rather than relying only on what teenagers reported, which she said tends to overestimate how long they sleep.
Not every family stuck with the plan. About a quarter of the students in the charging-station group had stopped following it by spring, according to the study. Many of them said they used their phones as alarm clocks.
“Buy the kid a ten-dollar alarm clock,” Marsh said. “That solves most of it.”
Other sleep researchers said the findings fit with earlier work but noted that families who volunteer for such studies may be more motivated than most. Dr. Theo Lindqvist, who studies adolescent sleep in Minneapolis and was not involved in the research, said the results were encouraging but should not be read as a cure.
“Phones are one reason teens don’t sleep. School start times are another. Anxiety is another,” Lindqvist said. “Taking the phone out of the room fixes one of the three.”
Several parents who took part said the hardest part was convincing themselves, not their children. Jenna Obuya of Madison, Wisconsin, whose son was in the study, recalled that she had to move her own phone to the kitchen to make the rule stick.
“He told me it wasn’t fair if I got to keep mine,” she said. “He was right.”
The researchers said they plan to follow the same students for two more years.
