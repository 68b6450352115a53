"""Word lists the guard reads: given names, surnames, clinical words and the words that are
capitalised without being anyone's name.

Kept as plain text in code (no data files, no downloads) so the guard starts fast and runs
anywhere. All entries are lower case; lookups lower-case the token first.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """One phrase a line; longest first so a regex alternation prefers the longer match."""
    items = {line.strip().lower() for line in text.splitlines() if line.strip()}
    return tuple(sorted(items, key=len, reverse=True))


GIVEN_NAMES = _words(
    """
    aaliyah aaron abby abigail abraham ada adam adams addison adele adrian adriana adrienne
    agnes ahmed aidan aiden aisha alan alana albert alberto alec alejandra alejandro alex
    alexa alexander alexandra alexis alfred alfredo ali alice alicia alina alison alissa
    allen allison alma alondra alvin alyssa amanda amara amber amelia amir amy ana anastasia
    anderson andre andrea andres andrew andy angel angela angelica angelina angie anita ann
    anna annabelle anne annette annie anthony antonio april araceli archer archie ariana
    ariel arjun arlene armando arnold arthur arturo asher ashley ashton aubrey audrey august
    aurora austin autumn ava avery axel ayden bailey barbara barry beatrice becky belinda
    bella ben benjamin bernadette bernard bernice beth bethany betty beverly bianca bill
    billy blake bobbie bobby bonnie brad bradley brady brandi brandon brandy brayden brenda
    brendan brent brett brian brianna bridget brittany brooke brooklyn bruce bryan bryce
    bryson caleb callie calvin cameron camila camille candace cara carl carla carlos carmen
    carol carole caroline carolyn carrie carson carter casey cassandra cassidy catherine
    cathy cecilia cedric celeste chad chandler charlene charles charlie charlotte chelsea
    cheryl chloe chris christa christian christina christine christopher christy cindy
    claire clara clarence claudia clay clayton clifford clint clinton cody colby cole colin
    colleen connie connor constance cooper cora corey cory courtney craig cristina crystal
    curtis cynthia daisy dakota dale dallas damian damon dan dana daniel daniela danielle
    danny dante daphne darius darlene darnell darrell darren darryl dave david dawn dean
    deanna debbie deborah debra declan dee deirdre delia delores denise dennis derek derrick
    deshawn desiree destiny devin devon dexter diana diane diego dina dolores dominic
    dominique don donald donna dora doris dorothy doug douglas drew duane dustin dwayne
    dylan earl easton ebony eddie edgar edith edna eduardo edward edwin eileen elaine elena
    eli elias elijah elisa elise eliza elizabeth ella ellen ellie elliot elliott eloise
    elsa elsie emanuel emerson emilia emily emma emmanuel enrique eric erica erik erika
    erin ernest ernesto esmeralda esperanza esther estelle ethan eugene eva evan evelyn
    everett ezra faith fatima felicia felix fernando finn fiona florence floyd frances
    francesca francis francisco frank frankie franklin fred freddie frederick gabriel
    gabriela gabrielle gail gary gavin gemma gene genevieve george georgia gerald geraldine
    gerardo gia gianna gilbert gina giovanni gladys glen glenda glenn gloria gordon grace
    gracie graham grant greg gregory greta gretchen guadalupe gustavo gwen gwendolyn hailey
    haley hank hannah harold harper harrison harry harvey hassan hayden hazel heather
    hector heidi helen helena henry herbert herman hilda holly hope howard hudson hugh
    hugo hunter ian ibrahim ida ignacio imani inez ingrid irene iris irma isaac isabel
    isabella isaiah isla ivan ivy jack jackie jackson jacob jacqueline jade jaden jaime
    jake jamal james jamie jamison jan jane janelle janet janice jared jasmine jason
    javier jay jayden jean jeanette jeanne jeff jeffrey jenna jennifer jenny jeremiah
    jeremy jermaine jerome jerry jesse jessica jesus jill jim jimmy jo joan joann joanna
    joanne jocelyn jodi jody joe joel joey john johnny jon jonah jonathan jordan jorge
    jose josefina joseph josephine josh joshua josiah joy joyce juan juanita judith judy
    julia julian juliana julie juliet julio june justin kaitlyn kara karen kari karina
    karl kate katelyn katherine kathleen kathryn kathy katie katrina kay kayla kaylee
    keisha keith kelly kelsey ken kendall kendra kenneth kenny kent kevin khalil kim
    kimberly kirk kristen kristin kristina kristy krystal kurt kyle kylie lacey lamar
    lana lance landon larry laura lauren laurie layla leah lee leila lena leo leon leonard
    leonardo leroy leslie leticia levi lewis liam lila lillian lily linda lindsay lindsey
    lisa liz lloyd logan lois lola lonnie lorena loretta lori lorraine louis louise lucas
    lucia lucille lucy luis luke luna lydia lyla lynn mabel mackenzie madeline madelyn
    madison mae maggie malachi malik mandy manuel marc marcia marco marcos marcus margaret
    margie maria mariah marian marie marilyn marina mario marion marisa marisol marjorie
    mark marlene marsha marshall martha martin marvin mary mason mateo matthew maureen
    maurice max maxine maya megan melanie melinda melissa melody melvin mercedes meredith
    mia micah michael michele michelle miguel mike mila miles mildred millie milton
    mindy miranda miriam misty mitchell mohamed mohammed molly monica monique morgan
    muhammad myra myrtle nadia nancy naomi natalia natalie natasha nathan nathaniel neil
    nellie nelson nicholas nick nicole nikki nina noah noel nolan nora norma norman oliver
    olivia omar opal oscar owen paige pam pamela parker pat patricia patrick patsy patty
    paul paula pauline pearl pedro peggy penelope penny percy perry pete peter phil philip
    phillip phoebe phyllis pierce piper polly preston priscilla quentin quinn rachel rafael
    ralph ramon ramona randall randy raquel raul ray raymond reagan rebecca reggie regina
    reginald renee rhonda ricardo richard rick ricky riley rita rob robert roberta roberto
    robin rocco rodney rodolfo roger roland rolando ron ronald ronnie rosa rosalie rosalind
    rosalyn rose rosemary rosie ross roxanne roy ruben ruby rudy russell ruth ryan sabrina
    sadie sally sam samantha samuel sandra sandy sara sarah savannah scarlett scott sean
    sebastian selena serenity sergio seth shane shannon shari sharon shawn shawna sheila
    shelby shelly sherri sherry shirley sidney sierra silas simon skylar sofia sonia sonya
    sophia sophie spencer stacey stacy stanley stella stephanie stephen steve steven
    stuart sue summer susan suzanne sydney sylvia tamara tamika tammy tania tanya tara
    tasha taylor ted teresa terrance terrence terri terry thelma theo theodore theresa
    thomas tiffany tim timothy tina toby todd tom tommy toni tony tonya tracey traci tracy
    travis trent trevor tricia trinity tristan troy tyler tyrone valentina valerie vanessa
    vera vernon veronica vicki vickie victor victoria vincent viola violet virginia vivian
    wade walker wallace walter wanda warren wayne wendy wesley whitney will willa william
    willie willow wilma winston wyatt xavier yasmin yolanda yvette yvonne zachary zane
    zara zoe zoey
    aarav aditya akira amit anjali arun chen deepak fatimah hiroshi jin jun kenji li mei
    ming priya rahul raj ravi sanjay sunil wei yuki yusuf
    amaya ximena xiomara yesenia yadira maribel marisela lupe chuy pilar rocio catalina
    isabela valeria camilo santiago matias joaquin emiliano renata
    aaliyah deandre dashawn demetrius jalen jamar keshawn lashonda latoya shanice tyrese
    tyrell imani zaria kiara nia amari jamari kendrick malcolm
    deb abby becca bea bee benji bert beth cami cece dottie ellie frannie gigi izzy jojo
    kenji linh minh thao tuan huong anh duc hoa lan mai nam quang thanh trang
    abe al alf barb bev bud cal cass chet chuck cliff dot ed elle fran gabe gus hal herb
    jess kat ken les liv lou mac mel mo nan ned nell pete rex rich rod roz sal stan syd
    tess val vic viv walt wes zeke
    amara ana anneliese bettina carla deshawn ella elle hank harold jamal kayla keisha
    kyle luke mildred ramsey walter zoe danny jen gary isabella henry earl nicole amelia
    """
)

# Given names that are also everyday words: they count only with a cue (a greeting, a
# title, a surname after them, "my daughter ...") or from the practice's roster.
AMBIGUOUS_NAMES = _words(
    """
    hope grace faith joy will summer chase rose lily may june april august dawn rich mark
    bill pat sue art jack ivy holly ruby pearl amber crystal destiny harmony melody angel
    guy gene dean frank miles grant hunter mason cooper carter parker taylor jordan austin
    dallas brooklyn sydney paris victoria georgia virginia florence charlotte madison
    savannah phoenix eve kit sky river rain star sunny autumn winter penny ginger daisy
    violet iris jade hazel olive sage basil don ray drew chuck lance sterling cliff glen
    heath lane mercedes king prince major deacon bishop christian justice reed rob sandy
    dusty rusty patience prudence constance charity trinity nova luna rocky chip skip
    wade walker carol bob chance norman brook brooke clay cole forrest frankie harley hall
    marshall nelson page paige perry price rex royal sonny stone storm misty spring
    august serenity willow max ali kim jean lee lynn jo dee sal al ed mo nan roz val
    """
)

SURNAMES = _words(
    """
    smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez
    lopez gonzalez gonzales wilson anderson thomas taylor moore jackson martin lee perez
    thompson white harris sanchez clark ramirez lewis robinson walker young allen king
    wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell
    mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins
    reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson
    bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james
    bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross
    foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson
    barnes gonzales fisher vasquez simmons romero jordan patterson alexander hamilton
    graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis
    tran medina aguilar stevens murray ford castro marshall owens harrison fernandez
    mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman
    burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon
    munoz hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox
    warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver
    ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen
    peters santos hart bradley knight elliott cunningham duncan armstrong hudson carroll
    lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena
    richards contreras willis carpenter lawrence sandoval guerrero george chapman rios
    estrada ortega watkins greene nunez wheeler valdez harper burke larson santiago
    maldonado morrison franklin carlson austin dominguez carr lawson jacobs obrien lynch
    singh vega bishop montgomery oliver jensen harvey williamson gilbert dean sims
    espinoza howell li wong reid hanson le mccoy garrett burton fuller wang weber welch
    rojas lucas marquez fields park yang little banks padilla day walsh bowman schultz
    luna fowler mejia davidson acosta brewer may holland juarez newman pearson curtis
    cortez douglas schneider joseph barrett navarro figueroa keller avila wade molina
    stanley hopkins campos barnett bates chambers caldwell beck lambert miranda byrd craig
    ayala lowe frazier powers neal leonard gregory carrillo sutton fleming rhodes shelton
    schwartz norris jennings watts duran walters cohen mcdaniel moran parks steele vaughn
    becker holt deleon barker terry hale leon hail benson haynes horton miles lyons pham
    graves bush thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher
    page mccarthy love robles cervantes solis erickson reeves chang klein salinas fuentes
    baldwin daniel simon velasquez hardy higgins aguirre lin cummings chandler sharp
    barber bowen ochoa dennis robbins liu ramsey francis griffith paul blair oconnor
    cardenas pacheco cross calderon quinn moss swanson chan rivas khan rodgers serrano
    fitzgerald rosales stevenson christensen manning gill curry mclaughlin harmon mcgee
    gross doyle garner newton burgess reese walton blake trujillo adkins brady goodman
    roman webster goodwin fischer huang potter delacruz montoya todd wu hines mullins
    castaneda malone cannon tate mack sherman hubbard hodges zhang guerra wolf valencia
    saunders franco rowe gallagher farmer hammond hampton townsend ingram wise gallegos
    clarke barton schroeder maxwell waters logan camacho strickland norman person colon
    parsons frank harrington glover osborne buchanan casey floyd patton ibarra ball tyler
    suarez bowers orozco salas cobb gibbs andrade bauer conner moody escobar mcguire
    lloyd mueller hartman french kramer mcbride pope lindsey velazquez norton mccormick
    sparks flynn yates hogan marsh macias villanueva zamora pratt stokes owen ballard lang
    brock villarreal charles drake barrera cain patrick pineda burnett mercado santana
    shepherd bautista ali shaffer lamb trevino mckenzie hess beil olsen cochran morton
    nash wilkins petersen briggs shah roth nicholson holloway lozano rangel flowers hoover
    short arias mora valenzuela bryan meyers weiss underwood bass greer summers houston
    carson morrow clayton whitaker decker yoder collier zuniga carey wilcox melendez poole
    roberson larsen conley davenport copeland massey lam huff rocha cameron jefferson hood
    monroe anthony pittman huynh randall singleton kirk combs mathis christian skinner
    bradford richard galvan wall boone kirby wilkinson bridges bruce atkinson velez meza
    roy vincent york hodge villa abbott allison tapia gates chase sosa sweeney farrell
    wyatt dalton horn barron phelps yu dickerson heath foley atkins mathews bonilla acevedo
    benitez zavala hensley glenn cisneros harrell shields rubio huffman choi boyer garrison
    arroyo bond kane hancock callahan dillon cline wiggins grimes arellano melton oneill
    savage ho beltran pitts parrish ponce rich booth koch golden ware brennan mcdowell
    marks cantu humphrey baxter sawyer clay tanner hutchinson kaur berg wiley gilmore
    russo villegas hobbs keith wilkerson ahmed beard mcclain montes mata rosario vang
    walter henson oneal mosley mcclure beasley stephenson snow huerta preston vance barry
    johns eaton blackwell dyer prince macdonald solomon guevara stafford english hurst
    woodard cortes shannon kemp nolan mccullough merritt murillo moon salgado strong
    kline cordova barajas roach rosas winters jacobson lester knox bullock kerr leach meadows
    davila orr whitehead pruitt kent conway mckee barr david dejesus marin berger mcintyre
    blankenship gaines palacios cuevas bartlett durham dorsey mccall odonnell stein
    browning stout lowery sloan mclean hendricks calhoun sexton chung gentry hull duarte
    ellison nielsen gillespie buck middleton sellers leblanc esparza hardin bradshaw
    mcintosh howe livingston frost glass morse knapp herman stark bravo noble spears
    weeks corona frederick buckley mcfarland hebert enriquez hickman quintero randolph
    schaefer walls trejo house reilly pennington michael conrad giles benjamin crosby
    fitzpatrick donovan mays mahoney valentine raymond medrano hahn mcmillan small bentley
    felix peck lucero boyle hanna pace rush hurley harding mcconnell bernal nava ayers
    everett ventura avery pugh mayer bender shepard mcmahon landry case sampson moses
    magana blackburn dunlap gould duffy vaughan herring mckay espinosa rivers farley
    bernard ashley friedman potts truong costa correa blevins nixon clements fry delarosa
    best benton lugo portillo dougherty crane haley phan villalobos blanchard horne finley
    quintana lynn esquivel bean dodson mullen xiong hayden cano levy huber richmond moyer
    lim frye sheppard mccarty avalos booker waller parra woodward jaramillo krueger rasmussen
    brandt peralta donaldson stuart faulkner maynard galindo coffey estes sanford burch
    maddox vo oconnell vu andersen spence mcpherson church schmitt stanton leal cherry
    compton dudley sierra pollard alfaro hester proctor lu hinton novak good madden mccann
    terrell jarvis dickson reyna cantrell mayo branch hendrix rollins rowland whitney duke
    odom daugherty travis tang archer okafor kowalski nguyen hennessy whitfield abernathy
    yamamoto benson larsen gupta liu morrison mehta shah sato fellows castillo turner
    """
)

TITLES = _words("mr mrs ms miss mx mister madam sra sr srta")

# Words before a name that say who the person is to the practice or to the writer.
RELATION_WORDS = _words(
    """
    daughter son wife husband mom mum dad mother father grandma grandpa grandmother
    grandfather granny nana papa nanna gramma grampa granddaughter grandson grandchild
    grandkid baby kid kiddo child toddler niece nephew aunt auntie uncle sister brother
    sis bro cousin fiance fiancee partner boyfriend girlfriend friend neighbor neighbour
    patient patients buddy bestie stepson stepdaughter stepmom stepdad twin twins pal
    abuela abuelo tia tio tita tito lola lolo oma opa bubbe zayde nonna nonno yaya mama
    mamá papá grammy gran gramps pop pops
    """
)

# Friendly words that come right before a first name in posts about patients.
AFFECTION_WORDS = _words("little lil sweet brave tough young baby miss master sweetie cutie big")

# Words that say the person named next is one of us, not a patient.
STAFF_WORDS = _words(
    """
    dr doctor dentist hygienist assistant nurse receptionist manager coordinator therapist
    physician surgeon orthodontist pediatrician practitioner np pa pa-c rn lpn rdh dds dmd
    md do staff team colleague coworker associate technician tech lead director owner
    provider scribe midwife counselor dietitian nutritionist pharmacist optometrist
    audiologist chiropractor administrator officer partner founder ceo intern resident
    """
)

# Credentials written after a staff member's name ("Kevin O'Brien, PA-C").
CREDENTIALS = _words(
    "md do dds dmd rdh rn lpn np pa pa-c phd dnp fnp msn bsn cda rda mph facs faap od pt dpt"
)

# Where a capitalised run is a place or an organisation, not a person.
ORG_SUFFIXES = _words(
    """
    street st avenue ave road rd boulevard blvd lane ln drive way court ct circle place
    terrace parkway pkwy highway hwy trail park center centre hospital clinic clinics
    dental dentistry medical medicine health healthcare family pediatrics orthodontics
    school schools elementary middle high academy university college institute church
    county city township village heights hills valley lake river creek beach island
    library pantry club rotary conservatory marathon methodist memorial foundation
    association society pharmacy monthly fair festival hall mall plaza square airport
    stadium arena theater theatre group inc llc co company corp bank market store cafe
    museum zoo gardens garden department dept council committee network news times post
    tribune journal gazette press radio tv station ymca ywca league chamber cross shield
    mutual insurance care labs lab services collective food parade run walk 5k gym
    fitness studio salon spa restaurant grill bakery brewery arts commons crossing mills
    point ridge grove station square fields
    """
)

# Capitalised words that end a run as calendar words ("Mother's Day", "Heart Month").
CALENDAR_NOUNS = _words("day days week weekend month year eve holiday holidays season")

MONTHS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)

# Capitalised words that start sentences or headings and are never a person's name here.
COMMON_CAPITALIZED = _words(
    """
    a about above after again all also always am an and another any anyone are aren't as
    ask at attention available aww awesome back be because been before being best better
    between big book both brave but by call can can't care check come congrats
    congratulations could did didn't do does don't done down during each early either
    enjoy even ever every everyone everybody everything excited fall few first follow for
    free friday friends from fun get give glad go good got great had happy has have having
    he hello her here hers hey hi him his hope how however i if in is it it's its just keep
    last learn let let's like little look love made make many may me meet merry more most
    much must my need never new next nice no not nothing now of off ok okay on once one only
    or other our out over own please proud question questions quick ready really reminder
    remember right same save see she should since so some soon sorry spring still stop such
    sure take tell than thank thanks that that's the their them then there these they
    this those though through tip today together tomorrow too try two under until up update
    updated us very visit wait want was we we're we've welcome well were what when where
    which while who why will wish with without wow yes yesterday yet you you're your yours
    yay hooray cheers sending wishing celebrating meet join bring come shout
    heads important note notice alert breaking news fact facts myth myths did don't
    national international world american awareness month week
    q a faq tl dr ps p.s
    drink wear brush floss smile rinse chew eat stay wash use protect schedule open closed
    dear hiya howdy morning afternoon evening night everyone folks y'all all team neighbors
    parents families kids mom moms dad dads ladies gentlemen guys gang crew fam people
    patients there friend everybody sir maam rip
    unfortunately absolutely definitely totally agreed agree true exactly correct
    """
)

# Words a greeting may be addressed to that are not a person ("Hi everyone,").
GREETING_TARGETS = _words(
    """
    everyone everybody all there team friends folks neighbors neighbours parents families
    patients guys ladies gentlemen yall y'all moms dads kids gang crew fam community
    columbus ohio world again back sir maam madam friend neighbor neighbour love dear
    """
)

# Greetings and thanks that open a reply addressed to one person.
GREETINGS = _words(
    "hi hii hey hello hiya dear thanks thx ty congrats congratulations welcome howdy yo morning"
)

# Disease and sign names after people, and brands that look like names.
EPONYMS = _words(
    """
    alzheimer alzheimers parkinson parkinsons crohn crohns down hashimoto hashimotos graves
    addison addisons cushing cushings hodgkin hodgkins tourette tourettes asperger aspergers
    bell bells huntington huntingtons raynaud raynauds sjogren sjogrens sjögren sjögrens
    kawasaki guillain barre barré epstein barr heimlich apgar pap lyme achilles babinski
    marfan meniere menieres osgood schlatter paget pagets reiter wilson wilsons bright
    gehrig lou tommy john munchausen kaposi hirschsprung hirschsprungs tay sachs
    duchenne turner turners klinefelter williams angelman prader willi rett bell's
    cushing's addison's alzheimer's parkinson's crohn's hashimoto's
    invisalign botox juvederm sonicare crest colgate oral-b tylenol advil motrin aleve
    ozempic wegovy mounjaro epipen flonase zyrtec claritin benadryl sensodyne listerine
    waterpik medicaid medicare tricare carecredit delta cigna aetna humana kaiser mayo
    hopkins cleveland nih cdc fda who ada ama aap rsv hpv covid mpox
    """
)

# Calendar names and holidays that contain given names.
HOLIDAY_NAMES = _phrases(
    """
    martin luther king
    st. patrick
    saint patrick
    st patrick
    valentine
    mother
    father
    columbus day
    presidents
    yom kippur
    rosh hashanah
    hanukkah
    chanukah
    passover
    diwali
    eid al-fitr
    eid al-adha
    ramadan
    lunar new year
    cinco de mayo
    juneteenth
    kwanzaa
    nowruz
    vesak
    holi
    """
)

# People often named in health news; their names in a post are not patients'.
PUBLIC_FIGURES = _phrases(
    """
    michael j. fox
    michael j fox
    jimmy carter
    rosalynn carter
    bruce willis
    celine dion
    magic johnson
    angelina jolie
    selena gomez
    lady gaga
    serena williams
    venus williams
    simone biles
    michael phelps
    kate middleton
    princess of wales
    king charles
    prince harry
    prince william
    joe biden
    donald trump
    barack obama
    michelle obama
    anthony fauci
    ben carson
    christopher reeve
    stephen hawking
    muhammad ali
    lou gehrig
    tommy john
    robin williams
    demi lovato
    justin bieber
    hailey bieber
    kevin love
    naomi osaka
    dwayne johnson
    tom hanks
    rita wilson
    hoda kotb
    robin roberts
    ben stiller
    sharon osbourne
    ozzy osbourne
    jamie lee curtis
    halle berry
    nick jonas
    sonia sotomayor
    mitch mcconnell
    john mccain
    leonardo dicaprio
    taylor swift
    oprah winfrey
    oprah
    jamie foxx
    john fetterman
    george washington
    abraham lincoln
    ida gray
    dr. seuss
    beyonce
    elon musk
    kim kardashian
    britney spears
    james van der beek
    toby keith
    shannen doherty
    jennifer aniston
    mariah carey
    chadwick boseman
        """
)

# Words before a name that say the person is a public figure.
PUBLIC_TITLES = _words(
    """
    president senator sen governor gov secretary congressman congresswoman
    representative rep mayor prince princess king queen duke duchess pope actor actress
    singer rapper star celebrity quarterback pitcher athlete olympian gymnast host
    anchor author former first lady surgeon general commissioner chancellor minister
    """
)

# Conditions, procedures, tests and treatments: a health detail when tied to a person.
HEALTH_TERMS = _phrases(
    """
    root canal
    root canals
    crown
    crowns
    temporary crown
    filling
    fillings
    extraction
    extractions
    implant
    implants
    braces
    retainer
    veneers
    dentures
    bridge work
    whitening
    cleaning
    cleanings
    deep cleaning
    checkup
    check-up
    checkups
    x-ray
    x-rays
    xray
    xrays
    cavity
    cavities
    cavity-free
    sealant
    sealants
    night guard
    mouthguard
    mouthguards
    dry socket
    wisdom teeth
    wisdom tooth
    toothache
    tooth
    teeth
    chipped tooth
    chipped front tooth
    gum disease
    gum graft
    periodontal
    periodontitis
    gingivitis
    numbing
    novocaine
    invisalign
    reconstruction
    surgery
    surgeries
    operation
    chemo
    chemotherapy
    radiation
    cancer
    cancer-free
    tumor
    tumour
    biopsy
    mammogram
    colonoscopy
    mri
    ct scan
    ultrasound
    lab results
    labs
    bloodwork
    blood work
    strep
    strep test
    strep throat
    pregnancy
    pregnancy test
    pregnant
    prenatal
    miscarriage
    ivf
    c-section
    gestational diabetes
    diabetes
    diabetic
    a1c
    insulin
    blood pressure
    hypertension
    cholesterol
    asthma
    copd
    allergy
    allergies
    allergy shots
    allergy testing
    vaccine
    vaccines
    vaccinated
    flu
    covid
    pneumonia
    infection
    ear infection
    uti
    stroke
    heart attack
    heart surgery
    cardiac
    cardiac rehab
    rehab
    physical therapy
    therapy
    dialysis
    hospice
    icu
    admitted
    hospitalized
    discharged
    hip replacement
    knee replacement
    knee surgery
    hip fracture
    fracture
    broken arm
    broken leg
    broken wrist
    broken ankle
    cast
    concussion
    appendectomy
    mastectomy
    tonsils
    tonsillectomy
    gallbladder
    gallbladder surgery
    dementia
    alzheimer's
    parkinson's
    depression
    anxiety
    adhd
    autism
    evaluation
    migraine
    migraines
    medication
    medications
    meds
    prescription
    antibiotic
    antibiotics
    cpap
    sleep apnea
    hearing aid
    hearing aids
    lice
    lice treatment
    eye exam
    eye exams
    physical
    sports physical
    hiv
    std
    sti
    hepatitis
    recovery
    diagnosis
    diagnosed
    diagnosed with
    cleft palate
    lupus
    transplant
    seizure
    seizures
    epilepsy
    overdose
    addiction
    sobriety
    nursing
    breastfeeding
    postpartum
    colic
    eczema
    acne
    psoriasis
    melanoma
    mole removal
    rash
    shingles
    measles
    mono
    anemia
    thyroid
    arthritis
    sprain
    stitches
    ear tubes
    tube
    procedure
    treatment
    hospital stay
    lab work
    ptsd
    anesthetic
    anesthesia
    reaction to the anesthetic
    breast cancer
    oral cancer
    sinus infection
    """
)

# Cue words that tie a date to one person's life or care (birth, death, a visit).
PERSONAL_DATE_CUES = _words(
    """
    born birth birthday bday dob passed died death admitted discharged surgery procedure
    seen visit visited appointment appt operation delivered diagnosed hospitalized
    injured accident fell passed away funeral due scheduled booked moved rescheduled
    """
)

# Cue words that make a date an event of the practice or the town.
EVENT_DATE_CUES = _words(
    """
    closed close closing open opens opening reopen reopens hours holiday holidays event
    fair class classes clinic clinics webinar live session sessions starts start starting
    begins begin beginning through until till thru deadline drive parade marathon
    meeting conference open house raffle sale available offering offered walk run festival
    """
)

HEALTH_SINGLE_WORDS = frozenset(term for term in HEALTH_TERMS if " " not in term)
