/**
 * Word lists the analysis leans on. They describe English news prose in general (how reporters
 * attribute speech, which words are titles, which capitalised words are never names); nothing here
 * is keyed to one article.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Verbs a reporter uses to attribute words to someone (base, -s, -ed and -ing forms). */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell telling added adds adding asked asks asking stated states
  explained explains noted notes remarked replied replies answered insisted insists argued argues
  warned warns wrote writes declared declares announced announces claimed claims continued conceded
  admitted admits acknowledged stressed stresses emphasised emphasized recalled recalls observed
  suggested suggests urged urges vowed vows pledged pledges promised promises predicted cautioned
  complained complains complain complaining concluded confirmed confirms denied denies responded responds tweeted posted
  joked quipped shouted reiterated reiterates affirmed maintained maintains commented comments
  countered agreed disagreed lamented boasted hinted mused demanded demands described describes
  accused accuses criticised criticized praised praises condemned condemns denounced welcomed
  welcomes dismissed dismisses labelled labeled branded calling called calls pointed recounted
  testified wrote told telling stating explaining warning insisting arguing accusing urging
  describing denying claiming adding noting stressing admitting conceding promising vowing
  pledging hails hailed slams slammed blasts blasted decried decries questioned questions
  chanted chanting chant chants shouting yelled screamed sang confesses confessed brands labels
  calls describes recalls replies reiterates blamed blames blaming cited citing found finds
  expressed expresses defended defends thanked
  declaring announcing confirming cautioning acknowledging emphasising emphasizing lamenting
  boasting labelling labeling
  reported reports revealed reveals disclosed alleged alleges estimated estimates
`);

/**
 * Verbs of a cross-examination or an interview that attribute words only as a tag closing their
 * clause ('"Did you know?" counsel pressed', '"And then?" persisted the interviewer'); elsewhere
 * they are acts ("pressed charges", "persisted with the plan", "interrupted the meeting").
 */
export const EXCHANGE_TAG_VERBS = words(`
  pressed presses persisted persists probed probes interjected interjects interrupted interrupts
  retorted retorts queried queries prodded prompted prompts ventured chipped
`);

/**
 * Speech verbs that a study, survey or report takes as readily as a person ("the survey, Pew
 * Internet, suggests"): no sign on their own that their subject is someone.
 */
export const FINDINGS_VERBS = words(`
  suggested suggests found finds reported reports revealed reveals estimated estimates cited
  citing predicted posted disclosed alleged alleges concluded observed noted notes
`);

/**
 * Participles that open a sentence and frame its subject as the one speaking: "Writing in the
 * Guardian, Mr Brown…", "Asked about the delay, the minister…", "Speaking to reporters, she…".
 * The question forms ("asked", "pressed") make the subject the one who answers.
 */
export const SPEECH_FRAMING_PARTICIPLES = words(`
  speaking talking writing addressing responding replying commenting testifying answering
  briefing reacting explaining announcing interviewed asked pressed questioned quizzed challenged
  grilled invited
`);

/** Capitalised abbreviations that are not organisations: units, times, roles, things, and the letters after a barrister's or an honoured person's name ("Mr Ade Cole, SAN,", "Jane Burke SC"). */
export const NON_ORGANISATION_ACRONYMS = words(`
  TV GMT BST EST PST UTC CEO CFO COO MP MPs MEP MEPs PM AM PhD GDP VAT DNA HIV AIDS COVID IT AI
  OK ID UFO SUV CCTV GP GPs MBA FAQ PR HQ IPO ATM PIN ISA NHS DVD DVDs CD CDs MP3 PC PCs USB SMS
  GPS LCD HD HDTV TVs PDF URL
  QC KC SC SAN OBE MBE CBE KBE DBE
`);

/** Speech verbs that only attribute speech with a following particle ("called for", "pointed out"). */
export const SPEECH_VERB_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pointed', words('out')],
  ['spoke', words('of about')],
  ['referred', words('to')],
  // "as the economist put it", "Nair put it bluntly": putting it is saying it.
  ['put', words('it')],
]);

/**
 * What a body or a person puts out in writing, which the story then quotes as speaking: "the
 * statement said", "a club statement read", "in its ruling, the tribunal said", "according to a
 * notice from the company". A court's or a panel's written decision speaks as a press release does.
 */
export const STATEMENT_NOUNS = words(`
  statement statements release communique communiqué notice circular bulletin announcement
  declaration letter memo memorandum note email e-mail message post tweet update advisory
  ruling judgment judgement verdict finding findings decision determination order
  report filing submission
`);

/** Writing put up rather than issued, which "reads" as a statement does: "a sign read 'Closed'". */
export const POSTED_WRITING_NOUNS = words(
  'sign banner placard poster caption inscription plaque headline card',
);

/** Words that may sit between a subject and its speech verb: "Lavrov also said", "he had told". */
export const VERB_FILLERS = words(`
  also later then has had have was were is again further once earlier repeatedly publicly
  privately separately reportedly previously recently subsequently simply only just still
  quickly bluntly flatly firmly angrily calmly told would will could might
`);

/**
 * Words that mark the phrase after them as a name for something, not speech: the "Marshall Plan".
 * A label a payment or a record was given ("kickbacks disguised as 'marketing fees'") is a name too.
 */
export const NAMING_WORDS = words(`
  dubbed so-called nicknamed codenamed code-named titled entitled named known termed headlined
  billed reading title slogan motto disguised classified categorised categorized
`);

/**
 * Words that tell what a person is only when a name follows them straight away, since alone they
 * name a thing or a crowd as often: "soul star Ray Charles" but "a rising star"; "model Sophie Dahl"
 * but "the new model"; "Tory peer Norman Tebbit" but "peer pressure"; "prop Gethin Jenkins" but
 * "a stage prop". Stage and screen, the ring and the pack, money and the dock.
 */
export const DESCRIPTIONS_ONLY_BEFORE_A_NAME = words(`
  star superstar megastar starlet legend icon idol heart-throb model supermodel comic peer
  keeper prop hooker lock opener rookie debutant newcomer youngster teenager veteran
  heavyweight middleweight lightweight welterweight featherweight flyweight bantamweight
  billionaire millionaire protester hacker killer murderer gunman kidnapper fugitive
  VJ MC frontbencher
`);

/**
 * Plurals of jobs that are also a verb of the third person: "Meet the Parents stars Robert De
 * Niro", "the club captains Ann Lee", "she coaches Tom Hart". Before a list of names they are the
 * job only after a word that describes the holders ("Hollywood stars", "fellow coaches").
 */
export const PLURAL_JOBS_ALSO_VERBS = words(`
  stars hosts models captains coaches heads leads chairs judges guards pilots referees umpires
  partners directors features doubles nurses doctors cooks spies agents officers
`);

/**
 * Kinds of creative work a critic or an arts desk names before its title ("the film Vera Drake",
 * "Lloyd Webber's musical Bombay Dreams", "her debut novel White Teeth").
 */
export const WORK_KINDS = words(`
  film films movie movies musical musicals album albums single singles novel novels play opera
  operas operetta ballet sitcom series serial show drama comedy thriller biopic documentary song songs
  book books memoir cartoon miniseries mini-series soap telenovela anime manga painting
  symphony oratorio cantata sequel prequel remake franchise videogame
  romcom rom-com western spin-off pantomime panto revue ep lp mixtape
  película pelicula filme roman romanzo livre libro disque disco chanson canción cancion lied
`);

/**
 * Who a work is credited to when its title comes first ("Vera Drake star Imelda Staunton", "Harry
 * Potter author JK Rowling", "The Office creator Ricky Gervais"): the title is no one's name.
 */
export const CREDITS_AFTER_WORK = words(`
  star stars actor actress author creator co-creator writer screenwriter scriptwriter
  novelist illustrator composer lyricist librettist showrunner presenter narrator
`);

/** Articles and owners: the only words that make a kind of work which is also a verb ("the play") a noun. */
export const DETERMINERS_BEFORE_NOUN = words(`
  the a an his her their its our my your this that
`);

/**
 * What stands before a work's kind when it names a work ("the film", "her new novel", "Leigh's
 * film"); a verb's subject there ("he plays Kevin Kim", "to film Jane Doe") names no work.
 */
export const BEFORE_WORK_KIND = new Set([
  ...DETERMINERS_BEFORE_NOUN,
  ...words(`
    new latest hit debut first second third last final classic original acclaimed award-winning
    upcoming forthcoming recent next cult best-selling bestselling celebrated famous
  `),
]);

/**
 * Kinds of work that are verbs as well ("will next play Roger Federer", "to film Jane Doe"): only
 * an article or an owner before them ("the play", "Leigh's film") makes them the noun.
 */
export const WORK_KINDS_ALSO_VERBS = words(`
  play film show book single remake
`);

/** Parts an actor plays: "her role as Bridget Jones", "cast as Stanley Kowalski" name a character. */
export const ROLE_AS_WORDS = words(`
  role roles part portrayal turn starring stars star starred cast recast appears appeared appearing
`);

/** Positions on a team: roles before a name ("goaltender Mikko Laine") and epithets ("the French midfielder"). */
export const PLAYING_POSITIONS = words(`
  striker midfielder defender goalkeeper goaltender goalie netminder defenseman defenceman winger
  forward quarterback linebacker pitcher shortstop outfielder infielder wicketkeeper batsman batter
  bowler all-rounder fly-half scrum-half flanker centre-back full-back starter reliever closer catcher
  right-hander left-hander southpaw substitute
  corner-forward half-forward full-forward wing-forward centre-forward center-forward corner-back half-back
  wing-back centre-half
  halfback fullback five-eighth
  receiver cornerback tailback
`);

/**
 * Positions that are also common words or surnames ("the city centre", "Hooker", "a wing of the
 * hospital"): a rugby, league, basketball or netball position before a player's name only when a
 * given name follows ("Centre Will Kemp", "Lock Aled Price").
 */
export const POSITIONS_ALSO_WORDS = words('centre center wing prop lock hooker rover sweeper');

/**
 * Positions named by two words neither of which is a job alone ("wing defence Aroha Tipene",
 * "running back Marcus Dell"): netball's seven, and the gridiron and baseball ones that match
 * reports put straight before a player's name.
 */
export const TWO_WORD_POSITIONS = new Set([
  'goal shoot',
  'goal attack',
  'wing attack',
  'wing defence',
  'wing defense',
  'goal defence',
  'goal defense',
  'goal keeper',
  'running back',
  'tight end',
  'defensive end',
  'nose tackle',
  'first baseman',
  'second baseman',
  'third baseman',
  'designated hitter',
  'number eight',
]);

/**
 * Titles won at a named event and carried before the name as part of the role: "French Open
 * champion", "Tour de France winner", "Commonwealth Games silver medallist", "Australian Open
 * finalist", "Wimbledon top seed". The event's name, capitals and all, belongs to the title.
 */
export const TITLES_WON_AT_EVENTS = words(`
  champion champions winner winners runner-up runners-up finalist semi-finalist semifinalist
  quarter-finalist quarterfinalist medallist medalist medal-winner titleholder title-holder
  record-holder seed qualifier
`);

/**
 * The lower-case words a title won at an event carries ("former world champion", "Olympic 100m
 * gold medallist", "two-time defending champion"); any other ("beat", "play") is the sentence's.
 */
export const WORDS_OF_A_TITLE_WON = words(`
  world olympic paralympic gold silver bronze double triple two-time three-time four-time
  five-time junior senior national european former newly-crowned newly-seeded indoor outdoor
`);

/**
 * "Top seed", "Fifth seed", "Number one seed": the standing a draw gives a player, in the words
 * that open a sentence with a capital as often as not.
 */
export const STANDING_IN_A_DRAW = words(`
  top first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
  thirteenth fourteenth fifteenth sixteenth unseeded defending reigning
`);

/**
 * "Inspectors said", "the auditors found": members of a body whose calling is to examine, who speak
 * in its name when a report of theirs is quoted ("Healthcare Inspectorate", "Audit Office").
 */
export const EXAMINERS_FOR_A_BODY = words(`
  inspectors auditors investigators examiners regulators assessors
`);

/**
 * "the loose forward", "the holding midfielder", "the opening batsman": a word that narrows a
 * position without naming the player's country or age, so the phrase is still only a position.
 */
export const POSITION_QUALIFIERS = words(`
  loose tight holding attacking defensive central centre center left right opening tighthead loosehead
  second-row back-row utility
