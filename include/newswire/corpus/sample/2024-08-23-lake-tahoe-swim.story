guid: urn:newswire:story:2024-08-23-lake-tahoe-swim
slug: lake-tahoe-swim
version: 1
published: 2024-08-23T04:10:00+00:00
updated: 2024-08-23T04:10:00+00:00
headline: College swimmer crosses length of Lake Tahoe in record time
byline: By Devin Harper
section: Sports
keywords: swimming, open water, Lake Tahoe, records
---
SOUTH LAKE TAHOE, Calif. (AP) — Maya Castellanos walked out of Lake Tahoe on Thursday afternoon with her lips turning blue, her shoulders aching and a record that had stood for 14 years.
The 20-year-old college swimmer from Reno, Nevada, swam the roughly 21-mile (34-kilometer) length of the lake from north to south in 10 hours and 48 minutes, about 23 minutes faster than the previous fastest crossing, according to the Tahoe Open Water Swimming Association, which ratifies swims on the lake.
Swimmers on the Reno open-water circuit have long called Castellanos “the Otter” for her habit of floating on her back between races. On Thursday she barely stopped at all, pausing every 30 minutes for about 15 seconds to drink a warm sports drink passed to her from a kayak.
“I didn’t think about the record until the last two miles,” Castellanos said after she was wrapped in towels on the beach. “Before that I was just thinking about the next feeding and counting strokes.”
The lake’s water temperature ranged from 62 to 68 degrees (17 to 20 Celsius) during the swim, and rules for ratified crossings do not allow wetsuits.
Her coach, Terrence Boyle, recalled that Castellanos first asked him about the crossing when she was 15. He said he told her to wait until she had done several shorter open-water swims.
“She waited exactly as long as I made her wait and not one day longer,” Boyle said.
The association’s records chair, Helen Marquardt, said observers in a support boat had tracked the swim with GPS and that the time would be formally ratified after a review of the logs next month. She noted that only a few dozen people have completed the full-length swim.
Castellanos said the hardest part came around the 15th mile, when the wind picked up and small waves began slapping her in the face.
“I was swallowing half the lake,” she said. “My mom was in the boat, yelling at me to keep going, and I was yelling back that I was keeping going.”
Her mother, Lorena Castellanos, said she had not slept the night before.
“I trust the coach. I trust the kayakers,” she said. “I still didn’t sleep.”
Castellanos, a junior studying biology, said she planned to attempt a crossing of the English Channel next summer.
