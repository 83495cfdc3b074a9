"""Closed word lists used by the entity and speaker rules (all lower case)."""

from __future__ import annotations

import unicodedata

# Honorifics and offices written before a name; not part of the name.
TITLES = frozenset(
    """
    president vice asst asst. auditor auditor-general sheikh sheikha dr dr. mr mr. mrs mrs. ms ms. miss mx. sen sen. senator rep rep.
    representative gov gov. governor mayor prime minister secretary king queen prince princess
    crown emir pope cardinal bishop archbishop rabbi imam ayatollah rev rev. reverend father pastor ogimaa
    gen gen. general col col. colonel lt lt. lieutenant maj maj. major capt capt. captain sgt sgt.
    sergeant adm adm. admiral cmdr cmdr. commander judge justice chancellor premier chief
    ambassador speaker lord lady sir dame chairman chairwoman chair ceo coach prof prof. professor
    director commissioner councillor councilor councilman councilwoman alderman trustee sheriff
    const. constable det. detective insp. inspector supt. superintendent mp mpp mla mna mha deputy
    attorney sgt.-maj. pvt. pvt clerk
    cpl. cpl corporal officer agent first former late acting interim incoming outgoing
    coun. coun cllr cllr. ald. ald s/sgt. hon. hon pte. pte mx cmdr assistant associate reeve warden
    """.replace(",", "").split()
)

# Abbreviations the model's tokenizer splits from their full stop, ending the
# sentence there ('..., Sgt.' | 'Mark Wilson said.'): titles of police, military
# and councils, provinces, and 'Ste.' of places ('Sault Ste. Marie'). Kept whole, the
# sentence and the name stay whole.
SPLIT_ABBREVIATIONS = tuple(
    "Sgt. S/Sgt. Cpl. Const. Det. Insp. Supt. Coun. Cllr. Ald. Atty. Capt. Col. Lt. Maj. Cmdr. "
    "Hon. Pte. Pvt. Mx. Asst. Ont. Que. Sask. Alta. Nfld. Ste.".split()
)
# Those of them that stand before a name and never end a sentence ('..., Const. Kelsey Arbeau told').
NAME_TITLE_ABBREVIATIONS = tuple(
    "Sgt. S/Sgt. Cpl. Const. Det. Insp. Supt. Coun. Cllr. Ald. Atty. Capt. Col. Lt. Maj. Cmdr. Hon. Pte. Pvt. Asst. Mr. Mrs. Ms.".split()
)

# Canada's provinces and territories: never a person or an organisation on their
# own, and what 'the province' stands for.
PROVINCES = frozenset({
    "ontario", "quebec", "manitoba", "saskatchewan", "alberta", "yukon", "nunavut", "newfoundland", "labrador",
    "nova scotia", "new brunswick", "prince edward island", "british columbia", "northwest territories",
    "newfoundland and labrador", "p.e.i.", "b.c.",
})

# Canada's larger cities whose names are no one's name: the model takes
# 'Montréal' (a team, a city) for a person. ('Victoria', 'London', 'Regina',
# 'Kingston', 'Brandon' and 'Hamilton' are people's names too, so not here.)
CITIES = frozenset({
    "toronto", "montreal", "montréal", "vancouver", "calgary", "edmonton", "ottawa", "winnipeg", "saskatoon",
    "mississauga", "brampton", "gatineau", "sherbrooke", "longueuil", "moncton", "fredericton", "charlottetown",
    "whitehorse", "yellowknife", "iqaluit", "kelowna", "kamloops", "nanaimo", "lethbridge", "oshawa", "sudbury",
    "etobicoke", "scarborough", "burnaby", "markham", "saguenay", "halifax", "quebec city", "québec",
    # (not cities that are also people's names: Regina, Victoria, London, Hamilton, Brandon)
    "moose jaw", "red deer", "thunder bay", "kitchener", "guelph", "oakville", "saint john", "st. john's", "st. john’s",
    "prince george", "grande prairie", "fort mcmurray", "medicine hat", "north bay", "sault ste. marie", "trois-rivières",
    "corner brook", "antigonish", "yarmouth", "flin flon", "prince albert",
})

# Prefix particles of family names ("el-Sissi", "bin Salman", "van der Leyen").
NAME_PARTICLES = frozenset(
    "al el ad as ash at az an ar bin ben bint ibn abu abd de da del della der di du dos das van von la le ter".split()
)