`);

/**
 * "the youngster Cauã", "the veteran Thaciano", "teenager Mbeki": words for a person by age or
 * standing that, like a position, sports desks put straight before the one name a player goes by.
 */
export const PEOPLE_BY_AGE_OR_STANDING = words(`
  youngster teenager veteran newcomer debutant rookie prodigy schoolboy schoolgirl
`);

/**
 * "Residents who spoke were divided", "commuters complained": people named by where they live or
 * what they use. A clause after one of them saying what they do for a living ("who runs a
 * bakery") says more than the group they were picked from.
 */
export const PEOPLE_BY_HOME_OR_USE = words(`
  resident villager householder homeowner tenant neighbour neighbor local commuter passenger patient
  parent voter ratepayer taxpayer customer shopper user visitor
`);

/** Heads of role phrases: a word that makes "Syria's longtime ruler" or "Foreign Minister" a role. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...PLAYING_POSITIONS,
  ...words(`
  minister president prime premier chancellor secretary administrator convener convenor king queen prince princess emir sheikh
  sultan pope bishop archbishop cardinal imam rabbi general admiral colonel commander chief
  captain lieutenant sergeant major marshal ruler leader dictator monarch governor mayor senator
  congressman congresswoman representative lawmaker legislator mp mep msp mla mpp mna mha mlc td deputy ambassador envoy
  diplomat consul spokesman spokeswoman spokesperson director chairman chairwoman chair ceo
  cfo coo cto cio
  founder president-elect vice-president head manager coach editor journalist reporter
  correspondent columnist analyst economist professor researcher scientist lecturer expert
  official officer judge lawyer attorney prosecutor barrister solicitor advocate activist
  campaigner negotiator adviser advisor aide strategist commissioner inspector superintendent
  constable detective chancellor-elect treasurer auditor executive president's presidente
  candidate nominee speaker whip chairperson boss owner teacher doctor nurse surgeon student sophomore freshman
  resident farmer worker engineer pilot soldier fighter commentator historian author writer
  novelist actor actress singer musician director-general secretary-general undersecretary
  under-secretary physician mother father son daughter brother sister widow husband wife
  survivor witness victim organiser organizer founder co-founder partner trader investor banker
  fellow counsel clerk officer-in-charge premier-elect governor-general councillor
  councilor alderman alderwoman alderperson corporator headteacher headmaster headmistress principal rector chaplain vicar
  negotiator gov sen rep supt insp det sgt capt cmdr lt col gen adm skipper captain founder cr ald
  biologist chemist physicist geologist hydrologist economist journalist analyst technician
  consultant planner architect campaigner volunteer shopkeeper owner landlord tenant mediator
  organiser organizer arbitrator regulator nurse physician paramedic firefighter presenter
  anchor broadcaster producer surveyor designer pensioner retiree grandmother grandfather commuter expatriate expat
  passenger fan supporter entrepreneur businessman businesswoman chef artist filmmaker composer
  poet rapper comedian footballer player athlete runner
  champion boxer jockey trainer farmer fisherman owner landlady host mum dad accountant consultant
  assistant attendant servant merchant migrant immigrant applicant participant defendant claimant
  informant occupant inhabitant descendant correspondent respondent patient parent agent opponent
  plaintiff petitioner appellant complainant deckhand farmhand stagehand procurator depute
  proponent entrant moderator interviewer panellist panelist pundit elder cleric priest preacher
  pastor monk nun member hawker vendor stallholder justice driver rider courier motorist cyclist labourer
  laborer miner mechanic plumber electrician carpenter cleaner cashier waiter waitress hairdresser
  midwife carer caregiver herder herdsman rancher grower smallholder villager tutor referee umpire
  translator interpreter dancer blogger homeowner householder landowner breeder beekeeper
  winemaker dealer broker seller magistrate coroner sheriff registrar councilman councilwoman
  councilmember assemblyman assemblywoman assemblymember selectman selectwoman coun granddaughter grandson niece nephew cousin aunt uncle stepson stepdaughter stepfather stepmother
  fiance fiancee fiancé fiancée girlfriend boyfriend mec guard recorder songwriter garda trustee lyonpo akim
  performer talisman millwright hurler veteran warden veterinarian counsellor counselor astronomer
  fishmonger welder bricklayer roofer foreman publican innkeeper storekeeper salesman saleswoman
  realtor auctioneer paralegal notary bailiff jailer crofter dairyman distiller sommelier nanny
  housekeeper groundsman greenkeeper caddie impresario critic conservator co-lead
  gp
  lyonchhen usec
  employee master
  apostle prophet prophetess deaconess archdeacon overseer
  delegate steward ringleader mastermind
  controller comptroller prefect kingpin accomplice henchman middleman
  brigadier corporal bombardier trooper gunner sapper airman rifleman fusilier guardsman midshipman
  ensign maj brig cpl bdr lcpl
`),
]);

/** People who speak for the body they work at: "analysts at Bernstein said". */
export const STAFF_NOUNS = words(`
  analyst analysts economist economists official officials researcher researchers scientist
   scientists expert experts executive executives staff sources source spokesman spokeswoman
   spokesperson strategist strategists lawyers engineers managers manager director professor
   fellow lecturer researcher partner chairman chief economist trader
`);

/** Relational nouns: evidence of a person, but not a role worth reporting ("his counterpart"). */
export const RELATIONAL_NOUNS = words(`
  counterpart colleague ally friend rival successor predecessor opponent host guest
`);

/**
 * Relations that tell someone shares another's work, school or team: "Her colleague Hernán Ruiz".
 * Said of a person just named, they are the only role a story may give the one named after.
 */
export const WORKMATE_NOUNS = words(`
  colleague co-worker coworker workmate teammate classmate
`);

/**
 * South Asian police ranks by their initials, set off before a name with their wing and district:
 * "SSP Traffic Jammu, Harpreet Singh Bali,". Those that spell a word or a party ("DIG", "SP") are
 * left out.
 */
export const POLICE_RANKS_BY_INITIALS = new Set(['SSP', 'DSP', 'ASP', 'IGP', 'SHO', 'DCP', 'ACP']);

/**
 * Ranks written as initials straight before a name in West African, East African and Malaysian
 * papers: fire service ("ACFO Gifty Tetteh"), police ("CSP Musa Bello", "AIG"), customs. Read only
 * straight before a full name, where initials that spell a word ("DIG") are no word.
 */
export const SERVICE_RANKS_BY_INITIALS = new Set([
  'ACFO',
  'DCFO',
  'DOI',
  'ADO',
  'CSP',
  'AIG',
  'DIG',
  'SAC',
  'OCPD',
  // British and Irish police ranks as their papers write them before a name: "PC Sarah Jones", "DC",
  // "DS", "DI", "DCI", "DSI", "DCS", and a community support officer ("PCSO").
  'PC',
  'WPC',
  'DC',
  'DS',
  'DI',
  'DCI',
  'DSI',
  'DCS',
  'PCSO',
]);

/** Capitalised words that can start a formal title before a name: "Foreign Minister", "Deputy". */
export const TITLE_MODIFIERS = words(`
  foreign defence defense interior finance economy trade health education justice energy
  environment culture transport labour labor agriculture home deputy vice acting former
  interim chief senior junior first second lead general state federal regional national
  executive managing supreme grand crown shadow assistant associate principal permanent
  special opposition majority minority prime attorney secretary new longtime long-time
  outgoing incoming late then- housing fisheries fishing electricity water oil mining
  communities business industry sport sports digital science technology treasury immigration
  security veterans tourism women youth family social climate development planning
  infrastructure cooperation affairs communications information economic political military
  police chief-of-staff union party council additional joint
`);

/**
 * Words that make a job another, lesser one: the shadow chancellor is not "the chancellor", nor an
 * assistant coach "the coach", so a second reference leaving them out means someone else.
 */
export const SUBORDINATE_RANKS = words(`deputy vice assistant associate junior shadow under`);

/** Courtesy titles that precede a name and say little beyond sex. */
export const HONORIFICS = new Map<string, 'male' | 'female' | null>([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['sir', 'male'],
  ['dame', 'female'],
  ['lord', 'male'],
  ['lady', 'female'],
  ['dr', null],
  ['prof', null],
  ['professor', null],
  ['rev', null],
  ['reverend', null],
  ['sheikh', 'male'],
  ['madam', 'female'],
  ['cllr', null],
  ['fr', 'male'],
  ['revd', null],
  ['rt', null],
  ['hon', null],
  ['baroness', 'female'],
  ['baron', 'male'],
  // Respect titles for First Nations elders in Australian usage: "Aunty Lorraine Webb".
  ['aunty', 'female'],
  ['auntie', 'female'],
  ['uncle', 'male'],
  // Professional courtesy titles in the Philippines: "Engr. Ramon de la Cruz", "Atty. Lea Santos".
  ['engr', null],
  ['atty', null],
  // Malaysian honours: "Datuk Seri Lim", "Datin Farah".
  ['datuk', 'male'],
  ['dato', 'male'],
  ['datin', 'female'],
  // Pilgrimage titles in East and West Africa and South-East Asia: "Hajjat Zainab Nsubuga",
  // "Alhaji Musa Bello", "Hajah Rosnah".
  ['haji', 'male'],
  ['hajji', 'male'],
  ['alhaji', 'male'],
  // Bangladeshi usage: "Alhaj AKM Ashraf Uddin".
  ['alhaj', 'male'],
  ['hajjat', 'female'],
  ['hajat', 'female'],
  ['hajia', 'female'],
  ['hajiya', 'female'],
  ['alhaja', 'female'],
  ['hajah', 'female'],
  // The same titles as French-speaking West and Central Africa spells them: "Alhadji Oumarou
  // Bello" (Cameroon), "Elhadj Issoufou", "Hadja Fatoumata Camara" (Guinea), "Hadjia Amina".
  ['alhadji', 'male'],
  ['alhadj', 'male'],
  ['elhadj', 'male'],
  ['elhadji', 'male'],
  // Written apart after "El": "El Hadj Omar Diallo", "El Hadji Malick Sy".
  ['hadj', 'male'],
  ['hadji', 'male'],
  ['hadja', 'female'],
  ['hadjia', 'female'],
  // Teachers' titles in Nigeria and Malaysia: "Mallam Sani Yusuf", "Ustaz Kamal".
  ['mallam', 'male'],
  ['ustaz', 'male'],
  ['ustazah', 'female'],
  // Respect for elders in South African usage: "Gogo Nomsa Khumalo" (grandmother), "Mkhulu",
  // and the Sesotho "Ntate" and "Mme" (Mr, Mrs).
  ['gogo', 'female'],
  ['mkhulu', 'male'],
  ['ntate', 'male'],
  ['mme', 'female'],
  // Bhutanese honours: "Dasho" for those the King has honoured, "Aum" for a woman ("Aum Pem
  // Choden"). "Lyonpo" (minister) is an office, among the role nouns.
  ['dasho', null],
  ['aum', 'female'],
  // Thai "Khun" (either sex) before a given name; Burmese "Daw" for a woman of standing.
  ['khun', null],
  ['daw', 'female'],
  // Fijian chiefly styles ("Ratu" for a man) and the Samoan "Afioga" before a matai title.
  ['ratu', 'male'],
  ['afioga', null],
  // Amharic "Woizero" (Mrs); "Ato" (Mr) is also a Ghanaian given name (see below).
  ['woizero', 'female'],
  ['weizero', 'female'],
  // Nigerian chieftaincy: "Otunba Babatunde Ogunleye".
  ['otunba', 'male'],
  // Brunei nobility and Indonesian engineers: "Pengiran Haji Mohd Hasnan", "Prof. Dr. Ir. Slamet".
  ['pengiran', null],
  ['ir', null],
  // Party address in Zimbabwe and South Africa: "Cde Nomvula Sibanda", "Comrade Tendai Moyo".
  ['cde', null],
  ['comrade', null],
  // Indian courtesy titles: "Shri Ramesh Kumar", "Smt. Lakshmi Devi", "Shrimati Asha Rani".
  ['shri', 'male'],
  ['shrimati', 'female'],
  ['smt', 'female'],
  // Bruneian honour ("Pehin Abdul Rahman") and a Catholic prelate's ("Mgr Peter Walsh", "Msgr.").
  ['pehin', 'male'],
  ['mgr', 'male'],
  ['msgr', 'male'],
  // Muslim scholars' titles in South Asia ("Maulana Fazlur Rehman", "Mufti Taqi Usmani") and a
  // Buddhist monk's ("Venerable Omalpe Sobitha"; "Ven." is among the titles needing a full name).
  ['maulana', 'male'],
  ['mufti', 'male'],
  // The same scholars' styles as Afghan, Pakistani and Indian outlets spell them ("Mawlawi Abdul
  // Kabir", "Maulvi Nazir Ahmad", "Qari Fasihuddin", "Mullah Baradar"): a style, never a given name.
  ['mawlawi', 'male'],
  ['maulvi', 'male'],
  ['molvi', 'male'],
  ['moulvi', 'male'],
  ['mawlana', 'male'],
  ['qari', 'male'],
  ['mullah', 'male'],
  ['mulla', 'male'],
  ['venerable', null],
  // Forms of address in the languages foreign news is reported from, never given names: French
  // "Maître" for an advocate or notary ("Maître Aïssatou Ndiaye", "Me" is among the abbreviated),
  // Spanish, Portuguese, Italian, German and Dutch Mr and Mrs, and the neutral English "Mx".
  ['maître', null],
  ['maitre', null],
  ['mademoiselle', 'female'],
  ['señor', 'male'],
  ['señora', 'female'],
  ['señorita', 'female'],
  ['doña', 'female'],
  ['senhor', 'male'],
  ['senhora', 'female'],
  ['signor', 'male'],
  ['signora', 'female'],
  ['signorina', 'female'],
  ['herr', 'male'],
  ['frau', 'female'],
  ['mevrouw', 'female'],
  ['meneer', 'male'],
  ['mx', null],
  // Malay and Indonesian Mr ("Encik Ahmad Razak", "Bapak Joko Susilo").
  ['encik', 'male'],
  ['bapak', 'male'],
  // Southern African and Ghanaian chiefly styles: Tswana "Kgosi", Ewe "Togbe".
  ['kgosi', 'male'],
  ['togbe', 'male'],
  // A Swahili teacher's style, as East African papers keep it: "Mwalimu Julius Nyerere".
  ['mwalimu', null],
]);

/**
 * Honours of several words whose first word alone is a name: Malay "Yang Berhormat" (the
 * Honourable; Yang is a Chinese surname) and its higher "Yang Amat Berhormat", "Yang Mulia".
 */
export const HONOUR_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Yang', new Set(['Berhormat', 'Amat', 'Mulia', 'Teramat', 'Dipertua'])],
]);

/**
 * Words that grade a Malaysian or Brunei honour after "Dato", "Datuk", "Datin" or "Seri": "Dato
 * Seri Setia", "Dato Paduka", "Datin Paduka", "Dato Seri Laila Jasa".
 */
export const HONOUR_GRADES = words('Sri Seri Setia Paduka Laila Jasa Utama Panglima Wira Indera Pahlawan');

/**
 * Courtesy titles that are as often a surname or a short word of their own ("Bill Barr", "the Arc",
 * "Eng" for England, "Sr" after a father's name): "Tun Daim Zainuddin", "Puan Noor Aini", "Sr
 * Bernadette Kelly" (a nun), Nigerian "Engr."/"Eng.", "Arc." (architect), "Barr." (barrister), South
 * African "Adv." (advocate). They open a name only before a full name or with their full stop.
 * So do courtesy titles that are names elsewhere and never written short, but only before a full
 * name: Burmese "U", "Ko" and "Ma" (Chinese surnames too: Ma Ying-jeou; "Ma." is María, "U." an
 * initial), Fijian "Adi" (an Indian given name: Adi Godrej), Brunei "Awang" and "Dayang" (Malay
 * given names), Amharic "Ato" (Ghanaian: Ato Boldon).
 */
export const HONORIFICS_BEFORE_FULL_NAMES = words(
  'tun puan sr eng arc barr adv ven u ko ma adi awang dayang ato ' +
    // More of the kind, each also a surname or a word ("Vijaya Lakshmi Pandit", "Madame Tussauds",
    // "Madame Butterfly"): a soldier's lowest rank written short ("Pte Daniel Okafor"; "Private"
    // opens firms' names too often), French "Madame" and "Monsieur", Malay "Cik", Indonesian "Ibu",
    // South Asian "Begum", "Pandit", "Sardar", "Janab", and the Yoruba king's "Oba".
    'pte madame monsieur cik ibu begum pandit sardar janab oba',
);

/**
 * Ranks and styles a person is addressed by before their name ("Pol Maj Gen", "Lt Col", "Professor
 * Dr", a Nigerian "Chief"): they say what someone is called, so an office the article states
 * beside them ("commander of the Tak immigration division") says more of what they do.
 */
export const RANKS_OF_ADDRESS = words(`
  pol police air general gen major maj colonel col lieutenant lt captain capt sergeant sgt corporal
  cpl brigadier brig admiral adm commodore marshal commander cmdr private pte wing flight
  superintendent supt inspector insp detective det constable professor prof doctor dr chief vice rear
`);

/**
 * What a business does, ending as a trade does: "a drug maker", "a cargo carrier", "a steel
 * producer". After a name set off by a comma they describe a firm as often as a person.
 */
export const BUSINESS_AGENT_NOUNS = words(`
  maker producer supplier provider carrier manufacturer retailer lender insurer distributor exporter
  importer refiner publisher wholesaler processor assembler
`);

/**
 * Things and works whose names end as a doer's noun does, set off after a title as a trade would
 * be after a name: "Hide and Seek, a supernatural horror", "a psychological thriller".
 */
export const THINGS_ENDING_LIKE_DOERS = words(`
  thriller blockbuster bestseller horror terror error mirror number letter chapter quarter sector
  corridor container computer trailer poster sticker banner charter border cluster disaster murder
  monster tower shelter center centre theater theatre water river paper matter order
`);

/**
 * Places and bodies people work in that a job may be "of" or "at", named by a common noun straight
 * before the holder's name: "Director General of the gallery Bohdan Melnychuk", "Chair of the
 * bench Margaret Tulloch".
 */
export const WORKPLACE_NOUNS = words(`
  gallery theatre theater orchestra zoo firm store shop factory plant mill mine farm hotel
  restaurant market festival clinic station port airport prison reserve bench panel jury
`);

/**
 * Royal styles that are also given names, in Liberia and Ghana as in the American South ("Prince
 * T. Gbowee", "King C. Gillette", "Earl W. Stafford"). A royal is never written with a middle
 * initial, so before one the word is the person's given name.
 */
export const ROYAL_STYLES_GIVEN_AS_NAMES = words('Prince Princess King Queen Duke Earl');

/**
 * Places left out of the known places because they are as often given names ("Virginia Woolf",
 * "Georgia O'Keeffe"): before a landform the way towns are named, they are the place ("Virginia
 * Beach", "Georgia Springs").
 */
export const PLACES_ALSO_GIVEN_NAMES = words(
  'Virginia Georgia Carolina Florida Indiana Washington Jordan Chelsea',
);

/**
 * Heads that Romance languages put before the name of the person a place is named for: "Hospital
 * Garcia de Orta", "Estadio Jorge Basadre", "Universidad Simón Bolívar", "Stade Félix Houphouët".
 */
export const FACILITY_HEADS_BEFORE_NAMES = words(`
  Hospital Hôpital Ospedale Estadio Estádio Stade Stadio Universidad Universidade Université Università
  Colegio Colégio Liceo Liceu Lycée Instituto Escuela Escola Clínica Aeropuerto Aeroporto Aéroport
`);

/** Of those, the ones a full stop after makes an initial or a given name, never a title. */
export const HONORIFICS_NEVER_SHORTENED = words('u ko ma adi awang dayang ato');

/** "Jr.", "III": a generation written after a full name, which the name's owner signs with. */
export const GENERATIONAL_SUFFIXES = words('Jr Sr II III IV');

/**
 * Given names written short with a stop, as the name's owner writes it: Filipino "Ma." (María),
 * Bangladeshi "Md." (Mohammad), Malaysian "Mohd." and "Muhd.", and old English "Wm.", "Thos.".
 */
export const ABBREVIATED_GIVEN_NAMES = new Set(['Ma', 'Md', 'Mohd', 'Muhd', 'Wm', 'Thos', 'Chas', 'Jas']);

/**
 * Name particles that may be written attached, detached or dropped: al-Shaibani, al Shaibani, Shaibani.
 * Patronymics count too: Malay "binti" (daughter of), Welsh "ap" (son of, "Rhys ap Gruffydd").
 */
/**
 * Small words a body's name runs on through before its bracketed short form, in the languages
 * bodies are named in: "Centre for Science and Environment (CSE)", "Kilusang Magbubukid ng
 * Pilipinas (KMP)", "Confederación General del Trabajo (CGT)", "Bund für Umwelt und Naturschutz (BUND)".
 */
export const BODY_NAME_JOINERS = words(`
  of for and the de del della di da do dos das du des la le los las y e et i ng sa van der den von
  und für
`);

export const NAME_PARTICLES = words(`
  al el ul bin binti ibn bint abu abd abdel abdul de da di du del della der den van von le la ter ben
  dela delos dos das degli dei zu ó ní nic uí ap los las
  anak ould ferch verch vom zur dalla delle
`);

/**
 * Particles that are particles only as written in lower case: Portuguese "do" ("Maria do Céu
 * Coelho"); capitalised, "Do" belongs to a name of its own ("Vale Do Rio Doce"). Spanish "y" joins
 * a father's and a mother's surname ("Daniel Ortiz y Pino").
 */
const LOWER_CASE_PARTICLES = words('do y');

/** "van", "bin", "da", and a lower-case "do": a word that may sit inside a person's name. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase()) || LOWER_CASE_PARTICLES.has(word);
}

/**
 * Malay and Brunei "son of" and "daughter of": what follows is the father's name, titles and all.
 * Iban names join the two with "anak" (child of: "Nyalau anak Linggi").
 */
export const PATRONYMIC_PARTICLES = words('bin binti binte bte anak');

/**
 * Turkic and Central Asian patronymics written after the father's name in lower case, closing the
 * whole name: Kyrgyz "uulu" and "kyzy" ("Azamat Nurbek uulu"), Kazakh "uly" and "qyzy", Azerbaijani
 * "oglu"/"oğlu"/"ogly" and "qizi"/"gizi", Uzbek "o'g'li", Turkmen "ogly" and "gyzy". Second
 * references keep the father's name with it ("Nurbek uulu said").
 */
export const TRAILING_PATRONYMICS = words(`
  uulu kyzy kizi uly uli ulı qyzy oglu oğlu ogly ogli o'g'li qizi gizi gyzy
`);

/** Words that end the name of a contest or an honour ("the Prime Minister Cup", "the Nobel Prize"), never a surname. */
export const CONTEST_HEADS = words(`
  Cup Trophy Shield Prize Award Awards Medal Championship Championships Games Series League Final
  Finals Marathon Festival Tournament
`);

/**
 * Names that stand second in South Asian names, between the given name and the family name: "Hari
 * Prasad Adhikari", "Ram Bahadur Thapa", "Anil Kumar Sharma".
 */
export const MIDDLE_NAMES = words('Prasad Kumar Bahadur Lal Nath Chandra Kumari Narayan Bikram');

/** Honorifics that are also family names, after a given name: "Nasir Sheikh", "Imran Syed". */
export const HONORIFICS_AS_SURNAMES = words('Sheikh Shaikh Syed Sayed Mirza');

/** Fijian chiefly styles, which Fijian papers keep before the name they cite in full: "Ratu Semi Vakacegu". */
export const NAME_STYLES = words('Ratu Adi');

/**
 * Family names that Vietnamese and Korean names open on ("Nguyen Van Phuc", "Kim Tae-yong"), with
 * Vietnamese accents and without; only those that are no English word or given name on their own.
 * Chinese family names as Singapore, Malaysia and Hong Kong spell them follow ("Tan Siew Ling"):
 * their papers keep the family name first, before a given name of two words.
 */
export const FAMILY_NAMES_WRITTEN_FIRST = words(`
  Nguyen Nguyễn Tran Trần Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi
  Ngo Ngô Duong Dương Truong Trương Dinh Đinh Trinh Trịnh Doan Đoàn Luong Lương Choi Yoon Jeong
  Tan Lim Ng Ong Goh Koh Teo Chua Yeo Wong Chan Chong Lau Leong Liew Loh Quek Seah Soh Tay Toh Yap
  Heng Poh Chia Khoo Kwek Phua Tham Zhang Wang Chen Zhou Huang Zhao Liu Lin Yang Wu
`);

/** AP style's abbreviated US states after a town ("Omaha, Neb."), with their capital, without the stop. */
export const US_STATE_ABBREVIATIONS = words(`
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
  Okla Ore Pa Tenn Vt Va Wash Wis Wyo