# Tokens trailing an entity span that are not part of the name.
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’", "s’"})

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

# Head nouns that make an unnamed speaker anonymous ("a person familiar with the
# call", "officials", "a source") -> no reference.
ANONYMOUS_HEADS = frozenset(
    """
    person persons people source sources official officials aide aides diplomat diplomats
    insider insiders individual individuals someone somebody one member members employee
    employees staffer staffers officer officers witness witnesses resident residents expert
    experts analyst analysts observer observers critic critics supporter supporters others
    another some many several few most percent majority respondents scientists researchers
    investigators prosecutors lawmakers economists authorities engineers
    all both each evidence records half minority none
    """.split()
)

# Heads naming a spokesperson/part of an organisation: with an organisation
# in the phrase the reference is that organisation ("White House officials").
ROLE_HEADS = frozenset(
    """
    official officials spokesman spokeswoman spokesperson spokespeople representative
    representatives statement statements spokesmen spokeswomen member members leader leaders
    source sources aide aides adviser advisers advisor advisors lawyer lawyers attorney attorneys officer officers staff
    department ministry office agency police military army forces government administration
    team campaign release report letter post account note memo filing document analysis
    study survey poll data figures director chief head executive executives chairman
    chairwoman president minister secretary ambassador envoy negotiator negotiators
    mediator mediators website results numbers backgrounder bulletin
    """.split()
)