`);

/** Institutions that, after a nationality or country, name an organisation: "the Russian presidency". */
export const INSTITUTION_NOUNS = words(`
  presidency government ministry army military navy embassy parliament cabinet regime
  authorities police administration judiciary senate congress council delegation leadership
  opposition coalition forces kremlin
`);

/**
 * Last words that make a capitalised phrase an organisation, with the legal forms companies are
 * registered under where news is written from ("Siemens AG", "Eni SpA", "Equinor ASA", "Bank
 * Central Asia Tbk", "Tan Chong Holdings Bhd", "Gazprom Neft PJSC"), which business copy keeps.
 */
export const ORGANISATION_HEADS = words(`
  ministry council party bank cruises breweries terminals agency committee commission university college school corporation
  corp company co inc ltd plc llc llp gmbh bhd group union organisation organization association court
  parliament congress senate assembly army navy force forces police guard guards institute
  foundation fund front movement brigade brigades federation office department authority board
  service services network airlines airways club fc league times post news journal telegraph
  guardian herald gazette tribune chronicle observer review press mail express standard
  independent economist radio tv television broadcasting channel agency centre center hospital
  trust society alliance coalition cabinet government presidency kremlin secretariat bureau
  directorate command corps regiment battalion division church mosque charity partnership
  industries holdings motors systems technologies labs laboratories records studios exchange
  commission tribunal caucus community semiconductor semiconductors electronics energy pharma
  pharmaceuticals capital partners solutions petroleum steel media health healthcare foods
  logistics telecom telecoms insurance securities ventures resources brands entertainment
  magazine economics tobacco mining mines minerals metals railways shipping aerospace chemicals
  therapeutics biotech robotics utilities retail estates reserve properties homes developments inspectorate rovers wanderers rangers athletic albion hotspur harriers argyle fc united
  afc bus metro rail railway transit chamber legal institutet universitet instituut universiteit
  institut hochschule stiftung kommun sjukhuset institution institutes academy museum library
  syndicate administration conference centres centers infirmary forum cooperative co-operative
  programme program unit laboratory municipality
  partei partij partiet forbund forbundet förbundet verband gewerkschaft kommune ziekenhuis sykehus
  sjukhus spital vereniging stichting
  confederation inquiry bench ballet opera orchestra philharmonic representatives
  limited incorporated ag spa nv bv asa oyj bhd berhad tbk jsc pjsc ojsc oao ooo zao pty pte
  srl sarl slu lda ltda kk kft zrt nyrt kgaa sdn pvt
`);

/**
 * Legal forms that end a company's name only as written in capitals: "Nestlé SA", "Volvo AB",
 * "Grifols SL"; "Nikhil de Sa" closes on a family name.
 */
export const CAPITALISED_LEGAL_FORMS = words('SA AB SL');

/**
 * Spanish, Portuguese, Italian, French and Catalan put the kind of body first ("Sindicato Minero
 * Chuquicamata", "Centro de Incidencia Ambiental", "Associação Brasileira de Imprensa"), so the head
 * word opens the name where English ends it; German and Dutch do the same before a town or a remit
 * ("Universität Bern", "Gemeente Utrecht", "Landgericht München"). Only words that are no English
 * word too, and no given name.
 */
export const ROMANCE_BODY_HEADS = words(`
  Sindicato Sindicat Syndicat Sindacato Centro Asociación Associação Associació Associazione Cooperativa
  Coopérative Ministerio Ministério Ministero Ministère Instituto Istituto Fundación Fundação Fundació
  Fondazione Fondation Comisión Comissão Commissione Consejo Conselho Consell Conseil Consiglio Partido
  Partit Partito Federación Federação Federazione Fédération Unión União Unione Banco Banca Banque
  Empresa Compañía Companhia Compagnie Coordinadora Confederación Confederação Confederazione
  Movimiento Movimento Mouvement Colectivo Coletivo Corporación Secretaría Juzgado Universidad
  Universidade Università Universitat Université Hôpital Ospedale Agencia Agência Agenzia Agence
  Observatorio Defensoría Fiscalía Procuraduría Contraloría Policía Polícia Polizia Ejército Exército
  Sociedad Sociedade Società Société Ayuntamiento Ajuntament Municipalidad Alcaldía Prefeitura
  Gobierno Govern Governo Gouvernement Cámara Câmara Asamblea Assemblea Assembleia Congreso Senado
  Grupo Gruppo Groupe Colegio Escuela Escola Liceo Museo Museu Musée Biblioteca Comité Comitato Comitê
  Oficina Servicio Serviço Servizio Departamento Dirección Direção Direzione Autoridad Autoridade
  Autorità Plataforma Alianza Aliança Alleanza Unidad Unidade Clube Deportivo Atlético Independiente
  Caixa Caja Frente Tribunale
  Corte Cour Guardia Comune Regione Provincia Municipio Gobernación Intendencia Concejo Generalitat
  Diputación Xunta Mairie Préfecture Procura Procuradoria Defensoria Teatro Clinique
  Universität Klinikum Spital Kantonsspital Landgericht Amtsgericht Bezirksgericht Kantonsgericht
  Bundesgericht Bundesamt Bundesministerium Ministerium Landratsamt Stadtwerke Gemeinde Gemeente
  Rechtbank Ministerie Politie Polizei Provincie Hogeschool Universiteit Stichting Vereniging
`);

/** "northern Lima", "south-eastern Zaporizhzhia": a part of a place, written in lower case before it. */
export const COMPASS_ADJECTIVES = words(`
  northern southern eastern western central north-eastern north-western south-eastern south-western
  northeastern northwestern southeastern southwestern north-central south-central east-central
  west-central
`);

/**
 * "downtown Reno", "south Reno", "west of Abu Al Abyad": lower-case words that mark a part of a
 * place, or a direction from one, before its name. Only places take them.
 */
export const PLACE_PART_WORDS = words(`
  downtown uptown midtown north south east west north-east north-west south-east south-west
  northeast northwest southeast southwest inner outer suburban rural
`);

/**
 * "Hidroservicios del Norte", "Banco del Sur", "Crédit du Nord": a compass point after a particle
 * ends the name of a body or a region, never a family name.
 */
export const COMPASS_POINTS_IN_NAMES = words(`
  Norte Sur Este Oeste Nord Sud Est Ouest Norde Nordeste Sudeste Noroeste Sudoeste Centro
`);

/** Sovereigns whose possessive opens or runs through a body's name: "King's College", "Queen's Bench". */
export const ROYAL_OWNERS = words(`
  King Queen Prince Princess Duke Duchess Sultan Sultanah Emperor Empress Tengku Tunku Raja Permaisuri
  Ampuan Agong
`);

/** Saint, as the languages hospitals and schools are named in write it before the saint's name. */
export const SAINT_WORDS = words('St Saint Ste Sainte Sankt San Santa Santo São');

/** Verbs that open a campaign group's name: "Save Springwood", "Stop the Pylons", "Keep Harlow Green". */
export const CAMPAIGN_VERBS = words('Save Stop Protect Keep Defend Reclaim');

/**
 * Legislatures known by their own name, not "parliament": "the Sejm voted", "the Storting passed",
 * as the papers of each country write them.
 */
const NAMED_LEGISLATURES = words(`
  Sejm Senat Saeima Seimas Riigikogu Storting Stortinget Folketing Folketinget Riksdag
  Riksdagen Eduskunta Althing Alþingi Knesset Bundestag Bundesrat Nationalrat Ständerat Duma Rada
  Oireachtas Dáil Seanad Senedd Stormont Majlis Sabor Skupština Skupstina Sobranie Sobranje
  Hluttaw Khural Kenesh Mazhilis Sandiganbayan
`);

/** Parties known by a name with no "party" in it, in the countries news is written from. */
const NAMED_PARTIES = words(`
  Likud Shas Meretz Fidesz Jobbik Syriza Pasok Podemos Sumar Vox Swapo Fretilin Frelimo Renamo Unita
  Umno Bersatu Golkar Gerindra Morena Venstre Høyre Kokoomus Vooruit Groen GroenLinks D66 N-VA Smer
  Ennahda Kuomintang Zanu-PF Vazrazhdane Hayastan Ataka Chega
`);

/** Newspapers, broadcasters and agencies known by one word: "told Politiken", "reported Tanjug". */
const NAMED_OUTLETS = words(`
  Politiken Berlingske Aftonbladet Expressen Dagbladet Aftenposten Yle Ukrinform Tanjug
  Mwananchi Foroyaa Amandala Haaretz Kommersant Izvestia Vedomosti Clarín Clarin Folha
  Estadão Estadao Tagesschau Bild Spiegel Libération Liberation Kathimerini Ekathimerini Blick
  Rzeczpospolita Nordjyske Delo Dnevnik Večernji Vecernji Kurir Novosti Hürriyet Hurriyet
  Yonhap Kyodo Jiji Bernama Antara Anadolu EFE Ansa ANSA Notimex Télam Telam Agerpres
`);

/** Well-known organisations that carry no organisation word in their name. */
export const KNOWN_ORGANISATIONS = words(`
  Kremlin Pentagon Hezbollah Hamas Taliban Reuters AFP AP BBC CNN NATO UN EU IMF WHO UNESCO
  UNICEF UNHCR OPEC Interpol Europol Fatah Isis ISIS ISIL Daesh al-Qaeda Al-Qaeda Qaeda Houthis
  Wagner Gazprom Rosneft Aramco Google Apple Microsoft Amazon Facebook Meta Twitter Tesla Nasa
  NASA FBI CIA NSA KGB FSB MI5 MI6 Mossad Hizbollah Tories Labour Conservatives Democrats
  Republicans Unicef Oxfam Amnesty Sky Bloomberg Tass TASS Xinhua Interfax Nato Treasury
  Nasdaq NYSE
  ${[...NAMED_LEGISLATURES, ...NAMED_PARTIES, ...NAMED_OUTLETS].join(' ')}
`);

/** Multi-word organisations without an organisation head word. */
export const KNOWN_ORGANISATION_PHRASES = [
  'White House',
  'Downing Street',
  'Red Cross',
  'Red Crescent',
  'Al Jazeera',
  'Associated Press',
  'Human Rights Watch',
  'Amnesty International',
  'Middle East Eye',
  'World Bank',
  'Liberal Democrats',
  'Lib Dems',
  'Scotland Yard',
  'Islamic State',
  'Muslim Brotherhood',
  'European Union',
  'United Nations',
  'Security Council',
  'Elysee Palace',
  // Houses and parties known by their own names, with no "parliament" or "party" to tell them.
  'Tweede Kamer',
  'Eerste Kamer',
  'Lok Sabha',
  'Rajya Sabha',
  'Jatiya Sangsad',
  'Verkhovna Rada',
  'State Duma',
  'Sinn Féin',
  'Sinn Fein',
  'Fianna Fáil',
  'Fianna Fail',
  'Fine Gael',
  'Plaid Cymru',
  'Civic Platform',
  'Fuerza Popular',
  'Renovación Popular',
  'Yesh Atid',
  'Forza Italia',
  'Five Star Movement',
  'Québec solidaire',
  'Social Democrats',
  'Christian Democrats',
  'Sweden Democrats',
  'Left Alliance',
  'Progressive Slovakia',
  // Newspapers known by an article and a noun, which no word list of kinds can tell.
  'El País',
  'El Tiempo',
  'El Espectador',
  'El Universal',
  'El Comercio',
  'El Financiero',
  'El Observador',
  'El Mercurio',
  'La Nación',
  'La República',
  'La Tercera',
  'La Stampa',
  'La Repubblica',
  'La Prensa',
  'La Vanguardia',
  'Le Monde',
  'Le Figaro',
  'Le Temps',
  'Le Devoir',
  'Le Soir',
  'Le Matin',
  'Le Parisien',
  'De Standaard',
  'De Telegraaf',
  'De Volkskrant',
  'Het Parool',
  'Het Nieuwsblad',
  'Corriere della Sera',
  'Corriere dello Sport',
  'Gazeta Wyborcza',
  'Jutarnji list',
  'Listín Diario',
  'Prensa Libre',
  'Diario Libre',
  'Die Zeit',
  'Der Spiegel',
  'China Daily',
  'Daily Maverick',
  'Folha de S.Paulo',
  'O Globo',
  'Ukrainska Pravda',
  'Helsingin Sanomat',
  'Dagens Nyheter',
  'Svenska Dagbladet',
  'Canal Plus',
];

/** News organisations, so "told the Washington Post" never makes the outlet a speaker or a person. */
export const OUTLET_WORDS = words(`
  Post Times News Journal Telegraph Guardian Herald Gazette Tribune Chronicle Observer Review
  Mail Express Standard Independent Economist Radio TV Television Eye Reuters AFP AP BBC CNN
  Bloomberg Tass TASS Xinhua Interfax Sky Monitor Daily Weekly Wire Dispatch
`);

/** Countries and other large places, with the demonym that stands for them in titles. */
const COUNTRY_DEMONYMS: readonly (readonly [string, string])[] = [
  ['Afghanistan', 'Afghan'],
  ['Albania', 'Albanian'],
  ['Algeria', 'Algerian'],
  ['Argentina', 'Argentine'],
  ['Armenia', 'Armenian'],
  ['Australia', 'Australian'],
  ['Austria', 'Austrian'],
  ['Azerbaijan', 'Azerbaijani'],
  ['Bahrain', 'Bahraini'],
  ['Bangladesh', 'Bangladeshi'],
  ['Belarus', 'Belarusian'],
  ['Belgium', 'Belgian'],
  ['Bolivia', 'Bolivian'],
  ['Bosnia', 'Bosnian'],
  ['Brazil', 'Brazilian'],
  ['Britain', 'British'],
  ['Bulgaria', 'Bulgarian'],
  ['Cambodia', 'Cambodian'],
  ['Cameroon', 'Cameroonian'],
  ['Canada', 'Canadian'],
  ['Chile', 'Chilean'],
  ['China', 'Chinese'],
  ['Colombia', 'Colombian'],
  ['Congo', 'Congolese'],
  ['Croatia', 'Croatian'],
  ['Cuba', 'Cuban'],
  ['Cyprus', 'Cypriot'],
  ['Czechia', 'Czech'],
  ['Denmark', 'Danish'],
  ['Ecuador', 'Ecuadorian'],
  ['Egypt', 'Egyptian'],
  ['England', 'English'],
  ['Eritrea', 'Eritrean'],
  ['Estonia', 'Estonian'],
  ['Ethiopia', 'Ethiopian'],
  ['Finland', 'Finnish'],
  ['France', 'French'],
  ['Georgia', 'Georgian'],
  ['Germany', 'German'],
  ['Ghana', 'Ghanaian'],
  ['Greece', 'Greek'],
  ['Hungary', 'Hungarian'],
  ['Iceland', 'Icelandic'],
  ['India', 'Indian'],
  ['Indonesia', 'Indonesian'],
  ['Iran', 'Iranian'],
  ['Iraq', 'Iraqi'],
  ['Ireland', 'Irish'],
  ['Israel', 'Israeli'],
  ['Italy', 'Italian'],
  ['Japan', 'Japanese'],
  ['Jordan', 'Jordanian'],
  ['Kazakhstan', 'Kazakh'],
  ['Kenya', 'Kenyan'],
  ['Kosovo', 'Kosovar'],
  ['Kuwait', 'Kuwaiti'],
  ['Latvia', 'Latvian'],
  ['Lebanon', 'Lebanese'],
  ['Libya', 'Libyan'],
  ['Lithuania', 'Lithuanian'],
  ['Malaysia', 'Malaysian'],
  ['Mali', 'Malian'],
  ['Mexico', 'Mexican'],
  ['Moldova', 'Moldovan'],
  ['Morocco', 'Moroccan'],
  ['Myanmar', 'Burmese'],
  ['Nepal', 'Nepalese'],
  ['Netherlands', 'Dutch'],
  ['Nigeria', 'Nigerian'],
  ['Norway', 'Norwegian'],
  ['Oman', 'Omani'],
  ['Pakistan', 'Pakistani'],
  ['Palestine', 'Palestinian'],
  ['Peru', 'Peruvian'],
  ['Philippines', 'Philippine'],
  ['Poland', 'Polish'],
  ['Portugal', 'Portuguese'],
  ['Qatar', 'Qatari'],
  ['Romania', 'Romanian'],
  ['Russia', 'Russian'],
  ['Rwanda', 'Rwandan'],
  ['Saudi Arabia', 'Saudi'],
  ['Scotland', 'Scottish'],
  ['Senegal', 'Senegalese'],
  ['Serbia', 'Serbian'],
  ['Slovakia', 'Slovak'],
  ['Slovenia', 'Slovenian'],
  ['Somalia', 'Somali'],
  ['South Africa', 'South African'],
  ['South Korea', 'South Korean'],
  ['North Korea', 'North Korean'],
  ['Spain', 'Spanish'],
  ['Sudan', 'Sudanese'],
  ['Sweden', 'Swedish'],
  ['Switzerland', 'Swiss'],
  ['Syria', 'Syrian'],
  ['Taiwan', 'Taiwanese'],
  ['Tajikistan', 'Tajik'],
  ['Tanzania', 'Tanzanian'],
  ['Thailand', 'Thai'],
  ['Tunisia', 'Tunisian'],
  ['Turkey', 'Turkish'],
  ['Turkmenistan', 'Turkmen'],
  ['Uganda', 'Ugandan'],
  ['Ukraine', 'Ukrainian'],
  ['United Arab Emirates', 'Emirati'],
  ['United Kingdom', 'British'],
  ['United States', 'American'],
  ['Uzbekistan', 'Uzbek'],
  ['Venezuela', 'Venezuelan'],
  ['Vietnam', 'Vietnamese'],
  ['Wales', 'Welsh'],
  ['Yemen', 'Yemeni'],
  ['Zambia', 'Zambian'],
  ['Zimbabwe', 'Zimbabwean'],
  ['New Zealand', 'New Zealander'],
  ['Sri Lanka', 'Sri Lankan'],
  ['Costa Rica', 'Costa Rican'],
  ['Guatemala', 'Guatemalan'],
  ['Honduras', 'Honduran'],
  ['Nicaragua', 'Nicaraguan'],
  ['Panama', 'Panamanian'],
  ['Paraguay', 'Paraguayan'],
  ['Uruguay', 'Uruguayan'],
  ['El Salvador', 'Salvadoran'],
  ['Jamaica', 'Jamaican'],
  ['Haiti', 'Haitian'],
  ['Barbados', 'Barbadian'],
  ['Bahamas', 'Bahamian'],
  ['Malawi', 'Malawian'],
  ['Mozambique', 'Mozambican'],
  ['Angola', 'Angolan'],
  ['Namibia', 'Namibian'],
  ['Botswana', 'Botswanan'],
  ['Lesotho', 'Basotho'],
  ['Madagascar', 'Malagasy'],
  ['Mauritius', 'Mauritian'],
  ['Liberia', 'Liberian'],
  ['Sierra Leone', 'Sierra Leonean'],
  ['Togo', 'Togolese'],
  ['Benin', 'Beninese'],
  ['Burkina Faso', 'Burkinabe'],
  ['Gabon', 'Gabonese'],
  ['Burundi', 'Burundian'],
  ['South Sudan', 'South Sudanese'],
  ['Djibouti', 'Djiboutian'],
  ['Luxembourg', 'Luxembourgish'],
  ['Malta', 'Maltese'],
  ['Montenegro', 'Montenegrin'],
  ['North Macedonia', 'Macedonian'],
  ['Kyrgyzstan', 'Kyrgyz'],
  ['Mongolia', 'Mongolian'],
  ['Laos', 'Lao'],
  ['Bhutan', 'Bhutanese'],
  ['Maldives', 'Maldivian'],
  ['Brunei', 'Bruneian'],
  ['Papua New Guinea', 'Papua New Guinean'],
  ['Fiji', 'Fijian'],
  ['Samoa', 'Samoan'],
  ['Tonga', 'Tongan'],
  ['Vanuatu', 'Ni-Vanuatu'],
  ['Guyana', 'Guyanese'],
  ['Europe', 'European'],
  ['America', 'American'],
  ['Africa', 'African'],
  ['Asia', 'Asian'],
];

/** Demonym (lowercase) to the place it stands for, so "Syrian Foreign Minister" = "Syria's foreign minister". */
export const DEMONYM_TO_PLACE: ReadonlyMap<string, string> = new Map(
  COUNTRY_DEMONYMS.map(([place, demonym]) => [demonym.toLowerCase(), place]),
);

/** Other demonyms and group names that are capitalised but never a person: "Druze", "Soviet". */
const OTHER_GROUP_WORDS = words(`
  Soviet Arab Arabs Kurdish Kurds Druze Bedouin Sunni Shia Shiite Alawite Christian Christians
  Muslim Muslims Jewish Jews Islamic Catholic Orthodox Western Eastern Northern Southern Gulf
  Baltic Nordic Latin Hispanic Asian Caucasian Yazidi Copts Coptic Pashtun Tamil Sikh Hindu
  Buddhist Persian Ottoman Zionist Republican Democratic Conservative Tory Labour Liberal
  Communist Socialist Green Brexiteer Remainer Sahrawi Berber Uighur Uyghur Rohingya Maori
  Democrat Democrats Republicans Victorian Edwardian Georgian Elizabethan Parisian Londoner
  Muscovite Texan Californian Bavarian Catalan Basque Flemish Walloon Corsican Sicilian Kashmiri
  Punjabi Bengali Tibetan Chechen Tory Tories Labour Unionist Nationalist Loyalist Republican
`);

/**
 * Nouns for one person of a nation that are not its adjective: "the Finn Jussi Lehtonen", "the
 * Swede said", "Spaniard Carlos Alcaraz", "Dutchman Max Verstappen". Before a given name they say
 * who the person is, as "Argentine Martín Palermo" does.
 */
export const NATIONALITY_NOUNS = words(`
  Finn Swede Dane Pole Brit Briton Scot Turk Serb Croat Czech Slovak Slovene Spaniard Dutchman
  Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman
  Scotsman Scotswoman Kiwi Aussie Swiss Greek Thai Icelander Luxembourger Basque Catalan Cypriot
  Maltese Monegasque Norwegian Zimbabwean Iraqi Israeli Kuwaiti Pakistani Nepali Bangladeshi Omani
  Qatari Saudi Yemeni Somali Azeri