# What a story cites: 'a report in the Argus Leader', then 'the report says'.
DOCUMENT_NOUNS = frozenset(
    "report article story interview study paper survey poll statement editorial column filing letter memo presentation "
    "email e-mail release backgrounder bulletin tally count estimate estimates census prospectus review audit warning advisory".split()
)

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# He or she as a name's pronoun: a name they follow is a person's.
HE_OR_SHE = frozenset({"he", "she", "his", "her", "him"})
# Prepositions of place: 'in nearby Cambridge', 'a mother from Waterloo'.
LOCATIVE_PREPS = frozenset({"in", "from", "near", "at"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us"})
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | {"i", "me", "you", "it"}

# Appositive/role nouns that reveal a person's gender ("son of", "spokeswoman").
MALE_ROLE_WORDS = frozenset(
    "mr. mr son father husband brother spokesman chairman king prince sheikh uncle grandfather boy man actor congressman businessman nephew"
    " dad grandson widower".split()
)
FEMALE_ROLE_WORDS = frozenset(
    "ms. ms mrs. mrs miss daughter mother wife sister spokeswoman chairwoman queen princess sheikha aunt grandmother girl woman actress congresswoman businesswoman niece"
    " mom mum granddaughter widow".split()
)

# Common first names, for pronoun agreement only (a name missing here just
# leaves the person's gender open).
MALE_FIRST_NAMES = frozenset(
    """
    john james robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
    jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
    samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
    douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
    austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
    alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis joe barack
    bill mike tom jim bob steve dan dave chris tony rick ron ted pete doug greg ben sam max alex
    mohammed muhammad mohammad ahmed ali hassan hussein omar yahya ismail khalil mahmoud abdel abdul
    benjamin yoav itamar bezalel isaac yair benny naftali ehud moshe avi yitzhak ohad oded yizhar
    vladimir sergei dmitry volodymyr emmanuel olaf rishi keir boris narendra xi pierre
    antony lloyd jake chuck mitch hakeem jd tim marco vivek brett
    jagmeet francois françois marc andre andré luc mathieu guillaume philippe michel yves sylvain
    raj arjun amit rahul sanjay vikram carlos miguel luis jorge diego pablo antonio manuel francisco
    javier alejandro rafael fernando ricardo eduardo sergio hector oscar ivan igor alexei mikhail
    andrei nikolai viktor hans klaus friedrich wolfgang karl lars sven erik anders nils johan piotr
    tomasz pavel luka stefan giuseppe giovanni luca matteo paolo alessandro liam owen connor evan ian
    colin neil graham hugh rory declan shane brendan kieran craig ross stuart gordon duncan malcolm
    fraser ewan chad derek trevor travis troy todd brent curtis darren dustin cody blake bradley
    clayton dean glenn grant howard jared joel leon marcus martin nathaniel oliver leo luke levi
    caleb elliot seth simon spencer victor wesley warren wade xavier felix hugo julian sebastian
    dominic adrian tristan nick matt rob andy joey danny johnny jimmy tommy harry stan hank earl
    leonard norman ray ronnie vernon mario bernie kirk nate naheed
    jean patrice claude rené rene pascal guy denis gilles serge émile emile noël maxime benoît benoit
    alain étienne etienne mathieu luc marc andré andre pierre jacques françois francois yves michel
    philippe sylvain stéphane stephane jean-françois jean-philippe jean-pierre louis-philippe
    jaden jayden aiden ayden brayden kayden caden braxton jaxon brody easton bentley grayson finn mateo
    mikko rohan aarav ishaan
    laurent julien olivier sébastien sebastien frédéric frederic thierry gaétan gaetan réjean rejean
    ghislain yannick félix mathis jérôme jerome rémi remi cédric cedric raphaël raphael
    adrien fabien lucien damien bastien aurélien aurelien cyprien émilien emilien florian
    paulo joão joao josé nuno rui tiago duarte vasco gonçalo goncalo
    henri gérard gerard marcel armand fernand gaston réal normand hubert bernard
    """.split()
)
FEMALE_FIRST_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
    sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
    joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
    jacqueline martha gloria teresa ann sara madison frances kathryn janice abigail alice judy
    sophia grace denise amber doris marilyn danielle beverly isabella diana natalie brittany
    charlotte marie kayla alexis lori jane ella hillary kamala nikki karine ursula giorgia
    annalena liz theresa jacinda sanna golda tzipi miri fatima aisha layla mariam noura leila yasmin
    elena olga natalia svetlana yulia anne claire sophie julia ellen abby jill melania michelle
    jenny kate katie kathy cathy caitlin caitlyn kaitlyn erin meghan brooke chloe zoe mia ava lily
    ruby leah rose rosa carmen lucia alicia ana gabriela monica veronica valerie vanessa tanya tina
    tracy wendy yvonne jasmine priya anjali sonia rita nina naomi miriam esther paula melanie mélanie
    chrystia marit genevieve geneviève isabelle nathalie chantal sylvie josée ginette jody jenna
    krista kristi kristin kirsten heidi holly iris irene joanne joanna katrina kendra kristen laurie
    lucy lydia lynn mandy marcia marion maureen melinda meredith molly nadia nora norma peggy penny
    phyllis rachael renee renée rhonda roberta rosemary sally sheila shelley sherry stacey stacy
    suzanne sylvia tamara tammy vicki vivian wanda whitney yolanda alexandra caroline camille celine
    colleen elaine eleanor eliza emilia erica eva fiona gail gina gwen ingrid jackie jeanne justine
    kara karla kylie lana leanne lena lorna louise maggie marianne marlene marta martina maxine
    mona nadine natasha paige pauline sabrina selena serena shannon sonya stella sue tara tessa vera
    darlene doreen marlene jolene janelle jocelyn josée tracey brandi brenda corinne lorraine bernadette
    aria zoey nevaeh paisley jordyn ananya aaliyah zara amara imani simone
    véronique veronique élise elise élodie elodie manon marie-ève marie-claude marie-josée hélène helene
    amélie amelie émilie emilie
    fátima conceição graça inês ines filipa beatriz
    """.split()
)

GIVEN_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# A player's position on a team, written before the name like a title: 'third Maya Brandt' (curling).
TEAM_POSITIONS = frozenset("skip third second lead alternate".split())


def _census_first_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The 1990 US Census first names (5,494, which the ``names`` package ships):
    all, and those borne mostly by men and by women. Too broad for the rules that
    make a person of a name on its first word alone ('Virginia Beach', 'Nova
    Scotia' and 'Royal Navy' start with one): used only for gender, and where a
    title or a role already says a person ('Spokesperson Monique Larocque')."""
    from importlib.resources import files

    def frequencies(name: str) -> dict[str, float]:
        rows = (line.split() for line in (files("names") / name).read_text().splitlines())
        return {row[0].lower(): float(row[1]) for row in rows if len(row) >= 2}

    male, female = frequencies("dist.male.first"), frequencies("dist.female.first")
    everyone = frozenset(male) | frozenset(female)
    # A sex only where four in five bearers have it: not 'Casey', 'Jordan', 'Leslie'.
    return (everyone, frozenset(n for n, f in male.items() if f >= 4 * female.get(n, 0.0)),
            frozenset(n for n, f in female.items() if f >= 4 * male.get(n, 0.0)))


# Any given name at all, for names a title or role already marks as a person's.
_CENSUS_NAMES, CENSUS_MALE_NAMES, CENSUS_FEMALE_NAMES = _census_first_names()
TITLED_GIVEN_NAMES = GIVEN_NAMES | _CENSUS_NAMES


def given_name_vote(first: str) -> int:
    """Positive for a man's given name, negative for a woman's, 0 when it says
    nothing ('Anne-Marie' by 'Anne'): 3 by our lists, which outweighs a stray
    pronoun or two; 1 by the census's broader ones where ours say nothing, which
    a pronoun can cancel ('Tobi', mostly a woman's name in the census, who 'said he')."""
    first = first.lower()
    if "-" in first and first not in GIVEN_NAMES:
        first = first.split("-")[0]
    vote = (first in MALE_FIRST_NAMES) - (first in FEMALE_FIRST_NAMES)
    if not vote and first not in GIVEN_NAMES:
        return (first in CENSUS_MALE_NAMES) - (first in CENSUS_FEMALE_NAMES)
    return 3 * vote

# Nouns naming an organisation: 'the scooter-rental app Kompass', 'X, the consumer
# group that ...', and 'the company said' (resolved to the story's organisation).
ORG_NOUNS = frozenset(
    """
    company companies firm startup start-up app chain retailer grocer maker manufacturer automaker
    group union agency regulator watchdog organization organisation association alliance coalition
    federation council committee commission panel board court ministry department office institute
    university college school hospital bank lender fund team club league party network newspaper
    broadcaster publisher brand developer district utility airline carrier insurer lab laboratory
    charity nonprofit non-profit foundation government administration authority bureau service
    military army police militia movement operation operator platform provider conglomerate giant supplier
    report survey study statement notice filing release letter document memo analysis city town municipality
    library museum gallery festival tribunal centre center society force unit cooperative co-op detachment guild secretariat
    division
    """.split()
)

# Roles the model sometimes leaves at the end of an organisation ('CIA Director').
ORG_TRAILING_ROLES = frozenset(
    "director chief spokesman spokeswoman spokesperson president chairman chairwoman ceo secretary minister official officials head leader founder".split()
)

# Last words that make a name an organisation ('Harvest Lane Markets').
ORG_NAME_WORDS = frozenset(
    """
    inc inc. corp corp. co co. llc ltd ltd. plc ag gmbh sa group markets mobility robotics
    securities partners holdings health healthcare research bank university institute
    association alliance union council commission committee court department ministry agency
    foundation fund party network systems technologies technology motors airlines airways energy
    capital media news times post hospital district authority services industries labs club
    league federation office bureau center centre school college academy church coalition
    organization organisation society board forces army police trust company corporation works
    studios pictures records brands foods stores airlines properties realty developments
    management communications pharmaceuticals solutions enterprises ventures investments
    logistics insurance financial entertainment resources mining railway transit municipality
    gallery museum library tribunal films productions collegiate air guild tribes memorial band fuels collective secretariat division
    archdiocese diocese parish cathedral basilica synagogue mosque orchestra symphony choir
    bakery shop café cafe restaurant bookstore librairie boulangerie pharmacy diner brewery
    nation
    """.split()
)

# Relatives, as a name is introduced: 'Her husband, Gérald Doucette'.
KINSHIP_NOUNS = frozenset(
    """
    husband wife son daughter mother father parents parent brother sister mom dad mum grandmother
    grandfather grandson granddaughter grandparents uncle aunt cousin nephew niece widow widower
    fiancé fiancée fiance fiancee sons daughters siblings sibling stepfather stepmother children family families
    """.split()
)
# Parents and children, for who 'his mother' is and whose son a name was introduced as.
PARENT_NOUNS = frozenset("mother father mom dad mum".split())
CHILD_NOUNS = frozenset("son daughter child".split())

# Nouns naming a person: 'Tate’s wife, Renata', 'spokeswoman Renée Castillo'.
PERSON_NOUNS = frozenset(
    """
    wife husband son daughter mother father brother sister grandmother grandfather grandson
    granddaughter friend partner neighbor neighbour widow widower spokesman spokeswoman
    spokesperson analyst lawyer attorney resident nurse doctor teacher student manager owner
    founder co-founder cofounder director president minister chairman chairwoman officer
    employee worker farmer pitcher player coach economist scientist researcher professor
    executive mayor senator governor judge leader member official aide adviser advisor
    newcomer actor actress star singer artist author writer filmmaker producer musician
    veteran rookie shortstop catcher pitcher quarterback teammate candidate incumbent
    scholar fellow expert specialist strategist consultant lawmaker legislator activist
    administrator deputy diplomat journalist reporter editor columnist historian lecturer
    physician surgeon engineer designer entrepreneur investor banker photographer comedian
    athlete striker midfielder defender goalkeeper center centre guard forward winger defenseman
    goaltender goalie linebacker receiver cornerback councillor councilor premier investigator treasurer secretary
    constable sergeant detective inspector superintendent chief prosecutor counsel defenceman
    chair chairperson co-chair vice-chair warden trustee ombudsman ombudsperson elder
    co-host co-star vice-president principal critic counsellor counselor organizer organiser bouncer
    driver trucker cyclist passenger commuter tenant homeowner patient victim survivor volunteer hunter fisherman
    plumber carpenter welder miner electrician paramedic cashier
    """.split()
)

# Endings of capitalised occupation words written before names
# ('Manager Walt Brennan', 'Meteorologist Caleb Ashworth').
OCCUPATION_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ive", "ant", "ent", "eer")
# Occupations written before names without those endings: 'Playwright Samir Haddad'.
OCCUPATION_WORDS = frozenset(
    """playwright poet chef nurse clerk priest pastor mechanic midwife skip nun monk architect paramedic host co-host lead emcee anchor
    deckhand farmhand cashier janitor technician electrician medic orderly""".split()
)

# Nationalities and provincial adjectives with an occupation's ending: 'The Canadian
# Red Cross' opens with no title, whatever 'historian' and 'comedian' suggest.
DEMONYMS = frozenset(
    """
    canadian ontarian albertan nova-scotian quebecer newfoundlander islander american
    mexican brazilian argentinian colombian peruvian chilean bolivian venezuelan haitian
    jamaican cuban italian australian indian russian egyptian iranian syrian nigerian
    ukrainian albanian armenian austrian belgian bulgarian cambodian croatian estonian
    ethiopian georgian hungarian indonesian jordanian latvian lithuanian malaysian
    mongolian norwegian palestinian romanian serbian slovenian tunisian algerian
    libyan kenyan ghanaian somalian eritrean rwandan ugandan tanzanian zimbabwean
    korean african european asian christian
    """.split()
)

# Last words that make a name a place ('Narragansett Bay', 'Walnut Street').
PLACE_NAME_WORDS = frozenset(
    """
    bay river lake mountain mountains valley street avenue boulevard road park island islands
    beach county canyon coast sea ocean gulf strait peninsula desert plain plains plateau bridge
    square harbor harbour port airport stadium ballpark arena creek falls forest glacier basin
    corridor strip heights hills ridge channel drive crescent highway parkway expressway area woods downs campus
    forks way forum region gate sound prairie inlet cove lagoon
    """.split()
)

# Last words of a business's name: 'the firm' is Lakeshore Wealth Partners rather than a
# name met once, and 'Redgum' after 'Redgum Resources' is the business, not a place.
BUSINESS_NAME_ENDINGS = frozenset(
    """
    inc corp ltd llc co plc group partners holdings capital markets foods energy resources minerals mining
    metals motors airlines brands stores technologies systems communications financial industries
    enterprises ventures investments logistics insurance properties realty automotive manufacturing residential
    """.split()
)

# Platforms and companies the small model often takes for people ('Twitter').
WELL_KNOWN_ORGS = frozenset(
    "twitter facebook instagram youtube tiktok reddit whatsapp telegram linkedin snapchat google netflix amazon microsoft".split()
    + ["unifor", "oc transpo"]
)

# Roles a company can hold as well as a person: 'The building’s owner, Parkview Residential Holdings,'.
ROLES_OF_BODIES = frozenset(
    """owner owners landlord employer buyer seller builder contractor distributor bidder purchaser parent monitor receiver
    insurer operator underwriter publisher sponsor""".split()
)


def unaccented(word: str) -> str:
    """'ramón' -> 'ramon' (the census lists given names without their accents), 'Montréal' -> 'Montreal'."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word