`);

export function isGroupWord(word: string): boolean {
  if (OTHER_GROUP_WORDS.has(word)) return true;
  const lower = word.toLowerCase();
  // A plural ("Kenyans") is the group its singular names.
  return DEMONYM_TO_PLACE.has(lower) || (word.endsWith('s') && DEMONYM_TO_PLACE.has(lower.slice(0, -1)));
}

/** Cities, regions and features that turn up in international news. */
const OTHER_PLACES = [
  'Moscow',
  'Damascus',
  'Beirut',
  'Baghdad',
  'Tehran',
  'Cairo',
  'Riyadh',
  'Jerusalem',
  'Tel Aviv',
  'Gaza',
  'West Bank',
  'Golan Heights',
  'Aleppo',
  'Homs',
  'Idlib',
  'Latakia',
  'Ankara',
  'Istanbul',
  'Kyiv',
  'Kiev',
  'Kharkiv',
  'Odesa',
  'Crimea',
  'Donbas',
  'London',
  'Paris',
  'Berlin',
  'Brussels',
  'Washington',
  'New York',
  'Geneva',
  'Vienna',
  'Rome',
  'Madrid',
  'Lisbon',
  'Athens',
  'Warsaw',
  'Prague',
  'Budapest',
  'Beijing',
  'Shanghai',
  'Hong Kong',
  'Tokyo',
  'Seoul',
  'Delhi',
  'New Delhi',
  'Mumbai',
  'Islamabad',
  'Kabul',
  'Doha',
  'Dubai',
  'Abu Dhabi',
  'Amman',
  'Manama',
  'Muscat',
  'Sanaa',
  'Aden',
  'Khartoum',
  'Tripoli',
  'Tunis',
  'Algiers',
  'Rabat',
  'Nairobi',
  'Lagos',
  'Addis Ababa',
  'Johannesburg',
  'Sydney',
  'Canberra',
  'Ottawa',
  'Toronto',
  'Montreal',
  'Mexico City',
  'Brasilia',
  'Buenos Aires',
  'Edinburgh',
  'Cardiff',
  'Belfast',
  'Manchester',
  'Birmingham',
  'Liverpool',
  'Glasgow',
  'Leeds',
  'Bristol',
  'Middle East',
  'North Africa',
  'Mediterranean',
  'Red Sea',
  'Black Sea',
  'Persian Gulf',
  'Europe',
  'Asia',
  'Africa',
  'Latin America',
  'Soviet Union',
  'Caucasus',
  'Balkans',
  'Sahel',
  'Levant',
  'Kurdistan',
  'Scandinavia',
  'Siberia',
  'Arctic',
  'Antarctica',
  'Pacific',
  'Atlantic',
  'Euphrates',
  'Tigris',
  'Nile',
  'Sinai',
  'Strait of Hormuz',
  'Westminster',
  'Whitehall',
  'Wall Street',
  'Silicon Valley',
  'Hollywood',
  'California',
  'Texas',
  'Florida',
  'Hamburg',
  'Munich',
  'Frankfurt',
  'Milan',
  'Barcelona',
  'Stockholm',
  'Oslo',
  'Copenhagen',
  'Helsinki',
  'Dublin',
  'Minsk',
  'Tbilisi',
  'Baku',
  'Yerevan',
  'Tashkent',
  'Astana',
  'Bangkok',
  'Jakarta',
  'Manila',
  'Hanoi',
  'Singapore',
  'Taipei',
  'St Petersburg',
  'Vladivostok',
  'Great Britain',
  'Portland',
  'Westmeath',
  'Offaly',
  'Kilkenny',
  'Tipperary',
  'Donegal',
  'Mayo',
  'Waterford',
  'Wexford',
  'Wicklow',
  'Meath',
  'Louth',
  'Laois',
  'Cavan',
  'Sligo',
  'Leitrim',
  'Roscommon',
  'Longford',
  'Carlow',
  'Fermanagh',
  'Armagh',
  'Antrim',
  'Pembrokeshire',
  'Carmarthenshire',
  'Ceredigion',
  'Gwynedd',
  'Powys',
  'Thiruvananthapuram',
  'Pune',
  'Ahmedabad',
  'Jaipur',
  'Lucknow',
  'Kanpur',
  'Patna',
  'Bhopal',
  'Nagpur',
  'Faisalabad',
  'Gujranwala',
  'Rawalpindi',
  'Peshawar',
  'Quetta',
  'Multan',
  'Chittagong',
  'Sylhet',
  'Jaffna',
  'Tauranga',
  'Rotorua',
  'Whangārei',
  'Gisborne',
  'Invercargill',
  'Townsville',
  'Geelong',
  'Wollongong',
  'Toowoomba',
  'Wodonga',
  'Albury',
  'Ballarat',
  'Bendigo',
  'Moose Jaw',
  'Kamloops',
  'Kelowna',
  'Kumasi',
  'Mombasa',
  'Kisumu',
  'Gulu',
  'Bulawayo',
  'Ndola',
  'Kitwe',
  'Blantyre',
  'Dar es Salaam',
  'Arusha',
  'Durban',
  'Pretoria',
  'Soweto',
  'Gqeberha',
  'Bloemfontein',
  'Polokwane',
  'Kano',
  'Ibadan',
  'Port Harcourt',
  'Enugu',
  'Benghazi',
  'Alexandria',
  'Luxor',
  'Aswan',
  'Port Said',
  'Tangier',
  'Casablanca',
  'Marrakesh',
  'Haifa',
  'Ashdod',
  'Eilat',
  'Nazareth',
  'Tiberias',
  'Basra',
  'Mosul',
  'Erbil',
  'Kirkuk',
  'Sohar',
  'Salalah',
  'Jeddah',
  'Mecca',
  'Sharjah',
  'Chiang Mai',
  'Phuket',
  'Da Nang',
  'Haiphong',
  'Cebu',
  'Davao',
  'Penang',
  'Johor Bahru',
  'Surabaya',
  'Bandung',
  'Busan',
  'Incheon',
  'Daegu',
  'Kaohsiung',
  'Taichung',
  'Tainan',
  'Sapporo',
  'Fukuoka',
  'Nagoya',
  'Kyoto',
  'Yokohama',
  'Chengdu',
  'Chongqing',
  'Hangzhou',
  'Nanjing',
  'Tianjin',
  'Harbin',
  'Haikou',
  'Sanya',
  'Kunming',
  'Toulouse',
  'Strasbourg',
  'Cologne',
  'Dusseldorf',
  'Stuttgart',
  'Leipzig',
  'Dresden',
  'Gothenburg',
  'Malmo',
  'Aarhus',
  'Ghent',
  'Bruges',
  'Utrecht',
  'Eindhoven',
  'Wroclaw',
  'Poznan',
  'Kaunas',
  'Klaipeda',
  'Tartu',
  'Brno',
  'Bratislava',
  'Ljubljana',
  'Skopje',
  'Tirana',
  'Podgorica',
  'Thessaloniki',
  'Guayaquil',
  'Medellin',
  'Medellín',
  'Cartagena',
  'Barranquilla',
  'Monterrey',
  'Guadalajara',
  'Tijuana',
  'Cancun',
  'Valparaiso',
  'Sao Paulo',
  'São Paulo',
  'Rio de Janeiro',
  'Recife',
  'Manaus',
  'Montego Bay',
  'Port of Spain',
  'San Juan',
  'Tegucigalpa',
  'Managua',
  'Santo Domingo',
  'Telford',
  'Exeter',
  'Inverness',
  'Aberystwyth',
  'Wrexham',
  'Carmarthen',
  "Côte d'Ivoire",
  'Ivory Coast',
  'Trinidad',
  'Tobago',
  'Trinidad and Tobago',
  'Bermuda',
  'Gibraltar',
  'Greenland',
  'Puerto Rico',
  'Guam',
  'Somaliland',
  'Northern Ireland',
  'Tibet',
  'Hawaii',
  'Alaska',
  'Alabama',
  'Arizona',
  'Arkansas',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Utah',
  'Vermont',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'Ontario',
  'Quebec',
  'British Columbia',
  'Alberta',
  'Manitoba',
  'Saskatchewan',
  'Nova Scotia',
  'New Brunswick',
  'Newfoundland',
  'Queensland',
  'New South Wales',
  'Tasmania',
  'Western Australia',
  'South Australia',
  'Northern Territory',
  'Cornwall',
  'Yorkshire',
  'Cumbria',
  'Lancashire',
  'Merseyside',
  'Punjab',
  'Kerala',
  'Karnataka',
  'Maharashtra',
  'Gujarat',
  'Rajasthan',
  'Bihar',
  'Assam',
  'Telangana',
  'Uttar Pradesh',
  'West Bengal',
  'Kashmir',
  'Sindh',
  'Balochistan',
  'Hainan',
  'Guangdong',
  'Sichuan',
  'Xinjiang',
  'Chicago',
  'Philadelphia',
  'Seattle',
  'Milwaukee',
  'Nashville',
  'Denver',
  'Atlanta',
  'Miami',
  'Detroit',
  'Baltimore',
  'Pittsburgh',
  'Minneapolis',
  'San Francisco',
  'Los Angeles',
  'Las Vegas',
  'New Orleans',
  'San Diego',
  'Vancouver',
  'Calgary',
  'Edmonton',
  'Winnipeg',
  'Saskatoon',
  'Brisbane',
  'Melbourne',
  'Perth',
  'Auckland',
  'Christchurch',
  'Dunedin',
  'Kolkata',
  'Chennai',
  'Bengaluru',
  'Bangalore',
  'Hyderabad',
  'Karachi',
  'Lahore',
  'Dhaka',
  'Kathmandu',
  'Kigali',
  'Kampala',
  'Harare',
  'Lusaka',
  'Lilongwe',
  'Maputo',
  'Luanda',
  'Windhoek',
  'Gaborone',
  'Accra',
  'Abuja',
  'Dakar',
  'Abidjan',
  'Kinshasa',
  'Mogadishu',
  'Kuala Lumpur',
  'Phnom Penh',
  'Yangon',
  'Ho Chi Minh City',
  'Osaka',
  'Venice',
  'Naples',
  'Turin',
  'Trieste',
  'Marseille',
  'Lyon',
  'Amsterdam',
  'Rotterdam',
  'Antwerp',
  'Zurich',
  'Riga',
  'Vilnius',
  'Tallinn',
  'Gdansk',
  'Krakow',
  'Bucharest',
  'Belgrade',
  'Zagreb',
  'Sarajevo',
  'Almaty',
  'Bishkek',
  'Havana',
  'Bogota',
  'Caracas',
  'Quito',
  'Montevideo',
  'Leicester',
  'Nottingham',
  'Sheffield',
  'Dundee',
  'Swansea',
  'Galway',
  'Limerick',
  'Guangzhou',
  'Shenzhen',
  'Wuhan',
];

export const KNOWN_PLACES: ReadonlySet<string> = new Set([
  ...COUNTRY_DEMONYMS.map(([place]) => place),
  ...OTHER_PLACES,
  'UK',
  'US',
  'USA',
  'U.S.',
  'U.K.',
]);

/** Months, days and other calendar words that are capitalised without being names. */
export const CALENDAR_WORDS = words(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday Christmas Easter Ramadan Eid Hanukkah Diwali
`);

/**
 * Months in Spanish, Portuguese, Italian and French: "Diez de Octubre", "Nueve de Julio", "Sete de
 * Setembro" are places and streets named after dates, not people with a particle in their name.
 */
export const ROMANCE_MONTHS = words(`
  Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Setiembre Octubre Noviembre Diciembre
  Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro Novembro Dezembro Gennaio Febbraio
  Aprile Maggio Giugno Luglio Settembre Ottobre Dicembre Janvier Février Mars Avril Mai Juin
  Juillet Août Septembre Octobre Novembre Décembre
`);

/**
 * Capitalised words that begin sentences, headings or page furniture and are never part of a
 * name: function words, furniture vocabulary ("Read More", "Sign up", "New ..."), and common
 * sentence openers.
 */
export const NEVER_NAME_WORDS = words(`
  The THE A An And But Or Nor So Yet For If In On At By To Of From With Without Into Onto Over Under
  After Before During Since Until While As Although Though Because When Where Why How What Who
  Whom Whose Which That This These Those There Here Then Now Today Yesterday Tomorrow Earlier
  Later Meanwhile However Moreover Despite Still Also Even Just Only Neither Either Both Each
  Every All Some Many Most More Less Few Several Other Another Such No Not Yes He She It They
  We I You His Her Its Their Our My Your Him Them Us Me One Two Three Four Five Six Seven Eight
  Nine Ten First Second Third Last Next New Old Read Sign Share Follow Subscribe Click Related
  Topics Advertisement Image Photo Copyright Watch Listen Video Live Breaking Update Updated
  Published Skip Menu Home Search Login Log Register Comments Comment Email Print Save More
  About Contact Privacy Cookie Cookies Terms Accept Reject Settings Close Open Back Top Latest
  Popular Viewed Recommended Sponsored Speaking According Asked Footage Analysis Opinion
  Editorial Exclusive Explainer Feature Interview Report Reports Reporting Editing Writing
  Additional Photograph Getty Images Caption Source Sources Officials Critics Supporters
  Residents Police Troops Forces Experts Analysts Observers Diplomats Lawmakers Ministers
  Government Authorities Officials Protesters Activists Rebels Militants Voters Workers
  Mr Mrs Ms Dr Sir Dame Lord Lady Prof Professor Rev Reverend President Minister Chancellor
  Secretary Prime Premier King Queen Prince Princess General Colonel Captain Chief Senator
  Governor Mayor Judge Ambassador Director Chairman Deputy Foreign Defence Defense Interior
  Finance Justice Home Health State Vice Acting Former Interim Senior Leader Commander Emir
  Sheikh Pope Bishop Imam Spokesman Spokeswoman Spokesperson Officer Inspector Detective
  Sergeant Lieutenant Major Admiral Marshal Ruler Head Shadow Opposition Labor Labour Trade
  Economy Education Energy Environment Culture Transport Agriculture Constable Superintendent
  Commissioner Attorney Representative Congressman Congresswoman Justice Speaker Whip
  Longtime Long-time Outgoing Incoming Late Supreme Grand Crown Executive Managing Special
  Assistant Associate Principal Permanent Federal National Regional Junior Lead Leading
  Please Thank Thanks Yes Well Oh Indeed Perhaps Maybe Nobody Everyone Someone Anyone Nothing
  Teenager Veteran Youngster Rookie Newcomer Debutant Star Legend Striker Midfielder Defender
  Everything Something Anything Instead Otherwise Together Already Again Never Always Often
  Sometimes Recently Finally Eventually Initially Originally Ultimately Overall Elsewhere
  Nearby Inside Outside Above Below Between Among Around Across Along Alongside Beyond Through
  Throughout Towards Toward Against Upon Within Via Per Unlike Like Beside Besides Except
  Including Regarding Concerning Following Amid Amidst Whether Unless Once Whereas Whatever
  Whoever Whichever Wherever Whenever Let Lets Do Does Did Is Are Was Were Be Been Being Has
  Have Had Can Could Will Would Shall Should May Might Must Ought Yesterday's Today's
`);

/** Words that open a noun phrase and never a name, capitalised as a sentence's first word. */
export const DETERMINERS = words(`
  The A An This That These Those His Her Its Their Our My Your Every Each Some Any No Another
  Such Either Neither Both All Many Most Few Several One Two Three Four Five Six Seven Eight Nine Ten
`);

/**
 * Common given names, with sex where the name says it, as evidence that a phrase is a person: the
 * names of the countries news is written in and from (English, Irish, Welsh and Scottish; French,
 * German, Dutch and Nordic; Spanish, Portuguese and Italian; Slavic and Central Asian; Arabic,
 * Persian and Turkish; South Asian; West, East and Southern African). Names that are as often a
 * place, a firm, a prize or an English word ("Kerry", "Sofia", "Heinz", "Oscar", "Dean", "Poppy")
 * are left out.
 */
export const MALE_GIVEN_NAMES = words(`
  John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
  Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald
  Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
  Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron
  Henry Peter Adam Nathan Douglas Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger
  Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert
  Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis
  Philip Bobby Johnny Bradley Tony Gordon Boris Rishi Keir Nigel Ed Ted Tom Tim Jim Bill Bob Dan
  Ben Sam Nick Jon Rob Mike Dave Steve Chris Matt Andy Ian Neil Colin Graham Alistair Malcolm
  Hugh Rupert Oliver Harry Charlie Jeremy Liam Jamie Rory Callum Emmanuel Francois Jean Pierre
  Jacques Michel Olaf Friedrich Helmut Gerhard Wolfgang Hans Jurgen Klaus Dieter Sebastian
  Mateusz Donald Andrzej Viktor Volodymyr Vladimir Sergei Sergey Dmitry Dmitri Mikhail Alexei
  Alexey Yuri Yury Ivan Nikolai Nikolay Igor Oleg Andrei Andriy Pavel Petro Vitali Vitaly
  Ramzan Yevgeny Recep Ahmet Mehmet Hakan Mevlut Kemal Mustafa Ahmed Ahmad Mohammed Mohammad
  Muhammad Mohamed Mahmoud Mahmud Ali Hassan Hussein Husayn Omar Umar Abdullah Abdel Abdul
  Khalid Khaled Faisal Fahd Salman Saud Tamim Hamad Bashar Hafez Maher Asaad Asad Rami Walid
  Nabil Samir Sami Fadi Karim Kareem Tarek Tariq Youssef Yusuf Yousef Ibrahim Ismail Ismael
  Hamza Bilal Osama Usama Anwar Nasser Jamal Kamal Adel Adil Fouad Fuad Ghassan Jihad Marwan
  Nizar Riad Riyad Ziad Ziyad Hani Hadi Majid Majed Naji Rashid Rashed Saeed Salem Salim
  Sultan Talal Wael Yasser Yasir Zaid Zayed Murhaf Feras Firas Hisham Imad Issam Munir Mazen
  Nawaf Qasim Qassem Ayman Abbas Hamid Hameed Javad Hassan Ebrahim Masoud Massoud Mahmoud Ali
  Benjamin Yair Naftali Yoav Isaac Itamar Avigdor Bezalel Gideon Moshe Ehud Ariel Shimon
  Narendra Rahul Imran Nawaz Shehbaz Asif Jinping Keqiang Shinzo Fumio Lula Javier Jaime Jair Gustavo Andres Nicolas Luis Carlos Jose Manuel Pedro Miguel Antonio
  Francisco Fernando Ricardo Roberto Alejandro Diego Jorge Pablo Sergio Marco Giorgio Matteo
  Mario Giuseppe Silvio Emmanuel Joe Barack Bill Jimmy Ronald Dwight Lyndon Richard Gerald
  Hunter Kamala Mitch Chuck Lindsey Marco Ron Rand Elon Jeff Warren Mark Sundar Satya Tim Sam
  Abu Mahmud Aziz Habib Jalal Latif Mansour Mansur Mubarak Nuri Rafik Rafiq Shukri Tawfiq
  Emre Burak Cem Kaan Arda Selim Erdal Levent Volkan Recai Dmytro Oleksandr Oleksiy Yevhen
  Denys Mykola Rustem Vadym Ramon Kjetil Jonas Lars Olav Erik Sven Nils Magnus Henrik Anders
  Pieter Jan Willem Hendrik Luc Marc Ingo Rolf Stefan Graham Alan Eugenius Hadi Jassim
  Martin Declan Ciaran Ciarán Conor Connor Niall Eoin Padraig Pádraig Seamus Séamus Micheál Enda Paddy Tomás Robbie
  Leo Simon Stuart Craig Derek Shane Darren Barry Gavin Luke Owen Rhys Gareth Dafydd Iain Euan
  Ewan Angus Hamish Fraser Lewis Ross Duncan Gregor Marcus Max Felix Lukas Tobias Florian
  Matthias Piotr Tomasz Krzysztof Marek Pawel Paweł Jakub Ondrej Zoran Goran Dragan Nikola Luka
  Marko Giovanni Luca Paolo Alessandro Lorenzo Stefano Raúl Raul Jesús Alvaro Álvaro Rafael
  Gonzalo Ignacio Joaquin Joaquín Santiago Mateo Emilio Enrique Hector Héctor Eduardo Felipe
  Guillermo Julio Rodrigo Fabio Bruno João Joao Tiago Kwame Kofi Kwabena Kojo Chinedu Emeka
  Tunde Olusegun Bola Cyril Thabo Sipho Themba Bongani Mandla Tendai Moses Uhuru Raila Jomo
  Abiy Yoweri Hiroshi Takeshi Kenji Haruki Shigeru Taro Akira Arjun Rohan Vikram Rajesh Suresh
  Ramesh Amit Anil Sunil Sanjay Vijay Ravi Arvind Manoj Deepak Ajay Rajiv Nitin Farid Reza
  Mehdi Arash Mikael Jens Søren Ole Björn Bjorn Pekka Jussi Mikko Timo Attila Zoltán Zoltan
  Péter Gábor Dimitris Nikos Giorgos Kostas Yannis Panagiotis Siyabonga Xolani
  Mir Azhar Syed Ravinder Srinivas Srinivasa Venkatesh Venkat Rama Krishna Harish Naveen Praveen
  Mahesh Ganesh Prakash Rakesh Dinesh Naresh Mohan Gopal Kiran Sandeep Pradeep Ashok
  Vinod Sachin Rajendra Surendra Mahendra Yogesh Umesh Shankar Subhash
  Julian Damian Adrian Fabian Lucian Kilian Killian Cillian Cyprian Maximilian
  Glen Glenn Lucas Kai Aubrey Percy Teboho Lebohang Tinashe Farai Tafadzwa Blessing Artturi Juhani Eero
  Dustin Clive Pete Lleyton Leonardo Clint Olivier Rainer Obie Dominic Jake Josh Toby Alfie Archie
  Finlay Reece Kieran Trevor Ken Kenny Lenny Danny Tommy Freddie Freddy Alfred Ernest Leonard
  Howard Herbert Cecil Reginald Desmond Edmund Gilbert Geoffrey Clifford Rodney Vernon Wilfred
  Horace Bernard Lionel Sidney Damon Darius Dwayne Duane Elliot Elliott Evan Huw Ieuan Iwan Jared
  Jarrod Joel Julius Keanu Kendrick Marvin Melvin Nathaniel Neville Quentin Ricky Rick Roland
  Ronnie Rowan Shaun Stewart Terence Vince Wesley Zach Zac Brett Cody Corey Curtis Darryl Daryl
  Derrick Elvis Floyd Garry Gerry Jerome Jonny Kurt Luther Mick Mickey Phil Reggie Stevie Stan
  Tyson Wes Quincy Thierry Laurent Philippe Christophe Sébastien Sebastien Julien Mathieu
  Guillaume Antoine Benoît Benoit Didier Dominique Fabrice Franck Gilles Hervé Herve Jérôme
  Patrice Pascal Arnaud Bertrand Cédric Damien Éric Frédéric Frederic Gaël Yannick Yves Xavier
  Raphaël Rémi Régis Grégoire Hugo Théo Thibaut Valentin Alain Claude René Rene Gérard Gerard
  Marcel Maurice Serge Uwe Jörg Joerg Jürgen Karl Horst Günter Gunter Manfred Werner Bernd Ralf
  Thorsten Torsten Dirk Holger Markus Christoph Andreas Philipp Niklas Moritz Jannik Sascha Fritz
  Otto Ulrich Wilhelm Gerd Joachim Siegfried Reinhard Volker Armin Norbert Hubert Lothar Alberto
  Adolfo Agustín Agustin Alfonso Andrés Armando Arturo Benito Camilo Cristian Cristiano Emiliano
  Esteban Fidel Francesc Gerardo Hernán Hernan Iker Jordi Josep Leandro Marcelo Mariano Martín
  Mauricio Maximiliano Nestor Néstor Octavio Óscar Rafa Ramiro Rubén Ruben Vicente Xavi Alessio
  Carlo Claudio Dario Davide Enrico Fabrizio Federico Filippo Francesco Gianluca Gianluigi Gianni
  Giacomo Gino Guido Luciano Luigi Massimo Maurizio Pietro Riccardo Romano Salvatore Sandro
  Umberto Valentino Vittorio Zinedine Thiago Caio Gilberto Henrique Joaquim Leonel Luiz Marcos
  Mauro Neymar Rogério Ronaldo Vinícius Aleksandar Aleksandr Aleksander Alexandr Anatoly Andrej
  Bogdan Bohdan Branislav Darko Dejan Dusan Emil Ilya Jaroslav Jiri Jiří Josef Kamil Karel Lech
  Leszek Marcin Milos Miloš Miroslav Nenad Novak Radek Ruslan Slobodan Stanislav Tomas Vaclav
  Václav Vladislav Wojciech Yaroslav Zbigniew Zdenek Denis Kirill Maksim Anton Arkady Artem Artyom
  Evgeny Gennady Grigory Konstantin Leonid Nikita Pyotr Semyon Timur Vasily Vyacheslav Yegor Marat
  Aslan Nursultan Kassym Azamat Ilham Shavkat Emomali Sadyr Askar Bakyt Nurlan Serik Yerlan
  Daniyar Erlan Talgat Bjørn Morten Trond Geir Knut Arne Rune Leif Kjell Stig Ulf Pål Espen Jarle
  Jostein Håkon Haakon Gunnar Mads Rasmus Kasper Casper Mathias Frederik Kristian Christer Göran
  Johan Stellan Fredrik Joakim Jesper Ulrik Tuomas Antti Janne Kimmo Juha Matti Ville Ruud Arjen
  Wim Joost Maarten Rutger Sander Bram Daan Frans Geert Gert Jeroen Koen Niels Sjoerd Stijn Thijs
  Wouter Amir Amr Ammar Anas Ashraf Atef Ayoub Bassam Bassel Emad Ehab Fawaz Fares Fathi Hatem
  Haytham Haitham Hazem Husam Hosni Idris Jaber Jawad Khalil Lotfi Mahdi Mohsen Moustafa Mostafa
  Mounir Nabeel Nadim Nadeem Nasir Omran Qais Raed Sabri Saad Saif Saleh Sameh Sherif Shadi
  Suleiman Sulaiman Tamer Taha Waleed Wassim Yahya Younis Younes Yunus Zakaria Zuhair Alireza Amin
  Behrouz Dariush Ehsan Farhad Hossein Hosein Kaveh Kazem Morteza Nima Omid Shahram Vahid
  Abdulaziz Abdulrahman Abdelaziz Murat Serkan Ozan Onur Oguz Mesut Nihat Hasan Hüseyin Huseyin
  Erkan Ercan Gökhan Tolga Umut Yasin Ilker Kerem Abhishek Aditya Akash Akhil Alok Amitabh Anand
  Aniket Ankit Anurag Arun Ashish Atul Avinash Chetan Devendra Dhruv Gaurav Girish Hardik Hemant
  Jitendra Kapil Karan Kunal Lalit Mukesh Nikhil Nilesh Pankaj Pawan Piyush Pranab Rajat Ranjit
  Rohit Sameer Sanjeev Santosh Saurabh Shashi Shivraj Siddharth Sourav Sumit Tushar Uday Varun
  Vikas Vinay Virat Vivek Yuvraj Zaheer Shoaib Shahid Inzamam Wasim Waqar Misbah Babar Fawad Fahad
  Junaid Kashif Khurram Mushtaq Naveed Rizwan Saqib Shahbaz Sohail Tahir Usman Zafar Zulfiqar
  Mujibur Ziaur Tarique Obaidul Anisul Kamrul Mizanur Mahbub Shafiqul Aminul Rafiqul Saiful Nazrul
  Jahangir Gotabaya Mahinda Ranil Sajith Abdou Abdoulaye Adama Amadou Aliou Babacar Boubacar
  Cheikh Ibrahima Idrissa Lamine Macky Mamadou Moussa Ousmane Oumar Seydou Souleymane Alassane
  Emmerson Kgalema Fikile Gwede Mmusi Mduduzi Njabulo Sibusiso Siphiwe Sizwe Thulani Vusi Lwazi
  Kagiso Tumelo Bheki Jabulani Akinwumi Atiku Babajide Chidi Chinua Chukwuemeka Nnamdi Obinna
  Ifeanyi Ikechukwu Kelechi Oluwaseun Olumide Segun Femi Dapo Wale Yemi Kayode Uche Godwin Kwesi
  Kwaku Kwadwo Kweku Akwasi Kobina Hakainde Mokgweetsi Saulos Lazarus Tatenda Tapiwa Kudakwashe
  Mthuli
`);

export const FEMALE_GIVEN_NAMES = words(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
  Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah
  Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela
  Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria
  Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith
  Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Anne Teresa Theresa Kathryn
  Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly
  Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla
  Liz Kate Katie Lucy Sophie Chloe Jess Jo Jane Jenny Claire Fiona Gillian Harriet Priti Suella
  Kemi Yvette Angela Nicola Ursula Kaja Annalena Giorgia Marine Segolene Christine Ségolène
  Anngret Angelika Olena Yulia Iryna Oksana Svetlana Natalia Natalya Olga Tatiana Tatyana Elena
  Yelena Irina Ekaterina Maria Valentina Marina Ludmila Lyudmila Fatima Aisha Ayesha Maryam
  Mariam Zainab Layla Leila Lina Rania Rana Hala Huda Hiba Nour Noor Yasmin Yasmine Yasmeen
  Samira Salma Amina Amal Asma Dalia Dina Dana Farah Ghada Hanan Iman Inas Jamila Lama Lubna
  Mona Muna Nadia Najla Nawal Reem Rim Ruba Sahar Salwa Samar Sana Suha Suad Wafa Zeina Zeinab
  Hind Lamia Lamya Nisreen Nesrine Rasha Rima Tala Yara Basma Bouthaina Asmaa Hanadi Kamala
  Hillary Nancy Condoleezza Madeleine Nikki Elise Liz Tulsi Alexandria Ilhan Rashida Golda
  Tzipi Ayelet Miri Benazir Maryam Indira Sonia Priyanka Yingluck Jacinda
  Theresa Margaret Nicola Arlene Mhairi Angela Rachel Bridget Lisa Emily Shabana Lucy Ruth
  Gillian Lillian Vivian Marian Kari Femke Ingrid Astrid Sigrid Ingeborg Greta Ilse Heike Sabine Petra Annika Elin Freya
  Polly Amira Caroline Hannah Renee Chiara Francesca Giulia Paola Carmen Lucia Isabel Pilar
  Ana Sofia Camila Valeria Mariana Gabriela Leticia Beatriz Ines Mercedes Reem Noura Salma
  Aoife Siobhán Siobhan Niamh Sinéad Sinead Róisín Roisin Orla Ciara Caoimhe Saoirse Clodagh Alison
  Mairead Máiréad Kirsty Morag Eilidh Isla Ailsa Catriona Ffion Cerys Sian Siân Bethan Rhian
  Carys Angharad Birgit Ulrike Katarzyna Agnieszka Magdalena Małgorzata Ewa Joanna Beata Lucía
  Inés Marta Paula Federica Elisa Ngozi Chimamanda Fatma Aisha Priya Anjali Sunita Kavita Pooja
  Neha Deepika Nirmala Smriti Yuko Keiko Yoko Akiko Naomi Yumi Thandiwe Nomvula Zanele Lindiwe
  Naledi Thandeka Zukiswa Ama Akosua Abena Efua Adwoa Wanjiru Wanjiku Njeri Akinyi Nomsa Busisiwe
  Karin Jessica Sandra Monika Sylvie Nathalie Isabelle Sophie Camille Manon Léa Chantal
  Lakshmi Sita Geeta Anita Rekha Meena Shanti Asha Usha Radha Kalpana Nomalanga Nokuthula
  Hilary Karolina Daniela Bernadette Lilly Lily Mette Amelia Anja Antje Beatrice Bettina
  Brigitte Britta Camilla Catalina Cecilia Christiane Claudia Cristina Dagmar Delphine Dorothea
  Eleonora Elisabeth Elke Emilia Esther Eva Fabienne Franziska Frida Gabriele Gabrielle Gudrun
  Hanna Heidi Helga Helle Inga Inge Irene Jana Johanna Josefine Juliette Katarina Katharina Katrin
  Kirsten Kristin Lena Lotte Luisa Maja Manuela Mareike Margit Marianne Marion Martina Mathilde
  Merete Nadine Natascha Nina Pia Renate Silke Silvia Simone Sonja Stefanie Susanne Svenja Tanja
  Tina Ulla Vera Veronika Yvonne Zuzana Dorota Magda Malgorzata Yuliya Anastasia Yekaterina Galina
  Elvira Aigul Gulnara Dinara Aizhan Nazira Asel Aysha Laila Zahra Shirin Azadeh Parisa Narges
  Neda Elif Zeynep Ayse Ayşe Emine Hatice Merve Deepa Nasreen Malala Hasina Khaleda Chiamaka
  Adaeze Funmilayo Folake Yetunde Bisi Nkechi Amaka Chioma Yaa Thandi Zodwa Nthabiseng Palesa
  Lerato Refilwe Winnie Graça Joice Samia Wangari Agnès Agnes Amélie Anaïs Cécile Chloé Élise
  Hélène Valérie Virginie Dolores Guadalupe Rocío Consuelo Ximena Fernanda Adriana Luiza Marília
  Dilma Marisa Alessandra Elisabetta Roberta Serena Hilde Solveig Liv Tove Marit Lene Dorte Bodil
  Pernille Trine Anneli Minna Sanna Tarja Mirjam Saskia Lieke Marieke Anouk Ineke Marijke Kylie
  Dannii Britney Beyonce Beyoncé Whitney Mariah Shania Dolly Renée Gwyneth Keira Cate Scarlett
  Charlize Angelina Meryl Sigourney Uma Oprah Grainne Gráinne Eimear Deirdre Bronwen Catrin Nerys
  Shona Lindsay Tracey Tracy Stacey Leanne Joanne Gemma Jasmine Bethany Ellie Molly Evie Imogen
  Phoebe Rosie Millie Maisie Tilly Esme Erin Kayleigh
`);

/**
 * Initials that stand before or after a town in a sports club's name, in the languages clubs are
 * named in: Football/Sport Club, Associazione Calcio, Club Deportivo, Sportverein, Verein für
 * Bewegungsspiele, Fudbalski/Nogometni Klub, Idrottsförening, Ballklubb, Hockey Club…: "FC Luzern",
 * "SC Bern", "VfB Stuttgart", "SSC Napoli", "Rosenborg BK", "IFK Göteborg". "US", "CA", "CD" and
 * "HK" are left out: a country, a state, a disc and a city far more often than a club.
 */
export const CLUB_INITIALS = words(`
  FC AFC CF ACF FBC FK FF SC SSC AC AS SS UD SD RCD RC RSC KRC KV KAA SV TSV TSG FSV VfB VfL VfR
  SpVgg BSC NK SK BK IF IK IFK AIK HC EHC OGC SCO GD SL USC
`);

/**
 * Words that open a club's name before its town or its own name, in the languages they are no
 * English word in: "Real Betis", "Dinamo Zagreb", "Olympique Lyonnais", "Atlético Mineiro".
 */
export const CLUB_OPENERS = words(`
  Real Atlético Atletico Dinamo Dynamo Spartak Lokomotiv Lokomotiva Olympique Olympiacos Olympiakos
  Deportivo Slavia Sparta Torpedo Zenit Shakhtar Legia Wisła Hapoel Maccabi Beitar Universitario
  Internacional Estudiantes
`);

/**
 * Club openers that are English words too ("Racing Stripes" is a film, "Club Foot" a song), which
 * open a club's name only before a town: "Sporting Lisbon", "Racing Santander", "Rapid Vienna".
 */
export const CLUB_OPENERS_BEFORE_TOWNS = words('Sporting Racing Athletic Club Rapid');

/** Last words of a place that also end a football club's name: "Lincoln City", "Derby County". */
export const TOWN_CLUB_HEADS = new Set(['City', 'Town', 'County']);

/**
 * Buildings named after people or with an honorific: "the Sheikh Zayed Mosque", "the new Brandon
 * Sportsplex", and the stands of a ground ("the Sir Bobby Robson Stand"). After "the" they are the
 * building whatever the name before them.
 */
export const VENUE_HEADS = new Set(
  'temple mosque mandir gurdwara cathedral stadium arena sportsplex stand'.split(' '),
);

/** Chambers of a legislature, named after "House of": "the House of Representatives". */
export const HOUSES = new Set([
  'Representatives',
  'Commons',
  'Lords',
  'Assembly',
  'Delegates',
  'Keys',
  'Councillors',
]);

/** Kinds of place a list of names may close on: "the Oshana, Ohangwena and Oshikoto regions". */
export const PLURAL_PLACE_KINDS = new Set(
  'regions districts provinces counties villages suburbs townships municipalities constituencies parishes neighbourhoods neighborhoods'.split(
    ' ',
  ),
);

/** Kinds of municipality whose formal name is its council's: "the City of Windhoek". */
export const MUNICIPALITIES = new Set(['City', 'Town', 'Municipality', 'Shire', 'Borough']);

/** Jobs in a team, lower case after its name and before a holder's: "Mamelodi Sundowns coach Miguel Cardoso". */
export const TEAM_JOBS = new Set([
  'coach',
  'manager',
  'captain',
  'skipper',
  'boss',
  'chairman',
  ...PLAYING_POSITIONS,
]);

/**
 * Fields of work that are named by two words, the second of these with an adjective or noun
 * before it ("public relations", "human resources", "customer service", "corporate affairs"), so a
 * job in one keeps both words: "public relations manager", never "relations manager".
 */
export const FIELDS_TAKING_A_MODIFIER = new Set(
  `relations resources affairs service services health safety media security works estate
   technology development planning protection welfare care communications`.split(/\s+/),
);

/** Letters a court gives its senior advocates, after the name: "Alison Keane SC", "Femi Ade SAN". */
export const COUNSEL_LETTERS = new Map([
  ['KC', "King's Counsel (KC)"],
  ['QC', "Queen's Counsel (QC)"],
  ['SC', 'Senior Counsel (SC)'],
  ['SAN', 'Senior Advocate of Nigeria (SAN)'],
]);

/** The side a court report says a barrister argues ("Defending, Gareth Pryce said"), as their job. */
export const COUNSEL_OF_SIDE = new Map([
  ['Defending', 'defence counsel'],
  ['Mitigating', 'defence counsel'],
  ['Prosecuting', 'prosecution counsel'],
]);

/**
 * Relatives a story names beside a person ("her daughter, Kirsty", "His mother, Loide Amutenya"),
 * with the sex each word tells; a partner's is not told.
 */
export const KIN_NOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ...[...words('mother daughter wife sister grandmother granddaughter aunt niece widow stepmother')].map(
    (word) => [word, 'female'] as const,
  ),
  ...[...words('father son husband brother grandfather grandson uncle nephew widower stepfather')].map(
    (word) => [word, 'male'] as const,
  ),
  ['partner', null],
]);

/**
 * Labels a story may open on before a colon or a dash that are no town ("Verdict:", "Warning —"),
 * besides those NEVER_NAME_WORDS holds ("Analysis", "Update", "Watch"). These may still end a name
 * ("the Australian Financial Review", "Amnesty's Urgent Note").
 */
export const STORY_LABELS = words(
  'Review Photos Note Correction Result Results Score Scores Verdict Warning',
);
