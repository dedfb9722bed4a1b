/**
 * One entry per real person, organisation and place: capitalised runs are classified, people
 * need evidence a reader would use, and the forms of one person (full name, surname, spelling
 * variants, honorific forms) are merged under the fullest.
 *
 * A name is an organisation when it ends on an organisation word (Bus, Metro, Union, Ministry…),
 * when it does what bodies do and people do not in news prose (operates a line, owns land, speaks
 * "in a statement" or "in a position paper", is "state-run"), when a job and a person follow it
 * ("MetService meteorologist Ella Brandt"), when it carries a bracketed acronym of its own initials,
 * when an ampersand joins it, or when it is a bracketed group after a person's name. A lone word
 * acting as a body is an organisation unless the article also writes it in lower case. A name is a
 * place after a place preposition, as a dateline town placed in its country ("Cusco, Peru"), as the
 * second of a pair after a kind of place, or with a direction or nationality before a place word.
 *
 * People named like places or things stay people when the run behaves as a person's does: a given
 * name and a place ("Zukiswa Mali, who…", "Health Secretary Aden Duale", "Sarah Hill, of…"); a
 * single name with an age or a job set off ("Suharti, 52, a street food seller"); a family member
 * by given name ("her daughter, Kirsty"). A place named after someone ("Carlos Pellegrini
 * station") names no person; currency amounts ("R185", "VND12 million") are no organisation.
 *
 * A name before a lower-case job and a full name is where that person is from or works ("Kurri
 * Kurri nurse Jess Pavlović", "Hunter Valley Coal Chain Coordinator chief executive …"). A public
 * agency is its field and the place it serves ("Transport Scotland", "Fisheries and Oceans
 * Canada"); "the X provincial government" is a body even when X is unknown. Initials without
 * brackets are the one body named in full whose capitals they are ("EPA"), and a bracketed short
 * form after a body is its own whatever its letters ("(Fenabe)"). Names written family name first
 * answer to their first word ("Wang Jun", then "Wang said") when the full name came with a job.
 */
import { readDateline } from '../corpus/datelines.js';
import type { Paragraph } from '../corpus/types.js';
import {
  BEFORE_WORK_KIND,
  BODY_NAME_JOINERS,
  CALENDAR_WORDS,
  CAMPAIGN_VERBS,
  CLUB_INITIALS,
  CLUB_OPENERS,
  CLUB_OPENERS_BEFORE_TOWNS,
  COMPASS_ADJECTIVES,
  COMPASS_POINTS_IN_NAMES,
  CONTEST_HEADS,
  CREDITS_AFTER_WORK,
  DEMONYM_TO_PLACE,
  DETERMINERS_BEFORE_NOUN,
  FACILITY_HEADS_BEFORE_NAMES,
  FAMILY_NAMES_WRITTEN_FIRST,
  FEMALE_GIVEN_NAMES,
  GENERATIONAL_SUFFIXES,
  HONORIFICS,
  HONORIFICS_AS_SURNAMES,
  HONORIFICS_BEFORE_FULL_NAMES,
  HOUSES,
  INSTITUTION_NOUNS,
  isGroupWord,
  isNameParticle,
  KIN_NOUNS,
  KNOWN_ORGANISATION_PHRASES,
  KNOWN_ORGANISATIONS,
  MALE_GIVEN_NAMES,
  MUNICIPALITIES,
  NAME_PARTICLES,
  NAME_STYLES,
  NAMING_WORDS,
  NEVER_NAME_WORDS,
  ORGANISATION_HEADS,
  OUTLET_WORDS,
  PATRONYMIC_PARTICLES,
  PEOPLE_BY_AGE_OR_STANDING,
  PLACE_PART_WORDS,
  PLACES_ALSO_GIVEN_NAMES,
  PLAYING_POSITIONS,
  PLURAL_PLACE_KINDS,
  POLICE_RANKS_BY_INITIALS,
  RELATIONAL_NOUNS,
  ROLE_AS_WORDS,
  ROLE_NOUNS,
  ROMANCE_MONTHS,
  ROYAL_OWNERS,
  SERVICE_RANKS_BY_INITIALS,
  SPEECH_VERBS,
  STAFF_NOUNS,
  STORY_LABELS,
  TEAM_JOBS,
  TITLE_MODIFIERS,
  TOWN_CLUB_HEADS,
  TRAILING_PATRONYMICS,
  VENUE_HEADS,
  WORK_KINDS,
  WORK_KINDS_ALSO_VERBS,
} from './lexicon.js';
import { memoiseBounded } from './memo.js';
import {
  ARABIC_ATTACHED_PARTICLE,
  coreText,
  findNameRuns,
  gapBetween,
  givenNameBeforeJob,
  IRISH_SURNAME_OPENERS,
  isAcronym,
  isDemonymBeforeGivenName,
  isMiddleInitial,
  isPlausibleNameWord,
  isTitleBeforeGivenName,
  lowerWord,
  MONTHS_AS_GIVEN_NAMES,
  type NameRun,
  namesOrganisation,
  pairsNameWithPlace,
  pluralTitleOffice,
  royalStyleAsGivenName,
  singularOfTitle,
  speechVerbAfterSetOff,
  titleBeforeComplement,
  tokenAfter,
  tokenBefore,
} from './names.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import {
  giveJobsToHoldersNamedAfter,
  type PersonMention,
  type RoleKey,
  roleAfter,
  roleBefore,
  roleComplementBefore,
  roleKeyOf,
  roleRank,
  statedRole,
} from './roles.js';
import {
  isCourtesyTitle,
  isGivenName,
  isPersonTitle,
  isPlaceWord,
  isRoleNoun,
  isTitleWord,
} from './titles.js';
import { foldName, isCapitalised, type Token } from './tokens.js';
import type { EntityKind } from './types.js';

export type Gender = 'male' | 'female' | null;

/** Fields a government agency is named by, before the place it serves ("Transport Scotland"). */
const AGENCY_FIELDS = new Set(
  'transport health environment sport statistics infrastructure heritage tourism education water energy housing forestry fisheries oceans agriculture biosecurity police revenue creative historic'.split(
    ' ',
  ),
);

/**
 * Fields a national department is named for before its country, beside the agencies' own:
 * "Immigration, Refugees and Citizenship Canada", "Global Affairs Canada", "Public Safety Canada".
 */
const DEPARTMENT_FIELDS = new Set([
  ...AGENCY_FIELDS,
  ...'innovation science development communities immigration refugees citizenship employment safety affairs'.split(
    ' ',
  ),
]);

/**
 * Sports whose national governing bodies are named by the sport and the country, in either order:
 * "Cricket Australia", "Hockey Canada", "Oman Cricket", "Scottish Rugby".
 */
const GOVERNED_SPORTS = new Set(
  'cricket rugby hockey netball athletics swimming cycling rowing basketball volleyball gymnastics triathlon'.split(
    ' ',
  ),
);

function namesAgencyByFieldAndPlace(run: NameRun): boolean {
  const [qualifier, , placeAfterTwo] = run.tokens;
  // "Economic Development Canada", "Public Safety Canada": a field of two words before the place.
  const twoWordField =
    run.tokens.length === 3 &&
    placeAfterTwo !== undefined &&
    qualifier !== undefined &&
    !qualifier.possessive &&
    !NEVER_NAME_WORDS.has(qualifier.word) &&
    !isPlaceWord(qualifier.word) &&
    !isGivenName(qualifier.word);
  const [field, place] = twoWordField ? run.tokens.slice(1) : run.tokens;
  if (
    (run.tokens.length !== 2 && !twoWordField) ||
    field === undefined ||
    place === undefined ||
    place.possessive
  )
    return false;
  if (!isCapitalised(field.word) || !isCapitalised(place.word)) return false;
  const fieldWord = field.word.toLowerCase();
  if (twoWordField) return DEPARTMENT_FIELDS.has(fieldWord) && isPlaceWord(place.word);
  if ((DEPARTMENT_FIELDS.has(fieldWord) || GOVERNED_SPORTS.has(fieldWord)) && isPlaceWord(place.word))
    return true;
  return !field.possessive && isPlaceWord(field.word) && GOVERNED_SPORTS.has(place.word.toLowerCase());
}

/**
 * Where an agency's list of fields begins: "Fisheries and Oceans Canada", "Immigration, Refugees
 * and Citizenship Canada", "Innovation, Science and Economic Development Canada". Each field
 * listed is one of the fields agencies are named for, so "talks between Ottawa and Health Canada"
 * stays two names.
 */
function agencyFieldsStart(run: NameRun): number {
  const tokens = run.paragraphTokens;
  const runStart = run.firstIndex;
  const listsField = (token: Token | undefined): token is Token =>
    token !== undefined &&
    isCapitalised(token.word) &&
    !token.possessive &&
    DEPARTMENT_FIELDS.has(token.word.toLowerCase());
  const and = tokens[runStart - 1];
  let first = runStart - 2;
  if (
    and?.word !== 'and' ||
    !listsField(tokens[first]) ||
    run.text.slice(tokens[first]?.end, and.start) !== ' '
  )
    return (run.tokens[0] as Token).start;
  while (
    listsField(tokens[first - 1]) &&
    run.text.slice(tokens[first - 1]?.end, tokens[first]?.start) === ', '
  )
    first--;
  // "UK Sport and Sport England": a list that ends another name is two bodies, not one's fields.
  const before = tokens[first - 1];
  if (before && isCapitalised(before.word) && run.text.slice(before.end, tokens[first]?.start) === ' ')
    return (run.tokens[0] as Token).start;
  return (tokens[first] as Token).start;
}

const UNION_BRANCH_NUMBER = /^ \d{1,5}[A-Z]?\b/;

/** "Suparmi, who has sold rice at Cipinang for 20 years, said": a "who" clause, then speech. */
const MONONYM_WHO_SAID = /^, who\b[^,.“”"]{1,80},\s+(?:said|says|told|tells|added)\b/;

/** Nothing before but the end of the sentence before: the run opens its sentence. */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+)$/;

/**
 * "who gave only her first name, Amina,", "who gave his surname as Cheung": a name given in part,
 * first or family, as people who speak to reporters in the street often do.
 */
const FIRST_NAME_ONLY =
  /\b(?:(?:first|given|last|family) name|surname|identified only as|named only as|gave (?:his|her|their) (?:(?:first|given|last|family) )?(?:name|surname) as),? $/;

// "Rhiannon Powell-Evans later confirmed that she had asked…": a clause reported of the subject
// with "he" or "she" is reported of a person.
const OWN_CLAUSE_POSSESSIVE = /^\s+\p{Ll}+(?:\s+\p{Ll}+){0,4}\s+(?:his|her|that (?:he|she))\s/u;

const COURT_PART_BEFORE =
  /(?:^|[.!?]["”’]?\s+)(?:Prosecuting|Defending|Mitigating|Sentencing|Representing [^,.]{2,70}|Summing up),\s*$/;
const COURT_PART_AFTER = /^,\s+(?:prosecuting|defending|mitigating|representing (?:him|her|them)),/;

/** The run is followed by a lower-case job, then a capitalised given name and surname. */
function describesPersonAfterJob(run: NameRun): boolean {
  const job = tokenAfter(run);
  const given = tokenAfter(run, 2);
  const surname = tokenAfter(run, 3);
  return (
    job !== undefined &&
    given !== undefined &&
    surname !== undefined &&
    !run.tokens.at(-1)?.possessive &&
    gapBetween(run.text, run.tokens.at(-1), job) === ' ' &&
    gapBetween(run.text, job, given) === ' ' &&
    gapBetween(run.text, given, surname) === ' ' &&
    !isCapitalised(job.word) &&
    isRoleNoun(job.word) &&
    isCapitalised(given.word) &&
    isCapitalised(surname.word) &&
    !isTitleWord(given.word)
  );
}

/** Kinds of body that only a business is: no person is a "company" or a "chain". */
const BUSINESS_KINDS = new Set([
  'company',
  'firm',
  'group',
  'chain',
  'operator',
  'carrier',
  'retailer',
  'insurer',
  'lender',
]);

/** Last words of a law's name, written capitalised: "Trees Act", "Public Order Ordinance". */
const LAW_HEADS = new Set(['Act', 'Acts', 'Amendment', 'Ordinance', 'Statute', 'Regulations']);

/** Last words of a publication's name that the shared organisation words leave out. */
const PUBLICATION_HEADS = new Set(['Newspaper', 'Newsletter', 'Quarterly', 'Bulletin']);

/** An entity's order is its first mention's paragraph number times this, plus its offset there. */
const ORDER_PER_PARAGRAPH = 100_000;

/** The entity is first named in this paragraph or a later one. */
export function introducedFrom(entity: EntityDraft, paragraph: number): boolean {
  return entity.order >= paragraph * ORDER_PER_PARAGRAPH;
}

export interface EntityDraft {
  name: string;
  kind: EntityKind;
  aliases: string[];
  role: string | null;
  roleKeys: RoleKey[];
  gender: Gender;
  /** Reading order of the first mention, to keep output stable and ordered like the article. */
  order: number;
}

/** Words that begin place names: "Lake Mead", "Mount Kenya", "Port Sudan". */
const PLACE_FIRST_WORDS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Upper',
  'Lower',
  'Greater',
  'Lake',
  'Mount',
  'Mt',
  'River',
  'Fort',
  'Port',
  'Cape',
  'Camp',
  'Isle',
  'Gulf',
  'Sea',
  'Bay',
  'Lough',
  'Loch',
  'Glen',
]);

/** Common nouns that, right before a name, say it is an organisation. */
const ORGANISATION_KIND_NOUNS = new Set(
  `bank company firm group charity carmaker retailer chipmaker airline insurer lender broadcaster
   newspaper union party agency regulator watchdog manufacturer supermarket developer publisher
   startup conglomerate club team militia organisation organization network channel operator
   utility provider producer maker giant exporter importer ministry department start-up
   automaker housebuilder builder miner brewer distributor wholesaler platform chain grocer
   consultancy cooperative co-operative`.split(/\s+/),
);

/**
 * "Valentina Ivanova, a machine operator who has worked at the plant": a kind of firm that is also
 * a trade ("operator", "builder", "producer") names a person's job once a "who" clause follows it.
 */
const WORKER_OF_FIRM_KIND = /^, an? ((?:[\p{Ll}-]+ ){0,2}([\p{Ll}-]+)) who(?:se)?\b/u;

function workerOfFirmKind(run: NameRun): string | null {
  const described = WORKER_OF_FIRM_KIND.exec(run.text.slice(run.tokens.at(-1)?.end ?? 0));
  return described?.[1] && ORGANISATION_KIND_NOUNS.has(described[2] ?? '') ? described[1] : null;
}

/** Kinds of business that a story may set off before the firm's name: "The contractor, Metro Kurylys, said". */
const BODIES_SET_OFF_BEFORE_NAME = new Set([
  ...ORGANISATION_KIND_NOUNS,
  'contractor',
  'subcontractor',
  'supplier',
  'consortium',
  'consultancy',
]);

/** Words that open a modifier after an appositive's noun: "the start-up once hailed as", "the firm that". */
const APPOSITIVE_MODIFIER_OPENERS = new Set(
  `once which that who whose based founded owned backed listed known with behind in from of set formed
   created made run led representing campaigning`.split(/\s+/),
);

/** Kinds of place that name the place after "of": "the city of Kremenchuk". */
const PLACE_KIND_NOUNS = new Set(
  'city town village region province county district state port island capital suburb'.split(' '),
);

const TOWN_LANDFORMS = new Set(['Beach', 'Springs', 'Falls', 'Heights', 'Hills', 'Bluffs', 'Rapids']);

/** Words that end place names ("Jordan Valley", "Golan Heights"), so a given name first is no evidence. */
const PLACE_HEADS = new Set(
  `valley river street square road bridge airport station park mountains mountain sea gulf heights
   island islands strait canal province region city county district state lake bay coast desert
   peninsula plain plains hills hill camp crossing border square avenue palace tower base line
   junction creek swamp reef dam wetlands harbour harbor estuary gorge town village quay wharf pier
   forest landscape stadium arena grounds marina highway port boulevard parkway expressway freeway
   motorway promenade esplanade`
    .split(/\s+/)
    .filter(Boolean),
);

/** How many words a list of places may run on before its plural head: "the A, B and C constituencies". */
const FACILITY_LIST_REACH = 10;

/** "the Moses Garoeb, Samora Machel and Tobias Hainyeko constituencies": a name listed before a plural place head. */
function listedBeforePluralFacility(run: NameRun, heads: ReadonlySet<string> = FACILITY_HEADS): boolean {
  const tokens = run.paragraphTokens;
  const from = run.firstIndex + run.tokens.length;
  for (let at = from; at < Math.min(tokens.length, from + FACILITY_LIST_REACH); at++) {
    const token = tokens[at] as Token;
    if (!/^,? $/.test(run.text.slice((tokens[at - 1] as Token).end, token.start))) return false;
    if (heads.has(token.word) && token.word.endsWith('s')) return at > from;
    if (!isCapitalised(token.word) && token.word !== 'and' && token.word !== 'or') return false;
  }
  return false;
}

/** Place heads that name a street, which an address puts after "on" or "at". */
const STREET_HEADS = new Set(['street', 'road', 'avenue', 'lane', 'drive', 'boulevard', 'square', 'terrace']);

/**
 * French, Spanish, Portuguese and Italian streets put their kind first and join the name with a
 * particle: "Avenue de Rennes", "Rue du Bac", "Calle de Alcalá", "Rua da Prata", "Via del Corso".
 * No person's name opens on these words before a particle.
 */
const STREET_HEADS_BEFORE_NAMES = new Set([
  'Avenue',
  'Avenida',
  'Boulevard',
  'Rue',
  'Calle',
  'Carrera',
  'Rua',
  'Via',
  'Viale',
  'Corso',
  'Chaussée',
  'Allée',
  'Quai',
]);

/**
 * Prepositions of place and of way before a street: "on King William Street", "through Barrister
 * Sultan Ahmed Chowdhury Road" (a road named after a person, title and all, is still a road).
 */
const STREET_PREPOSITIONS = new Set(
  'on in at along off near through via across down up onto into past beside'.split(' '),
);

/** Months that are also surnames: Theresa May, Brian May, Ben August. */
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);

/** A date writes a day next to its month: "Jun 5", "5 Jun". */
function dayBeside(run: NameRun, token: Token): boolean {
  const at = run.paragraphTokens.indexOf(token);
  return [run.paragraphTokens[at - 1], run.paragraphTokens[at + 1]].some(
    (near) => near !== undefined && /^\d/.test(near.word),
  );
}

/** Lower-case words that make the name before them a place named after someone: "Carlos Pellegrini station". */
const FACILITY_HEADS = new Set(
  `station street road avenue square bridge airport stadium park terminal interchange hospital
   clinic museum library highway motorway expressway boulevard stations streets roads avenues
   bridges airports stadiums parks terminals hospitals clinics museums libraries constituency
   constituencies township townships`.split(/\s+/),
);

/** One-word names of schools, colleges and hospitals: "Albyskolan", "Nydalen skole", "Klinikum". */
const INSTITUTION_COMPOUND =
  /^\p{Lu}\p{Ll}{2,}(?:skolan|skolen|skole|schule|gymnasiet|gymnasium|sjukhuset|sykehuset|sygehus|koulu|lukio|klinikum|högskolan|universitetet)$/u;

const VENUES_BEFORE_NAMES = new Set([
  'Estadio',
  'Estádio',
  'Stade',
  'Stadio',
  'Aeropuerto',
  'Aeroporto',
  'Aéroport',
]);

/**
 * The person a facility is named for: "Garcia de Orta" in "Garcia de Orta Hospital" and "Hospital
 * Garcia de Orta", "Jorge Basadre" in "Estadio Jorge Basadre"; null when the name is no such place's.
 */
function facilityNamesake(core: readonly Token[]): string | null {
  if (core.length < 3) return null;
  const first = core[0]?.word ?? '';
  const last = core.at(-1)?.word ?? '';
  const named =
    FACILITY_HEADS.has(last.toLowerCase()) && !FACILITY_HEADS.has(first.toLowerCase())
      ? core.slice(0, -1)
      : FACILITY_HEADS.has(first.toLowerCase()) || FACILITY_HEADS_BEFORE_NAMES.has(first)
        ? core.slice(1)
        : null;
  if (!named || named.length < 2) return null;
  return named[0] && isCapitalised(named[0].word) ? named.map((token) => token.word).join(' ') : null;
}

/** Words after which a lone capitalised word is a place: "in Tartus", "at Hmeimim", "reached Rafah". */
const PLACE_PREPOSITIONS = new Set(
  `in at near from outside across towards toward into reached entered visited toured bombed shelled
   captured seized evacuated around`.split(/\s+/),
);

/** Prepositions before which a multi-word name with no given name is a place: "near Machu Picchu". */
const MULTI_WORD_PLACE_PREPOSITIONS = new Set(['near', 'outside']);

/** Words that put something inside or beside a place, and never beside a person. */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around']);

/**
 * "anchored off Vancouver", "in English Bay, off Vancouver": "off" places something at sea only
 * after a comma or a word of mooring; "held off Maurice Greene" is a phrasal verb.
 */
function isOffshore(run: NameRun): boolean {
  const off = tokenBefore(run);
  if (off?.word !== 'off') return false;
  const anchor = tokenBefore(run, 2);
  return (
    /,\s*$/.test(run.text.slice(0, off.start)) ||
    /^(?:anchored|moored|lying|waiting|stranded|sank|sunk|coast|shore|waters|island|islands|ships|vessels|carriers)$/.test(
      lowerWord(anchor),
    )
  );
}

/**
 * Things bodies do that people, in news prose, do not: operate a line, speak through a statement
 * or a position paper, own land along a route.
 */
const ORGANISATION_ACTION =
  /^(?:,? (?:which|that) (?:operates|operate|runs|owns|manages|represents)\b|\s+(?:\w+\s+)?(?:said|says|announced|warned|argued) (?:in|on) (?:a|an|its) (?:statement|filing|regulatory filing|stock exchange filing|press release|results statement|position paper|submission|letter|report)\b|\s+said in a statement)/u;

/**
 * "MetService meteorologist Ella Brandt", "Siptu's transport sector organiser, Aoife Brennan": a
 * job held at the name, then the person holding it, makes the name where they work.
 */
const STAFF_ROLE_THEN_PERSON =
  /^(?:['’]s)?\s+(?:(?!(?:and|or|its|his|her|their|the|a|an)\s)\p{Ll}[\p{L}-]*\s+){0,2}(?:chief executive|chief economist|managing director|director general|general secretary|president|vice-president|chair|chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|director|director-general|secretary-general|organiser|organizer|meteorologist|forecaster|ceo|founder|co-founder|treasurer|manager|activist|campaigner|volunteer|coordinator|researcher|analyst|economist)\b,?\s+\p{Lu}\p{Ll}+ (?:(?:van|von|de|da|der|den|del|la|le|bin|al|dos|du) )*\p{Lu}/u;

/** "the state-run Korail", "the Kremlin-backed Sputnik": ownership described as only a body has it. */
const OWNERSHIP_DESCRIPTION = /-(?:run|owned|backed|funded|listed|controlled)$/;

/**
 * "Environment Canterbury (ECan)", "National Bus and Rail Union (NBRU)": a bracketed acronym built
 * from the name's initials. A person's bracket holds a party ("Dev Mistry (Lab)"), never initials.
 */
function bracketsOwnInitials(run: NameRun): boolean {
  const after = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  const acronym = /^\s+\((\p{Lu}[\p{L}&]{1,9})\)/u.exec(after)?.[1];
  if (!acronym || run.tokens.length < 2) return false;
  const initials = run.tokens
    .map((token) => token.word[0] ?? '')
    .filter((letter) => /\p{Lu}/u.test(letter))
    .join('');
  return acronym.replace(/[^\p{Lu}]/gu, '') === initials;
}

/** "Graffitti activist Andre Camilleri": a member's job straight after the body, then the member. */
const MEMBER_THEN_PERSON =
  /^\s+(?:activist|campaigner|volunteer|coordinator|member|spokesman|spokeswoman|spokesperson|organiser|organizer)\s+\p{Lu}\p{Ll}+ \p{Lu}/u;

/** A name that behaves as a body does in the words around it (see the patterns above). */
function actsAsOrganisation(run: NameRun): boolean {
  const last = run.tokens.at(-1);
  if (!last) return false;
  const after = run.text.slice(last.end);
  if (OWNERSHIP_DESCRIPTION.test(lowerWord(tokenBefore(run)))) return true;
  if (STAFF_ROLE_THEN_PERSON.test(after)) return true;
  // "the Usdaw union said", "the Unite union": the kind of body written after its name.
  // "The South Yorkshire company" describes where a firm is, not what it is called.
  // "told Time magazine", "in Rolling Stone magazine": a title is named so without an article too.
  if (
    (lowerWord(tokenBefore(run)) === 'the' || TITLE_KIND_AFTER_NAME.test(after)) &&
    !last.possessive &&
    KIND_AFTER_NAME.test(after) &&
    !run.core.some(
      (token) => isPlaceWord(token.word) || PLACE_FIRST_WORDS.has(token.word) || isGroupWord(token.word),
    )
  )
    return true;
  // "In a statement, FreshWay said": the statement opens the sentence instead of following the verb.
  if (
    STATEMENT_OPENING.test(run.text.slice(0, run.tokens[0]?.start ?? 0)) &&
    /^\s+(?:said|says|added|announced)\b/.test(after)
  )
    return true;
  // "Age Action, the charity for older people,": an appositive that says what kind of body it is.
  if (!last.possessive && KIND_IN_APPOSITIVE.test(after)) return true;
  // "Nchanga Copper Mines, which is majority owned by…, said": "which" is for things, not people.
  if (!last.possessive && WHICH_CLAUSE_THEN_SPEECH.test(after)) return true;
  return !last.possessive && ORGANISATION_ACTION.test(after);
}

/** ", the charity for older people,", ", the national teachers' union.": a body's kind, not a job. */
const KIND_IN_APPOSITIVE =
  /^,\s+(?:the|a|an)\s+(?:(?!of\s|for\s)[\p{Ll}'’-]+\s+){0,2}(?:charity|union|party|federation|association|think tank|trade body|lobby group|campaign group|pressure group)(?=\s+(?:for|of|that|which|representing)\b|[,.;])/u;

const WHICH_CLAUSE_THEN_SPEECH = /^,\s+which\s[^.;"“”]{1,120}?,\s+(?:said|says|added|announced)\b/;

/** A kind of body written after its name, in lower case: "the Usdaw union", "the Tesco group". */
const KIND_AFTER_NAME =
  /^\s+(?:union|party|charity|agency|network|magazine|newspaper|tabloid|website|broadcaster|movement|federation|bloc)\b/;

/** Kinds of title a name may be followed by without an article before it: "told Time magazine". */
const TITLE_KIND_AFTER_NAME = /^\s+(?:magazine|newspaper|tabloid|website)\b/;

/** "In a statement, X said", "In a filing on Monday, X said". */
const STATEMENT_OPENING =
  /(?:^|[.!?]\s+)In (?:a|an|its) (?:statement|press release|filing|regulatory filing|stock exchange filing|results statement)\b[^,.]{0,40},\s*$/;

interface PersonCandidate {
  forms: Map<string, number>;
  evidence: number;
  roles: { text: string; order: number }[];
  gender: Gender;
  order: number;
  honorificForms: Set<string>;
  /** A name inside the full one that the article uses alone: "Lula" for "Luiz Inácio Lula da Silva". */
  knownAs: Set<string>;
  /** Times the surname appeared alone, counted as evidence at most twice. */
  surnameReuse: number;
  /** Courtesy titles the full name was given ("dasho", "aum"), which later tell namesakes apart. */
  courtesies: Set<string>;
  /** Written where no sentence opens, so its first word is capitalised as a name's, not a sentence's. */
  seenMidSentence: boolean;
}

function speechVerbFollows(run: NameRun): boolean {
  const after = tokenAfter(run);
  const gap = gapBetween(run.text, run.tokens[run.tokens.length - 1], after);
  if (gap !== ' ' || !after) return false;
  if (SPEECH_VERBS.has(after.word)) return true;
  const next = tokenAfter(run, 2);
  return ['also', 'later', 'has', 'had', 'then'].includes(after.word) && SPEECH_VERBS.has(next?.word ?? '');
}

function speechVerbPrecedes(run: NameRun): boolean {
  const before = tokenBefore(run);
  return (
    before !== undefined &&
    (['said', 'says', 'added', 'according'].includes(before.word) || accordingTo(run)) &&
    run.prefix.length === 0
  );
}

/** "according to Tendai Moyo": the source of what the sentence reports, as "said" would name it. */
function accordingTo(run: NameRun): boolean {
  return lowerWord(tokenBefore(run)) === 'to' && lowerWord(tokenBefore(run, 2)) === 'according';
}

const INVERTED_VERB_AFTER_QUOTATION = /[,?!]["”’']\s+(\p{Ll}+)\s+$/u;

/**
 * The attribution slot right after a quotation: '“…,” Birgit Kuhlhoff told Reuters', '“…,” said
 * Martinez'. Reporters put the speaker's name there, so a capitalised name in it is a speaker.
 */
function inAttributionSlot(run: NameRun): boolean {
  const before = run.text.slice(0, run.tokens[0]?.start ?? 0);
  if (run.prefix.length > 0) return false;
  // '“…,” said Martinez, who…': the name ends the clause (not "said Oscars communications director…").
  const after = run.text.slice(run.tokens[run.tokens.length - 1]?.end ?? 0);
  // '“…?” asked Bijay Kumar Mishra', '“…,” wrote Ana Ruiz': any reporting verb may be inverted there.
  const invertedVerb = INVERTED_VERB_AFTER_QUOTATION.exec(before)?.[1];
  if (invertedVerb !== undefined && SPEECH_VERBS.has(invertedVerb))
    return run.core.length > 1 || /^\s*(?:[,.;]|$)/.test(after);
  return /[,?!]["”’']\s+$/.test(before) && (speechVerbFollows(run) || run.core.length > 1);
}

/**
 * "DS Marak said", "TJ Reid said": Indian and Irish papers write given names as two initials run
 * together, without stops. Two capitals before a surname are a person's when the name then speaks
 * or a title stands before it.
 */
function initialsAsGivenNames(run: NameRun): boolean {
  const [initials, ...names] = run.core;
  return (
    initials !== undefined &&
    names.length > 0 &&
    names.length <= 3 &&
    /^\p{Lu}{2,3}$/u.test(initials.word) &&
    !KNOWN_ORGANISATIONS.has(initials.word) &&
    !isPlaceWord(initials.word) &&
    names.every((token) => isPlausibleNameWord(token.word)) &&
    // "Alhaj AKM Ashraf Uddin": three initials, as Bangladeshi names are written, only after a
    // courtesy title or an office, since three capitals more often open a body's name ("BBC Radio").
    ((initials.word.length === 2 && speechVerbFollows(run)) ||
      run.prefix.some((token) => isPersonTitle(token.word)))
  );
}

/**
 * "M Ravinder Goud said", "K. T. Rama Rao": Indian papers write the given names, or the family or
 * village name before them, as initials, with or without stops, ahead of names written out.
 */
function opensWithInitials(core: readonly Token[]): boolean {
  let at = 0;
  while (
    at < core.length &&
    /^\p{Lu}$/u.test((core[at] as Token).word) &&
    !/^[AI]$/.test((core[at] as Token).word)
  )
    at++;
  // A lone initial before a surname is a team sheet's or a results table's short form ("D Parks"),
  // and three words after one are more likely a title in another language ("Y Tu Mama Tambien").
  return (
    at > 0 &&
    core.length - at === 2 &&
    core.slice(at).every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.word) && isPlausibleNameWord(token.word))
  );
}

function genderOf(run: NameRun): Gender {
  for (const [index, token] of run.prefix.entries()) {
    const word = token.word.toLowerCase();
    // "Lord Mayor", "Lord Provost", "Lord Chancellor": an office a woman holds under the same
    // title, so "Lord" tells a sex only when it stands straight before the name.
    if (word === 'lord' && index < run.prefix.length - 1) continue;
    const gender = HONORIFICS.get(word);
    if (gender) return gender;
  }
  // "His mother, Loide Amutenya": a relation set off before the name says whether a man or a woman.
  const relation = KIN_NOUNS.get(lowerWord(tokenBefore(run)));
  if (relation && /^,? $/.test(gapBetween(run.text, tokenBefore(run), run.core[0]))) return relation;
  const given = run.core[0]?.word ?? '';
  if (run.core.length > 1 && MALE_GIVEN_NAMES.has(given)) return 'male';
  if (run.core.length > 1 && FEMALE_GIVEN_NAMES.has(given)) return 'female';
  return null;
}

/** A paragraph opening on "By" before the reporter's name, closed by the outlet or nothing. */
const BYLINE_OPENING = /^\s*By\s+$/;
const BYLINE_CLOSING = /^\s*(?:$|[|,•·—–-]|and\s+\p{Lu}|in\s+\p{Lu}\p{L}+\s*$)/u;

function classifyNonPerson(name: string, core: Token[], run: NameRun): EntityKind | null {
  const words = core.map((token) => token.word);
  const last = words[words.length - 1] ?? '';
  if (KNOWN_ORGANISATION_PHRASES.includes(name) || (words.length === 1 && KNOWN_ORGANISATIONS.has(last))) {
    return 'organisation';
  }
  if (isPlaceWord(name)) return 'place';
  if (words.length > 1 && namesSportsClub(words)) return 'organisation';
  if (words.length > 2 && STREET_HEADS_BEFORE_NAMES.has(words[0] ?? '') && isNameParticle(words[1] ?? ''))
    return 'place';
  // "Hospital Garcia de Orta", "Universidad Simón Bolívar": a Romance institution named for someone is
  // a body; "Estadio Jorge Basadre", "Aeropuerto Jorge Chávez" are where things happen.
  // "The fire at Albyskolan", "Rinkebyskolan", "Sahlgrenska sjukhuset": Nordic, German and Finnish
  // papers write a school or a hospital as one word ending on its kind, which is a body's name.
  if (words.length === 1 && INSTITUTION_COMPOUND.test(last)) return 'organisation';
  // "Stade Toulousain" and "Stade Français" are clubs, named for a town, not a ground named for someone.
  if (words.length > 1 && run.prefix.length === 0 && FACILITY_HEADS_BEFORE_NAMES.has(words[0] ?? '')) {
    if (!VENUES_BEFORE_NAMES.has(words[0] ?? '')) return 'organisation';
    if (words.length > 2) return 'place';
  }
  // "Virginia Beach", "Colorado Springs", "Idaho Falls": a state or country before a landform in the
  // form towns take it names an American town ("Ken Beach" and "Ashley Falls" are people).
  // A state that is also a given name needs a word that places it: "in Virginia Beach", but
  // "Virginia Hills, a parent, said".
  if (
    words.length === 2 &&
    TOWN_LANDFORMS.has(last) &&
    (isPlaceWord(words[0] ?? '') ||
      (PLACES_ALSO_GIVEN_NAMES.has(words[0] ?? '') &&
        run.prefix.length === 0 &&
        (PLACE_PREPOSITIONS.has(lowerWord(tokenBefore(run))) || lowerWord(tokenBefore(run)) === 'of')))
  )
    return 'place';
  if (words.length === 1 && LONE_INSTITUTIONS.has(last)) return 'organisation';
  // "with An Coimisiún Pleanála", "Counsel for An Garda Síochána": inside a sentence a capital "An"
  // is the Irish article of a body's name (English writes "an" there), never part of a person's.
  const article = run.prefix.find((token) => token.word === 'An');
  if (article && !/(?:^|[.!?:]["”’]?\s+|["“‘]\s*)$/.test(run.text.slice(0, article.start)))
    return 'organisation';
  // "ExxonMobil Guyana", "PetroChina": a capital inside the first word is how firms write their
  // names; a person's runs only after a prefix ("McDonald", "DeShawn", "LaToya").
  // "PortMiami" is the port, a place.
  const innerCapital = CAPITAL_INSIDE.exec(words[0] ?? '')?.[0].slice(0, -1) ?? '';
  if (innerCapital && !PERSONAL_INNER_CAPITAL.test(words[0] ?? '') && !PLACE_FIRST_WORDS.has(innerCapital))
    return 'organisation';
  if (words.length > 1 && namesOrganisation(core)) return 'organisation';
  // "told The Art Newspaper", "the Church Times newsletter": a publication named for what it is.
  if (words.length > 1 && PUBLICATION_HEADS.has(last)) return 'organisation';
  // "the NSW government", "the ACT premier": initials that own a government name a state.
  if (
    words.length === 1 &&
    isAcronym(last) &&
    /^\s+(?:government|premier|state government|parliament)\b/.test(
      run.text.slice(run.tokens.at(-1)?.end ?? 0),
    )
  )
    return 'place';
  // "MANILA, Philippines —", "KYIV —": a dateline writes its town in capitals.
  if (words.length === 1 && /^\p{Lu}{3,}$/u.test(last) && isPlaceWord(last[0] + last.slice(1).toLowerCase()))
    return 'place';
  // "RIGA - Latvia's parliament…": a word in capitals opening the story before a dash is its
  // dateline, a town the paper may not know.
  if (
    words.length === 1 &&
    /^\p{Lu}{4,}$/u.test(last) &&
    run.prefix.length === 0 &&
    run.paragraph <= 2 &&
    run.text.slice(0, run.tokens[0]?.start ?? 0).trim() === '' &&
    /^ [-–—] /.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))
  )
    return 'place';
  if (words.length === 1 && isAcronym(last) && !isMoneyAmount(run)) return 'organisation';
  const opensWithGivenName = isGivenName(words[0] ?? '');
  // "MEP Joost van Leeuwen (Renew Europe)", "Ana Ruiz (Liberal Democrats)": a bracketed name after a
  // person's is the group they sit with.
  const bracketedAfterName =
    run.text.charAt((run.tokens[0]?.start ?? 0) - 1) === '(' &&
    /\p{Lu}[\p{L}'’-]*\s+\($/u.test(run.text.slice(0, run.tokens[0]?.start ?? 0)) &&
    /^\)/.test(run.text.slice(run.tokens.at(-1)?.end ?? 0));
  // A place, initials or an organisation word in it tells a group ("Cardiff AAC", "Renew Europe")
  // from a film, an actor or a spelt-out acronym in brackets after another name.
  const groupLike = words.some(
    (word) => isPlaceWord(word) || isAcronym(word) || ORGANISATION_HEADS.has(word.toLowerCase()),
  );
  if (words.length > 1 && run.prefix.length === 0 && !opensWithGivenName && bracketedAfterName && groupLike)
    return 'organisation';
  // "Hunter Valley Coal Chain Coordinator chief executive Deborah van Leeuwen": a long name with a
  // job and its holder after it is where they work, even when its first word is also a given name.
  const staffNamedAfter =
    words.length > 2 && STAFF_ROLE_THEN_PERSON.test(run.text.slice(run.tokens.at(-1)?.end ?? 0));
  if (
    words.length > 1 &&
    (!opensWithGivenName || staffNamedAfter) &&
    run.prefix.every((token) => !isPersonTitle(token.word)) &&
    // "Undersecretary for Rice Industry Development Leonardo dela Cruz said in a statement": a
    // portfolio peeled before the name says a person holds it.
    !(run.prefix.length > 0 && titleBeforeComplement(run.paragraphTokens, run.firstIndex) !== -1) &&
    actsAsOrganisation(run) &&
    // "WMC chairman Tommie Bergman said in a statement": people speak through statements too.
    !(
      ROLE_NOUNS.has(lowerWord(tokenBefore(run))) &&
      gapBetween(run.text, tokenBefore(run), run.tokens[0]) === ' '
    )
  )
    return 'organisation';
  if (
    words.length > 1 &&
    !opensWithGivenName &&
    run.prefix.length === 0 &&
    MULTI_WORD_PLACE_PREPOSITIONS.has(lowerWord(tokenBefore(run)))
  )
    return 'place';
  // "Kurri Kurri nurse Jess Pavlović", "Ballarat teacher Mia Tran": a name, a job in lower case and
  // a full name read as where the person is from, as Australian and British regional papers write it.
  // "Banned American sprinter Kelli White": a nationality describes the person, it is no place.
  if (
    words.length > 1 &&
    !opensWithGivenName &&
    !words.some((word) => DEMONYM_TO_PLACE.has(word.toLowerCase())) &&
    describesPersonAfterJob(run)
  )
    return 'place';
  // "Cusco, Peru (AFP) -", "Springfield, Illinois,": a town placed in its country or state.
  const placedIn = /^, (\p{Lu}[\p{L}.]+(?: \p{Lu}\p{L}+)?)(?=\s*[(,;:—–-])/u.exec(
    run.text.slice(run.tokens.at(-1)?.end ?? 0),
  )?.[1];
  if (words.length === 1 && !run.tokens.at(-1)?.possessive && placedIn && isPlaceWord(placedIn))
    return 'place';
  // "Jordan Valley", "Sarah Hill": a place word ends both, and only a person's evidence tells them apart.
  // "on King William Street": a street after a preposition of place is one, whatever title it starts with.
  const streetAddress =
    STREET_HEADS.has(last.toLowerCase()) &&
    STREET_PREPOSITIONS.has(lowerWord(run.paragraphTokens[run.firstIndex - 1]));
  const venue = VENUE_HEADS.has(last.toLowerCase());
  const determinedVenue =
    venue && ['the', 'new', 'old'].includes(lowerWord(run.paragraphTokens[run.firstIndex - 1]));
  // "Lincoln City have sacked their head coach", "Derby County are unbeaten": a town with a plural
  // verb is its football club, as British sports pages write one; a place takes "has" and "is".
  if (
    words.length > 1 &&
    TOWN_CLUB_HEADS.has(last) &&
    !run.tokens.at(-1)?.possessive &&
    // "traders in Gulu City are counting losses": after a preposition the verb is someone else's.
    !PLACE_PREPOSITIONS.has(lowerWord(tokenBefore(run))) &&
    !STREET_PREPOSITIONS.has(lowerWord(tokenBefore(run))) &&
    /^\s+(?:have|are|were)\b/.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))
  )
    return 'organisation';
  if (
    (PLACE_HEADS.has(last.toLowerCase()) || venue) &&
    words.length > 1 &&
    !(
      !determinedVenue &&
      opensWithGivenName &&
      !streetAddress &&
      personEvidence(run) >= 4 &&
      // "William Hill spokesman Rupert Adams": a staff member named after it makes it a firm.
      !STAFF_ROLE_THEN_PERSON.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))
    )
  )
    return 'place';
  // "Australian Glen Hardwick", "coach Glen Johnson": a place's first word that is also a given
  // name opens a person's name once a nationality or a title describes who.
  const describedFirst =
    isGivenName(words[0] ?? '') &&
    (run.prefix.some((token) => isPersonTitle(token.word)) ||
      DEMONYM_TO_PLACE.has(lowerWord(run.prefix.at(-1))) ||
      (isRoleNoun(lowerWord(tokenBefore(run))) &&
        gapBetween(run.text, tokenBefore(run), run.tokens[0]) === ' '));
  if (PLACE_FIRST_WORDS.has(words[0] ?? '') && words.length > 1 && !describedFirst) return 'place';
  // "from downtown to Lewis Farms", "commutes from Lewis Farms to the university": the ends of a
  // route are places, whoever they are named after.
  if (run.prefix.length === 0 && onRoute(run)) return 'place';
  // "in La Paz", "from El Alto", "at San Isidro": a Romance article or saint opening a name after a
  // word that places something is a town's.
  if (
    words.length > 1 &&
    ROMANCE_PLACE_OPENERS.has(words[0] ?? '') &&
    run.prefix.length === 0 &&
    PLACE_PREPOSITIONS.has(lowerWord(tokenBefore(run)))
  )
    return 'place';
  if (words.length > 2 && run.prefix.length === 0 && romancePlaceWithoutGivenName(run)) return 'place';
  // "in Trujillo and northern Lima", "shelling hit southern Kherson": only a place has a north and a
  // south (a body's name after one, "central Bank of Ghana", was read as a body above).
  const compass = tokenBefore(run);
  if (
    run.prefix.length === 0 &&
    compass !== undefined &&
    COMPASS_ADJECTIVES.has(compass.word) &&
    gapBetween(run.text, compass, run.tokens[0]) === ' ' &&
    !isGivenName(words[0] ?? '') &&
    // "southern Italian", "the southern Baptist church": a people or a faith, not a place.
    !isGroupWord(words[0] ?? '') &&
    !CAPITALISED_ADJECTIVES.has(words[0] ?? '') &&
    !/ist$/.test(words[0] ?? '')
  )
    return 'place';
  // "the investment bank Jefferies", "the charity Shelter": a common noun that names a kind of organisation.
  if (
    run.tokens.at(-1)?.possessive &&
    !opensWithGivenName &&
    run.prefix.length === 0 &&
    CIVIC_POSSESSIONS.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))
  )
    return 'place';
  const kindNoun = tokenBefore(run);
  // "German carmaker Rheinauto", "game maker Valve", "software company Halden": a nationality or
  // a trade before the kind noun determines it as an article would.
  const modifier = tokenBefore(run, 2);
  const determined =
    ['the', 'a', 'an', 'its', 'their'].some((word) =>
      [lowerWord(modifier), lowerWord(tokenBefore(run, 3))].includes(word),
    ) ||
    DEMONYM_TO_PLACE.has(lowerWord(modifier)) ||
    // Only for a one-word name: "record producer Mark Ronson" is a person.
    (modifier !== undefined &&
      words.length === 1 &&
      !isGivenName(last) &&
      /^\p{L}{3,}$/u.test(modifier.word) &&
      !/(?:ed|ly)$/.test(modifier.word) &&
      !SPEECH_VERBS.has(modifier.word) &&
      gapBetween(run.text, modifier, kindNoun) === ' ') ||
    // "…, operator PeruRail said": the kind noun opens the clause as an article would.
    (words.length === 1 && !isGivenName(last) && /^[,;:] $/.test(gapBetween(run.text, modifier, kindNoun))) ||
    // "Mining company Karoo Gold said": a trade and a kind of business opening the sentence (a
    // "Music producer Phil Spector" is a person).
    (modifier !== undefined &&
      BUSINESS_KINDS.has(lowerWord(kindNoun)) &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(modifier.word) &&
      !/(?:ed|ly)$/.test(modifier.word) &&
      gapBetween(run.text, modifier, kindNoun) === ' ' &&
      /(?:^|[.!?]["”’]?\s+)$/.test(run.text.slice(0, modifier.start)));
  if (
    kindNoun &&
    ORGANISATION_KIND_NOUNS.has(kindNoun.word.toLowerCase()) &&
    run.prefix.length === 0 &&
    determined &&
    // "the property developer Nick Candy": a given name first makes it a person the noun describes.
    // "the consultancy Jeanne-Marie Gescher": a double given name is written hyphenated.
    !(
      words.length > 1 &&
      (isGivenName(words[0] ?? '') ||
        (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(words[0] ?? '')))
    ) &&
    // "Deputy director of the department Le Thanh Nam": the body is the role's, the name its holder's.
    !(
      words.length > 1 &&
      roleComplementBefore(run.paragraphTokens, run.firstIndex + run.prefix.length, run.text) !== -1
    ) &&
    gapBetween(run.text, kindNoun, run.tokens[0]) === ' '
  ) {
    return 'organisation';
  }
  // "The contractor, Metro Kurylys, said", "Its lender, Halden Finans,": a kind of body set off
  // before the name, closed by a comma, names the body; a given name first names its owner.
  if (
    kindNoun &&
    run.prefix.length === 0 &&
    BODIES_SET_OFF_BEFORE_NAME.has(kindNoun.word.toLowerCase()) &&
    ['the', 'its', 'their'].includes(lowerWord(modifier)) &&
    gapBetween(run.text, kindNoun, run.tokens[0]) === ', ' &&
    // "…, according to its distributor, Petra Screens.": the end of the sentence closes it as well.
    /^(?:,|\.(?:\s|$))/.test(run.text.slice(run.tokens.at(-1)?.end ?? 0)) &&
    !isGivenName(words[0] ?? '')
  )
    return 'organisation';
  const before = lowerWord(tokenBefore(run));
  // "A Tesco spokeswoman said", "a Home Office spokesperson", "a Grab Vietnam representative": only a
  // body has a spokesperson or a representative so named.
  const speaksFor = /^\s+(?:spokes(?:man|woman|person)|representative)\b/.test(
    run.text.slice(run.tokens.at(-1)?.end ?? 0),
  );
  // A bare head word ("a Commission spokesperson") refers back to the body named in full elsewhere.
  const bareHead = words.length === 1 && ORGANISATION_HEADS.has(last.toLowerCase());
  const onlyArticle = run.prefix.every((token) => ['a', 'an', 'the'].includes(token.word.toLowerCase()));
  if (speaksFor && !bareHead && ['a', 'an', 'the'].includes(before) && onlyArticle) return 'organisation';
  // "analysts at Bernstein", "economists from Capital Economics": where people work is an organisation.
  if (['at', 'from', 'with'].includes(before) && STAFF_NOUNS.has(lowerWord(tokenBefore(run, 2))))
    return 'organisation';
  // "around VCRs", "and I'm": initials in the plural and contractions are no places.
  const placeLike =
    !/^\p{Lu}{2,}s$|['’]/u.test(last) &&
    last !== 'I' &&
    !(before === 'around' && run.tokens.at(-1)?.possessive);
  // "In Alexandria's Karmouz district": a sentence's capitalised preposition is peeled with the name.
  const onlyPrepositionPeeled =
    run.prefix.length === 0 ||
    // Only before a comma or as an owner: "In Pieces", "In Touch" are titles that open on "In".
    (run.prefix.length === 1 &&
      PLACE_PREPOSITIONS.has(lowerWord(run.prefix[0])) &&
      (run.tokens.at(-1)?.possessive === true || run.text.startsWith(',', run.tokens.at(-1)?.end ?? 0)));
  if (
    words.length === 1 &&
    placeLike &&
    (PLACE_PREPOSITIONS.has(before) || isOffshore(run)) &&
    onlyPrepositionPeeled &&
    !HOLDING_IN_BEFORE.test(run.text.slice(0, run.tokens[0]?.start ?? 0))
  )
    return 'place';
  if (
    words.length === 1 &&
    placeLike &&
    run.prefix.length === 0 &&
    !run.tokens.at(-1)?.possessive &&
    inPlaceList(run)
  )
    return 'place';
  // "near Tengah and Bidadari", "Gyeonggi Province and Incheon": the second of a pair of places.
  const pairedWith = tokenBefore(run, 2);
  if (
    words.length === 1 &&
    placeLike &&
    run.prefix.length === 0 &&
    !run.tokens.at(-1)?.possessive &&
    ['and', 'or'].includes(before) &&
    pairedWith &&
    isCapitalised(pairedWith.word) &&
    !pairedWith.possessive &&
    !CALENDAR_WORDS.has(pairedWith.word) &&
    // Not after any place: "Wales and Lions", "AC Milan and Juventus" pair teams.
    (PLACE_KIND_NOUNS.has(pairedWith.word.toLowerCase()) ||
      // Not "in": "in Hide and Seek" is as often a title as two places.
      ['near', 'outside', 'around'].includes(lowerWord(tokenBefore(run, 3))) ||
      // "travel to Kolkata or Vellore": a town a reader knows, where someone goes, pairs with another
      // town ("between Russia and Yukos", "in China and Aquarius in Russia" pair a firm).
      (isPlaceWord(pairedWith.word) && lowerWord(tokenBefore(run, 3)) === 'to'))
  )
    return 'place';
  // "the city of Kremenchuk", "the town of Susa".
  if (before === 'of' && PLACE_KIND_NOUNS.has(lowerWord(tokenBefore(run, 2)))) return 'place';
  // "Ukrenergo, the national grid operator, said": an appositive that names a kind of organisation,
  // closed by a comma or by the end of the sentence ("set by Taumata Arowai, the water regulator.").
  const appositiveMatch = /^, (the|a|an) ([^,;]{1,120}?)(?:,|;|\.(?:\s|$))/.exec(
    run.text.slice(run.tokens.at(-1)?.end ?? 0),
  );
  const appositive = appositiveMatch?.[2];
  // "the Swedish battery start-up once hailed as…": the noun phrase ends where its modifier begins.
  const appositiveWords = (appositive?.split(/\s+/) ?? []).slice(0, 6);
  const modifierAt = appositiveWords.findIndex(
    (word, index) => index > 0 && APPOSITIVE_MODIFIER_OPENERS.has(word),
  );
  // "Valentina Ivanova, a machine operator who has worked at the plant": only a person is "who";
  // a body is "which" or "that".
  const describedAsSomeone = modifierAt !== -1 && /^who(?:se|m)?$/.test(appositiveWords[modifierAt] ?? '');
  if (modifierAt !== -1) appositiveWords.length = modifierAt;
  if (
    !describedAsSomeone &&
    ORGANISATION_KIND_NOUNS.has(appositiveWords.at(-1)?.toLowerCase() ?? '') &&
    // "Mr Boubacar Sow, a wholesaler": a courtesy title says the trade is a person's.
    !run.prefix.some((token) => isCourtesyTitle(token.word)) &&
    // "Separately, the Bank of England said": a name after the comma is no description of the word before.
    !isCapitalised(appositiveWords.at(-1) ?? '') &&
    // A kind noun that doubles as a job names the one body when definite ("Taumata Arowai, the
    // water services regulator"); "a senior broadcaster" is still a person's job.
    !appositiveWords
      .slice(0, appositiveMatch?.[1] === 'the' ? -1 : undefined)
      .some((word) => isPersonTitle(word) || word === 'of')
  ) {
    return 'organisation';
  }
  return null;
}

/**
 * "FC Luzern", "SSC Napoli", "Rosenborg BK", "Real Betis", "Sporting Lisbon": a club's initials or
 * its opening word beside a town or a name of its own. Two letters without an F are as often a
 * person's initials ("AC Grayling", "AS Byatt"), so only a town after them makes a club; "Pentax
 * Optio SV" is a camera, so only a club's F or K closes a name.
 */
function namesSportsClub(words: readonly string[]): boolean {
  const [first = '', second = ''] = words;
  const last = words.at(-1) ?? '';
  if (CLUB_INITIALS.has(last) && /[FK]/.test(last) && !isGivenName(first)) return true;
  if (isGivenName(second) || !/^\p{Lu}[\p{L}'’-]{2,}$/u.test(second) || second === 'The') return false;
  if (CLUB_INITIALS.has(first)) return first.length > 2 || first.includes('F') || isPlaceWord(second);
  if (CLUB_OPENERS.has(first)) return true;
  return CLUB_OPENERS_BEFORE_TOWNS.has(first) && isPlaceWord(second);
}

/**
 * "R185 a month", "VND12 million", "P80,000": a currency's letters before an amount, not initials.
 * A single letter before the digits, or a thousands separator or a multiplier after them, says money.
 */
function isMoneyAmount(run: NameRun): boolean {
  const word = run.core.at(-1)?.word ?? '';
  if (!/^\p{Lu}{1,3}\d/u.test(word)) return false;
  const after = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  return /^\p{Lu}\d{2,}/u.test(word) || /^(?:[.,]\d|\s+(?:million|billion|trillion|bn|m|k)\b)/.test(after);
}

/**
 * "in English Bay", "in the Southern Alps": a direction or a nationality that the name-finder peels
 * off as a description belongs to a place's name when a place word ends it or a place preposition
 * stands before it.
 */
function qualifiedPlace(run: NameRun): string | null {
  const qualifier = run.prefix.at(-1);
  const core = run.core[0];
  if (run.core.length !== 1 || !qualifier || !core || gapBetween(run.text, qualifier, core) !== ' ')
    return null;
  if (run.prefix.length > 1 && isPersonTitle(run.prefix.at(-2)?.word ?? '')) return null;
  const name = `${qualifier.word} ${core.word}`;
  if (core.possessive || isGivenName(core.word) || isPersonTitle(core.word)) return null;
  if (ORGANISATION_HEADS.has(core.word.toLowerCase())) return null;
  if (
    (isGroupWord(qualifier.word) || PLACE_FIRST_WORDS.has(qualifier.word)) &&
    PLACE_HEADS.has(core.word.toLowerCase())
  )
    return name;
  const before = run.paragraphTokens[run.firstIndex - 1];
  const placePreposition =
    PLACE_PREPOSITIONS.has(lowerWord(before)) ||
    (lowerWord(before) === 'the' &&
      PLACE_PREPOSITIONS.has(lowerWord(run.paragraphTokens[run.firstIndex - 2])));
  // Plural, as mountain ranges and island groups are: "the Northern Echo" is a newspaper.
  return run.prefix.length === 1 &&
    PLACE_FIRST_WORDS.has(qualifier.word) &&
    placePreposition &&
    /s$/.test(core.word)
    ? name
    : null;
}

/** The last mark before a name in a picture credit: "Photo:", "Photo by", "©", "Image /", "(", "By". */
const CREDIT_CLOSES = new Set([':', 'y', '©', '/', '(']);

/**
 * "Photograph: Christopher Thomond/The Guardian", "(Jeff Chiu/AP)", "(AP Photo/Jeff Chiu)": the
 * photographer credited under a picture is not someone the story is about.
 */
function isPictureCredit(run: NameRun): boolean {
  const before = run.text.slice(0, run.tokens[0]?.start ?? 0);
  const after = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  if (/^\s*\//.test(after)) return true;
  // Each credit below closes on one of these marks; checking it first spares reading the paragraph
  // up to every name in it.
  if (!CREDIT_CLOSES.has(before.trimEnd().at(-1) ?? '')) return false;
  return (
    // "Foto: Hans Punz", "Bild: Anna Berg", "Kuva: Ilkka Ranta": the same credit in German, the
    // Romance and Nordic languages.
    /\b(?:Photograph|Photo|Foto|Bild|Kuva|Picture|Image|Credit|Illustration|Composite|Supplied)s?:\s*$/i.test(
      before,
    ) ||
    // "Photo: KURIER/Jeff Mangione", "Foto: APA/Hans Punz": the agency, then its photographer.
    /\b(?:Photograph|Photo|Foto|Bild|Kuva|Picture|Image)s?:\s*[^\s/:]+(?: [^\s/:]+){0,2}\s*\/\s*$/i.test(
      before,
    ) ||
    // "Photo by Johnny Bugeja", "Photograph by Ana Ruiz/Reuters": a credit closing a caption.
    /(?:^|[.)]\s*)(?:Photograph|Photo|Picture|Image|Illustration)s? by\s*$/.test(before) ||
    /©\s*$/.test(before) ||
    /\b(?:Photo|Photograph|Picture|Image)\s*\/\s*$/i.test(before) ||
    // "…in Ogden on Tuesday. (Rachel Dunford, KSL.com)": a photographer and outlet closing a caption.
    (/[.!?]\s*\($/.test(before) && /^, [^()]{2,40}\)\s*$/.test(after)) ||
    // "By Rachel Dunford, KSL.com": a byline left above the story names its writer, no one in it.
    (/^\s*By\s+$/.test(before) && /^(?:,[^.]{0,40}(?:\.\w+)?)?\s*$/.test(after))
  );
}

/**
 * Words quoted as a name, a slogan or a title ('banners reading "Real Beef, Real Montana"', a
 * film "titled 'No More Mr Nasty'") name no one, however much they look like a person's name.
 */
function insideNamedTitle(run: NameRun, spansOf: (text: string) => QuotedSpan[]): boolean {
  const start = run.tokens[0]?.start ?? 0;
  const span = spansOf(run.text).find((candidate) => candidate.open < start && start < candidate.close);
  if (!span) return false;
  const before = run.text
    .slice(Math.max(0, span.open - 40), span.open)
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2);
  return before.some((word) => NAMING_WORDS.has(word.replace(/[^\p{L}-]/gu, '')));
}

/** Who made a work, after its title: "the play Tom Stoppard wrote" names the playwright, not the play. */
const MAKER_VERB_AFTER =
  /^,? (?:\p{Ll}+ly )?(?:wrote|writes|made|makes|directed|directs|recorded|records|released|produced|composed|starred|stars|sang|sings|penned|co-wrote|adapted|filmed)\b/u;

/**
 * A title of a work, or a character in one, read where an arts desk names it: after its kind ("the
 * film Vera Drake", "his musical Bombay Dreams", "the novel Nicholas Nickleby"), as the part an
 * actor plays ("her role as Bridget Jones", "cast as Stanley Kowalski"), or before the people
 * credited with it ("Mary Poppins star Julie Andrews", "Harry Potter author JK Rowling").
 */
function namesWorkOrCharacter(run: NameRun): boolean {
  if (run.prefix.length > 0 || run.core.length < 2) return false;
  const before = run.text.slice(Math.max(0, (run.tokens[0]?.start ?? 0) - 30), run.tokens[0]?.start ?? 0);
  const after = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  const [, opener = '', previous = ''] = /([\p{L}'’-]+) ([\p{L}-]+) $/u.exec(before) ?? [];
  const lowered = previous.toLowerCase();
  const ofKind =
    previous === lowered &&
    WORK_KINDS.has(lowered) &&
    (/['’]s?$/.test(opener) ||
      (WORK_KINDS_ALSO_VERBS.has(lowered) ? DETERMINERS_BEFORE_NOUN : BEFORE_WORK_KIND).has(
        opener.toLowerCase(),
      ));
  // "such screen stars as Michael Douglas" lists people, where "her role as" names a part.
  const asPart = lowered === 'as' && ROLE_AS_WORDS.has(opener.toLowerCase()) && !/\bsuch\b/i.test(before);
  if ((ofKind || asPart) && !MAKER_VERB_AFTER.test(after)) return true;
  const credit = /^ ([\p{Ll}-]+) \p{Lu}/u.exec(after)?.[1] ?? '';
  return (
    CREDITS_AFTER_WORK.has(credit) &&
    isGivenName(run.core[0]?.word ?? '') &&
    !run.core.some((token) => token.possessive)
  );
}

/** "Las Vegas-based Mesa Gaming Group", "the New York-headquartered Atlas Bank": a seat, then a name. */
const DESCRIBED_BY_SEAT =
  /^(?:The |the )?(\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*){0,3})-(?:based|headquartered) (\p{Lu}[\p{L}'’&.-]*(?: [\p{L}'’&.-]+)*)$/u;

/** "Monterrey-based", "Houston-headquartered": a place joined to the word that sits a body there. */
const BASED_IN = /^(\p{Lu}[\p{L}]+(?:-\p{Lu}\p{L}+)?)-(?:based|headquartered)$/u;

/**
 * "Calgary Flames head coach Daryl Moreau", "Mamelodi Sundowns coach Miguel Cardoso": a name that a
 * team's job and its holder follow is a club. A country so followed ("Wales coach") stays the place
 * its national side is named for.
 */
function namesTeam(run: NameRun): boolean {
  const words = run.core.map((token) => token.word);
  if (words.length < 2 || isGivenName(words[0] ?? '') || isPlaceWord(words.join(' '))) return false;
  // "Legendary Dutch coach", "Injured Chelsea striker": a description opening the sentence is no club's name.
  if (words.some((word) => isGroupWord(word)) || /(?:ed|ary)$/.test(words[0] ?? '')) return false;
  if (run.core.some((token) => token.possessive)) return false;
  const job = tokenAfter(run);
  const jobWord = lowerWord(job) === 'head' ? lowerWord(tokenAfter(run, 2)) : lowerWord(job);
  return TEAM_JOBS.has(jobWord) && staffNamedAfterJob(run);
}

/** A lower-case job ("coach", "head coach") and then a given name and a surname follow the run. */
function staffNamedAfterJob(run: NameRun): boolean {
  return /^ (?:head |senior |assistant )?\p{Ll}+(?:-\p{Ll}+)? \p{Lu}\p{Ll}+ (?:\p{Ll}{1,3} )?\p{Lu}/u.test(
    run.text.slice(run.tokens.at(-1)?.end ?? 0),
  );
}

/**
 * "commissioned by Transport for NSW", "Transport for Wales", "the House of Representatives": a
 * field and the place it serves after "for", or a house of a legislature, is one body, though each
 * word alone is peeled or read as a word of its own.
 */
function formalBodyName(run: NameRun): string | null {
  const only = run.tokens.length === 1 ? run.tokens[0] : undefined;
  if (!only || only.possessive) return null;
  const complement = /^ (for|of) (\p{Lu}[\p{L}'’.-]*)/u.exec(run.text.slice(only.end));
  const [, joiner, object = ''] = complement ?? [];
  const agency =
    joiner === 'for' &&
    AGENCY_FIELDS.has(only.word.toLowerCase()) &&
    (isPlaceWord(object) || isAcronym(object));
  const house = joiner === 'of' && only.word === 'House' && HOUSES.has(object);
  return agency || house ? `${only.word} ${joiner} ${object}` : null;
}

/**
 * "Townsville's port", "Brooklyn's largest hospitals", "Kaohsiung's light rail": what only a town
 * or a region has, owned by a name, makes that name the place.
 */
const CIVIC_POSSESSIONS =
  /^\s+(?:(?:\p{Ll}+est|main|two|three|new|old|inner|outer)\s+)?(?:port|airport|harbou?r|mayor|city council|municipal|metro|streets|suburbs|residents|waterfront|downtown|city centre|city center|population|skyline|trams?|buses|light rail|subway|underground|hospitals|beaches|coastline|coast|industry|townships|neighbou?rhoods)\b/u;

/**
 * "HYDERABAD: Nearly 600 families…", "MONTEGO BAY, St James —", "SHILLONG, Nov 25:", "Guayaquil
 * (Ecuador), Nov 25 (EFE).-", "Monrovia –": the town a story opens on, before its region, date or
 * agency and a colon or a dash, is its dateline.
 */
function datelineTown(run: NameRun): string | null {
  // A dateline opens the story; only an agency's name in brackets may come before its town.
  if (run.paragraph > 2 || run.prefix.length > 0 || (run.tokens[0]?.start ?? 0) > DATELINE_TOWN_REACH)
    return null;
  const dateline = readDateline(run.text);
  if (
    dateline === null ||
    dateline.placeStart !== run.tokens[0]?.start ||
    dateline.placeEnd !== run.tokens.at(-1)?.end ||
    dateline.storyStart >= run.text.length
  )
    return null;
  const words = run.core.map((token) => token.word);
  if (KNOWN_ORGANISATIONS.has(words.join(' '))) return null;
  if (words.length <= 3 && words.every((word) => /^\p{Lu}{3,}$/u.test(word))) return coreText(run);
  const single = words[0] ?? '';
  if (
    words.length === 1 &&
    !NEVER_NAME_WORDS.has(single) &&
    !STORY_LABELS.has(single) &&
    // "Sofia, November 26 (BTA) -", "Victoria, Nov 25 (Reuters) -": a town that is also a given name
    // is told by the day or the agency after it.
    (!isGivenName(single) || dateline.day !== null || dateline.agency !== null) &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(single)
  )
    return single;
  return null;
}

/** How far into its paragraph a dateline's town can start: after "(Reuters) — " at most. */
const DATELINE_TOWN_REACH = 30;

/** Words that open an interview's credit: "she told The Gleaner", "he told Radio ADN". */
const INTERVIEW_VERBS = new Set(['told', 'tells', 'telling']);

/**
 * '"It hurts," she told the Daily Monitor', "told The Jerusalem Post on Wednesday": reporters credit
 * the outlet a source spoke to after "told", with an article no person's name takes, or with an
 * outlet's word in it ("ABC Radio Perth"). Returns the outlet's name as the story writes it.
 */
function outletInterviewing(run: NameRun): string | null {
  const first = run.tokens[0];
  const last = run.core.at(-1);
  if (!first || !last || last.possessive) return null;
  const capitalisedArticle = first.word === 'The';
  // "told the Irish Times": a nationality peeled off is the outlet's own first word; a title is a person's.
  if (run.prefix.some((token) => isTitleWord(token.word) || HONORIFICS.has(token.word.toLowerCase())))
    return null;
  const before = run.paragraphTokens[run.firstIndex - 1];
  const article = lowerWord(before) === 'the' && gapBetween(run.text, before, first) === ' ';
  const verb = article ? run.paragraphTokens[run.firstIndex - 2] : before;
  if (!INTERVIEW_VERBS.has(lowerWord(verb))) return null;
  const words = run.core.map((token) => token.word);
  // "told the BBC Michael Howard has…": a given name inside runs the outlet into the next sentence's subject.
  if (
    words.some((word) => isGivenName(word) || isPersonTitle(word) || /^\p{Lu}{2,}s$/u.test(word)) ||
    (words.length === 1 && isPlaceWord(words[0] ?? ''))
  )
    return null;
  // "He told the Court that…", "told the Committee": a bare head refers back to the body named in full.
  if (
    words.length === 1 &&
    ((ORGANISATION_HEADS.has(words[0]?.toLowerCase() ?? '') && !OUTLET_WORDS.has(words[0] ?? '')) ||
      LONE_INSTITUTIONS.has(words[0] ?? ''))
  )
    return null;
  const outletWord = words.some(
    (word) => OUTLET_WORDS.has(word) || isAcronym(word) || ORGANISATION_HEADS.has(word.toLowerCase()),
  );
  if (!article && !capitalisedArticle && !(words.length > 1 && outletWord)) return null;
  return run.text.slice(first.start, last.start + last.word.length);
}

/**
 * '"If they ban my bike, how do I work?" Bekova told Kazinform.': one word told a quotation, with no
 * given name and nothing after it but the sentence's end or when, is the outlet that carried it.
 */
const QUOTE_THEN_TOLD =
  /[,.!?…]["”’]\s+(?:he|she|they|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:told|tells) $/u;
const INTERVIEW_CLOSE = /^(?:[.,]|\s+(?:on|last|this|in an interview|by (?:telephone|phone))\b)/;

function outletCreditedAfterQuote(run: NameRun): boolean {
  const start = run.tokens[0]?.start ?? 0;
  return (
    run.prefix.length === 0 &&
    QUOTE_THEN_TOLD.test(run.text.slice(Math.max(0, start - 60), start)) &&
    INTERVIEW_CLOSE.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))
  );
}

/** Adjectives written capitalised before a kind of place that name no place themselves. */
const CAPITALISED_ADJECTIVES = new Set([
  'Olympic',
  'Paralympic',
  'Parliamentary',
  'Commonwealth',
  'Metropolitan',
  'Royal',
  'National',
  'Federal',
  'Regional',
  'Municipal',
]);

/** People a place is home to, before "of" and its name: "residents of Chingola". */
const DWELLERS = new Set(['residents', 'resident', 'inhabitants', 'villagers', 'outskirts', 'suburbs']);

/** Kinds of place written after a name, in lower case: "the Kalkaman district", "Bhattian village". */
const PLACE_KIND_AFTER_NAME =
  /^ (?:district|districts|village|villages|neighbourhood|neighborhood|suburb|suburbs|peninsula|township|townships|municipality|municipalities|region|regions|province|provinces|constituency|parish|borough)\b/;

/**
 * "residents of Chingola", "Kristen Dufresne, 38, of Wethersfield", "the Kalkaman district": where
 * people live, and the kind of place a name is, say it is a place.
 */
function namedAsHome(run: NameRun): boolean {
  const words = run.core.map((token) => token.word);
  if (isGivenName(words[0] ?? '') || run.core.some((token) => isPersonTitle(token.word))) return false;
  // "the Olympic village", "a Parliamentary constituency": an adjective, not a place's name.
  if (words.length === 1 && (isGroupWord(words[0] ?? '') || CAPITALISED_ADJECTIVES.has(words[0] ?? '')))
    return false;
  if (ORGANISATION_HEADS.has((words.at(-1) ?? '').toLowerCase())) return false;
  const start = run.tokens[0]?.start ?? 0;
  const before = run.text.slice(Math.max(0, start - 40), start);
  if (run.prefix.length === 0 && /\p{L}, \d{1,3}, of $/u.test(before)) return true;
  if (
    run.prefix.length === 0 &&
    lowerWord(tokenBefore(run)) === 'of' &&
    DWELLERS.has(lowerWord(tokenBefore(run, 2)))
  )
    return true;
  return (
    !run.tokens.at(-1)?.possessive && PLACE_KIND_AFTER_NAME.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))
  );
}

/** Bodies a story names by one capitalised word, with no country or owner: "told Parliament", "Cabinet will decide". */
const LONE_INSTITUTIONS = new Set([
  'Parliament',
  'Cabinet',
  'Congress',
  'Senate',
  'Treasury',
  'Legislature',
  'Knesset',
  'Bundestag',
  'Duma',
  'Politburo',
  'Pentagon',
]);

/** Prepositions that open a list of places; "from" lists as many firms and bands ("from NEC, Fujitsu and Mitsubishi"). */
const PLACE_LIST_OPENERS = new Set(['in', 'at', 'near', 'outside', 'across', 'around']);

/** How many places a list after a place preposition is read through: "in Central, Kawempe, Makindye, Nakawa and Rubaga". */
const PLACE_LIST_REACH = 8;

/**
 * "rationing in Gaborone, Mogoditshane and Tlokweng", "offices in Central, Kawempe, Makindye,
 * Nakawa and Rubaga": each one-word name in a list of three or more that a place preposition
 * opens is a place, as the first one is.
 */
function inPlaceList(run: NameRun): boolean {
  const tokens = run.paragraphTokens;
  const after = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  // "in Oxford, UK, and Nokia begins trialling": a name that goes on to act, or to a longer name
  // ("Isle of Wight"), closes no list.
  if (
    /^ (?:of\b|\p{Ll}+(?:s|ed)\b|(?:has|is|was|will|had)\b)/u.test(after) ||
    (run.core[0]?.word.length ?? 0) < 3
  )
    return false;
  let joined = /^(?:, \p{Lu}[\p{L}-]*)*,? (?:and|or) \p{Lu}/u.test(after);
  let at = run.firstIndex;
  let commas = 0;
  for (let items = 0; items < PLACE_LIST_REACH; items++) {
    const separator = tokens[at - 1];
    if (!separator) return false;
    let previousAt = at - 1;
    if (['and', 'or'].includes(separator.word) && gapBetween(run.text, separator, tokens[at]) === ' ') {
      joined = true;
      previousAt = at - 2;
      // "Gaborone, Mogoditshane, and Tlokweng": a serial comma before the last.
      const gap = gapBetween(run.text, tokens[previousAt], separator);
      if (gap === ', ') commas++;
      else if (gap !== ' ') return false;
    } else if (gapBetween(run.text, separator, tokens[at]) === ', ') commas++;
    else return false;
    const previous = tokens[previousAt];
    if (
      !previous ||
      !isCapitalised(previous.word) ||
      previous.possessive ||
      CALENDAR_WORDS.has(previous.word)
    )
      return false;
    const opener = tokens[previousAt - 1];
    if (opener && PLACE_LIST_OPENERS.has(opener.word) && gapBetween(run.text, opener, previous) === ' ')
      return commas > 0 && joined;
    at = previousAt;
  }
  return false;
}

/**
 * 'a programme the authority calls "Safe Boda Kampala."': a capitalised label that is the whole
 * quotation names a thing or a body; reporters do not put a person's name alone in quote marks.
 */
function fillsQuotation(run: NameRun, spansOf: (text: string) => QuotedSpan[]): boolean {
  const start = run.tokens[0]?.start ?? 0;
  const span = spansOf(run.text).find((candidate) => candidate.open < start && start < candidate.close);
  if (!span) return false;
  const quoted = run.text.slice(span.open + 1, span.close).replace(/[.,;:!?]+$/, '');
  return quoted === run.text.slice(start, run.tokens.at(-1)?.end);
}

/** Things only a business has: "Unilever's shares", "Nvidia's chief executive". */
const BUSINESS_POSSESSIONS =
  /^\s+(?:shares|stock|profits?|revenues?|sales|earnings|customers|shareholders|investors|employees|workforce|factor(?:y|ies)|plants?|stores|share price|chief executive|ceo|chief financial officer|board)\b/i;

/** "Shares in Norvasc rose", "a 20% stake in Talvex": only a company has shares or a stake to hold. */
const HOLDING_IN_BEFORE = /\b(?:shares|stakes?|shareholding|shareholders|stock|takeover|buyout) (?:in|of) $/i;

/** "Talvex shares fell 3%": a name whose shares move on the market is a listed company. */
const SHARES_MOVED_AFTER =
  /^\s+(?:shares|stock)\s+(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|slid|soared|plunged|tumbled|surged|closed|ended|edged|were|have|had)\b/;

/**
 * "A spokesman for Brandmoor said", "a statement from Dravon": a body speaks through a spokesperson
 * or a statement; a person's own spokesman is named with the person's full name first, which the
 * caller checks, and the name must close the phrase ("a spokeswoman for Hammersmith police" is not).
 */
const SPOKESPERSON_FOR_BEFORE = /\b(?:spokes(?:man|woman|person)|statement) (?:for|from) $/i;
const NAME_CLOSES_CLAUSE = /^(?:\s*[,.;:]|\s+(?:said|says|told|added|declined|confirmed|denied|insisted)\b)/;

/**
 * A lone word that owns a business's things, or speaks in a statement or a filing ("Northwind
 * said in a statement"), and was never introduced as a person: reporters give a person's full
 * name first, so it is an organisation.
 */
function actsAsBusiness(run: NameRun): boolean {
  const last = run.tokens.at(-1);
  if (!last || run.core.length !== 1 || last.word.length < 2 || isGivenName(last.word)) return false;
  const after = run.text.slice(last.end);
  // "Committee chairman Barry Sheerman": a bare organisation word refers back to a body named in full.
  if (ORGANISATION_HEADS.has(last.word.toLowerCase())) return false;
  if (actsAsOrganisation(run)) return true;
  if (last.possessive) return BUSINESS_POSSESSIONS.test(after);
  if (SPEAKS_OF_ITSELF_AS_IT.test(after)) return true;
  // "Asian shares fell", "Travel-related shares dropped", "Oil shares rose": a region, a people or
  // a sector, not a company, and a sentence's first word may be any noun.
  const before = run.text.slice(0, run.tokens[0]?.start ?? 0);
  const companyLike =
    !DEMONYM_TO_PLACE.has(last.word.toLowerCase()) && !isGroupWord(last.word) && !/-\p{Ll}/u.test(last.word);
  if (companyLike && SHARES_MOVED_AFTER.test(after) && !OPENS_SENTENCE.test(before)) return true;
  if (companyLike && HOLDING_IN_BEFORE.test(before)) return true;
  if (SPOKESPERSON_FOR_BEFORE.test(before) && NAME_CLOSES_CLAUSE.test(after)) return true;
  return /^\s+(?:\w+\s+)?(?:said|says|announced) (?:in|on) (?:a|its) (?:statement|filing|regulatory filing|stock exchange filing|press release|results statement)\b/.test(
    after,
  );
}

/**
 * "Nacional announced on Wednesday that it had terminated…", "Olimpia confirmed it had signed…": a
 * lone word that reports what "it" has done speaks of itself as a thing, as a club or a firm does.
 */
const SPEAKS_OF_ITSELF_AS_IT =
  /^\s+(?:announced|announces|confirmed|confirms)(?:\s+(?:on|late on|early on)\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+it\s+(?:had|has|would|will|was|is)\b/u;

/** A determined kind of body closing before a comma: "the local shopkeepers' association, ". */
const BODY_KIND_BEFORE =
  /(?<!\b(?:for|of|at|from|with|to|by|in|on) )\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[\p{Ll}'’-]+ ){0,3}(?:association|union|federation|co-?operative|collective|society|alliance|coalition|network|charity|foundation|organi[sz]ation|club|company|firm|operator|broadcaster|newspaper), $/u;

/**
 * "Actor Christian Slater": a given name that is also a group word, then one plausible surname,
 * after a title or job that says a person follows. Without one, "Christian Aid said" is as likely
 * a body named for its faith.
 */
function opensOnGroupWordGivenName(run: NameRun): boolean {
  const [given, surname] = run.core;
  const title = run.prefix.at(-1)?.word ?? '';
  return (
    run.core.length === 2 &&
    given !== undefined &&
    surname !== undefined &&
    !given.possessive &&
    isGroupWord(given.word) &&
    isGivenName(given.word) &&
    isPlausibleNameWord(surname.word) &&
    !ORGANISATION_HEADS.has(surname.word.toLowerCase()) &&
    (isPersonTitle(title) || isRoleNoun(title.toLowerCase()))
  );
}

/**
 * "national baseball commissioner Junior Noboa": a capitalised word that would modify a title,
 * after a job written in lower case and straight before one surname, modifies no title there; it
 * may be the given name. Returns the two words as one name, or undefined.
 */
function modifierAsGivenName(run: NameRun): string | undefined {
  const [modifier] = run.prefix;
  const surname = run.core[0];
  if (run.prefix.length !== 1 || !modifier || !surname || run.core.length !== 1 || modifier.possessive)
    return undefined;
  if (!TITLE_MODIFIERS.has(modifier.word.toLowerCase()) || isPersonTitle(modifier.word)) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(modifier.word) || gapBetween(run.text, modifier, surname) !== ' ')
    return undefined;
  const job = run.paragraphTokens[run.firstIndex - 1];
  if (!job || !isRoleNoun(job.word) || job.word !== job.word.toLowerCase()) return undefined;
  if (gapBetween(run.text, job, modifier) !== ' ') return undefined;
  return `${modifier.word} ${surname.word}`;
}

function closesOnTitleAsSurname(run: NameRun): boolean {
  const [given, surname] = run.core;
  return (
    run.core.length === 2 &&
    given !== undefined &&
    surname !== undefined &&
    isGivenName(given.word) &&
    !isTitleWord(given.word) &&
    isTitleWord(surname.word) &&
    /^\p{Lu}\p{Ll}+$/u.test(surname.word) &&
    !/^ of\b/.test(run.text.slice(surname.end))
  );
}

/** "Her son, who gave his surname as", "One trader, who gave only her first name,": who gave it. */
const WHO_GAVE_PART_OF_NAME = /\b(\p{Ll}+), who [^,]{0,60},? $/u;

/** The relation or job of someone who gave only part of their name: "son", "trader". */
function nameGivenInPartBy(run: NameRun): string | null {
  const start = run.tokens[0]?.start ?? 0;
  const before = run.text.slice(Math.max(0, start - 90), start);
  if (!FIRST_NAME_ONLY.test(before.slice(-30))) return null;
  const noun = WHO_GAVE_PART_OF_NAME.exec(before)?.[1];
  return noun !== undefined && (KIN_NOUNS.has(noun) || isRoleNoun(noun)) ? noun : null;
}

/** ", Mrs Selasi Agbenyega,", ", Dr. Ana Ruiz,", ", Kwame Boateng,": a name alone between commas. */
const NAME_SET_OFF_AFTER = /^, (?:\p{Lu}[\p{L}'’-]*\.? ){1,4}\p{Lu}[\p{L}'’-]*,/u;

const AGE_ADJECTIVE = /^\d+-years?-old$/;
const AGE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that']);

/** "Mbarga Ateba's younger brother", "Ana Ruiz's late husband": a relative, with how they stand. */
const KIN_AFTER_OWNER = new RegExp(
  `^ (?:(?:younger|elder|older|eldest|youngest|late|twin|estranged|former|baby|little|big) )?(?:${[
    ...KIN_NOUNS.keys(),
  ].join(
    '|',
  )})s?\\b(?! (?:company|companies|paper|papers|station|ship|city|cities|brand|title|channel|firm|site|school|club|hotel|airline|network|publication|organisation|organization)\\b)`,
);

/**
 * "Mick Dalton has led the union since 2019. … he said": a pronoun speaking later in the paragraph
 * or the next points back to the name. Asked only of a two-word name opening a sentence, as reading
 * the rest of the paragraph for every name costs a long story most of its time.
 */
function followedUpByPronoun(run: NameRun): boolean {
  // Names inside quotations are the speaker's words, not other people the pronoun could mean.
  const following = `${run.text.slice(run.tokens[run.tokens.length - 1]?.end ?? 0)} ${run.nextText}`.replace(
    /[“"][^”"]*[”"]/g,
    '""',
  );
  const followUp =
    /(?:^|[,.”"]\s*)(?:he|she|the \d+-year-old) (?:said|says|added|told|explained|insisted)\b/i.exec(
      following,
    );
  // Only when nobody else is named before the pronoun could it point back to this name.
  return followUp !== null && !/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(following.slice(0, followUp.index));
}

function personEvidence(run: NameRun): number {
  const words = run.core.map((token) => token.word);
  const first = words[0] ?? '';
  const before = lowerWord(tokenBefore(run));
  let evidence = 0;
  if (
    run.prefix.some(
      (token, at) =>
        isPersonTitle(token.word) ||
        HONORIFICS_BEFORE_FULL_NAMES.has(token.word.toLowerCase()) ||
        // "Tan Sri Lee Kah Choon": the second word of a Malaysian honour of two.
        (at > 0 && (token.word === 'Sri' || token.word === 'Seri')) ||
        // "Justices Paulo Dias Moura, …": a title in the plural, peeled only before a list of names.
        singularOfTitle(token.word) !== null ||
        // "ACFO Gifty Naa Adjoa Tetteh": a rank in initials, peeled only before a full name.
        POLICE_RANKS_BY_INITIALS.has(token.word) ||
        SERVICE_RANKS_BY_INITIALS.has(token.word),
    )
  )
    evidence += 2;
  // "Labour TD for Dublin Bay North Sinéad Kearney": the title stands before the constituency.
  if (
    run.prefix.length > 0 &&
    words.length > 1 &&
    titleBeforeComplement(run.paragraphTokens, run.firstIndex) !== -1
  )
    evidence += 2;
  // Only within the sentence: "…best supporting actress. William Hill and Ladbrokes have…" is no job.
  const joinedToBefore = /^,? $/.test(gapBetween(run.text, tokenBefore(run), run.tokens[run.prefix.length]));
  // "off left-arm spinner Dharmendrasinh Vaghela", "economist Lina Haddad": a lower-case job straight before.
  if ((isRoleNoun(before) || RELATIONAL_NOUNS.has(before)) && joinedToBefore) evidence += 2;
  if (words.length > 1 && isGivenName(first)) evidence += 2;
  if (writtenFamilyNameFirst(words)) evidence += 2;
  if (opensWithInitials(run.core)) evidence += 1;
  // "Argentine Martín Palermo", "Chile's own Jaime García": a nationality before a given name, or a
  // country's "own" before a full name, says whose the person is ("British Phonographic Industry",
  // "European Indoor Championships" are no one).
  const nationalityBefore =
    run.prefix.length > 0 &&
    (DEMONYM_TO_PLACE.has((run.prefix.at(-1) as Token).word.toLowerCase()) ||
      isDemonymBeforeGivenName((run.prefix.at(-1) as Token).word, first)) &&
    isGivenName(first);
  const ownBefore = before === 'own' && tokenBefore(run, 2)?.possessive === true;
  if (words.length === 2 && (nationalityBefore || ownBefore) && joinedToBefore) evidence += 2;
  // "in Ghor al-Safi", "orchards in Abu al-Khasib": after a preposition of place, an Arabic
  // particle without a given name before it names a town as often as a family.
  const placedAfterPreposition =
    run.prefix.length === 0 && PLACE_PREPOSITIONS.has(before) && !isGivenName(first);
  if (
    words.length > 1 &&
    !placedAfterPreposition &&
    words.some((word) => ARABIC_ATTACHED_PARTICLE.test(word))
  )
    evidence += 2;
  // "Ramon de la Cruz", but not "Diez de Octubre" (a place named after a date).
  const middle = words.slice(1, -1);
  // "a workshop in Fernando de la Mora", "born in Lomas de Zamora": Latin American towns are named
  // like people, and a person is never "in" someone.
  const insidePlace =
    run.prefix.length === 0 &&
    LOCATIVE_PREPOSITIONS.has(before) &&
    gapBetween(run.text, tokenBefore(run), run.tokens[0]) === ' ';
  if (
    words.length > 2 &&
    !insidePlace &&
    middle.some((word) => isNameParticle(word)) &&
    !words.some((word) => ROMANCE_MONTHS.has(word)) &&
    !COMPASS_POINTS_IN_NAMES.has(words.at(-1) ?? '')
  ) {
    evidence += 2;
    // "Elly De La Cruz", "Rafael van der Vaart": particles stacked two deep are a surname's.
    if (middle.some((word, at) => isNameParticle(word) && isNameParticle(middle[at + 1] ?? '')))
      evidence += 1;
  }
  // "before Atkin Kaua-Waleilia equalised": a double-barrelled surname after a name word, doing
  // what only players do.
  if (
    words.length === 2 &&
    DOUBLE_BARRELLED.test(words[1] ?? '') &&
    isPlausibleNameWord(first) &&
    !words.some((word) => isPlaceWord(word) || word.split('-').some((part) => isPlaceWord(part))) &&
    PLAYER_ACTION_AFTER.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))
  )
    evidence += 2;
  if (speechVerbFollows(run) || speechVerbPrecedes(run)) {
    evidence += 1;
    // "Alma Pruitt said", "according to Kasim Odhiambo": a full name that is the subject or the
    // source of speech is someone's, even when its given name is one no list knows.
    // A business is "it" afterwards: the first pronoun after the name tells the two apart.
    if (fullNameOnly(run) && speaksInOwnClause(run) && personalPronounNext(run)) evidence += 1;
  }
  if (words.length > 1 && inAttributionSlot(run)) evidence += 2;
  // "Malik Traina, reporting from Benghazi, said…": a name whose clause, after a parenthesis, is speech.
  const rest = run.text.slice(run.tokens[run.tokens.length - 1]?.end ?? 0);
  if (
    words.length > 1 &&
    !/^,\s+which\b/.test(rest) &&
    /^,[^,.“”"]{1,80},\s+(?:\w+\s+)?(?:said|says|told|tells|added|warned|insisted)\b/.test(rest) &&
    // "the Head of Corporate Affairs, Mrs Selasi Agbenyega, said": the words set off are the name
    // of the one who speaks, and what stands before them is the office they hold.
    !NAME_SET_OFF_AFTER.test(rest)
  ) {
    evidence += 2;
  }
  // "Her co-lead in Tianjin, Zhang Weiming, says": a full name set off by commas whose closing
  // comma the speech verb follows is the speaker an appositive introduces.
  if (
    words.length > 1 &&
    run.prefix.length === 0 &&
    words.every((word) => isPlausibleNameWord(word) || isNameParticle(word)) &&
    speechVerbAfterSetOff(rest) &&
    setOffAsSubject(run.text.slice(Math.max(0, (run.tokens[0]?.start ?? 0) - 160), run.tokens[0]?.start))
  )
    evidence += 2;
  if (roleAfter(run) !== null || (run.prefix.length === 0 && roleBefore(run) !== null)) evidence += 2;
  if (words.length > 1 && listedUnderPluralTitle(run)) evidence += 2;
  if (words.length > 1 && run.prefix.length === 0 && listedAfterPluralJob(run) !== null) evidence += 2;
  if (jobSetOffBefore(run) !== null) evidence += 2;
  // "Maritza C., who…": court and crime reports give a suspect's surname as its initial.
  if (/^\.?, (?:\d+|who)\b/.test(run.text.slice(run.tokens[run.tokens.length - 1]?.end ?? 0))) evidence += 2;
  // Only a person has a brother or a widow.
  if (words.length > 1 && run.tokens.at(-1)?.possessive && KIN_AFTER_OWNER.test(rest)) evidence += 2;
  // "A third man, 24-year-old Filip Lundqvist,": an age straight before a name is a person's; after a
  // determiner it may be a thing's ("a 20-year-old Honda Cub") or open a longer phrase ("the
  // 31-year-old World Cup winning scrum-half").
  if (
    words.length > 1 &&
    AGE_ADJECTIVE.test(before) &&
    joinedToBefore &&
    !AGE_DETERMINERS.has(lowerWord(tokenBefore(run, 2))) &&
    words.every((word) => isPlausibleNameWord(word) || isNameParticle(word))
  )
    evidence += 2;
  // "belonged to Maurice Lévy-Strauss, who ran a linen business": a double-barrelled surname with
  // a "who" clause is a person's, whatever the word before.
  if (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(words[1] ?? '') &&
    words.every((word) => !isPlaceWord(word)) &&
    /^, who\b/.test(rest)
  )
    evidence += 1;
  // A two-word name as a sentence's subject, followed up by "he said" or "she added": a person
  // introduced without a title ("Mick Dalton has led the union since 2019.").
  const startsSentence =
    run.prefix.length === 0 && /(?:^|[.!?]["”’]?\s+)$/.test(run.text.slice(0, run.tokens[0]?.start ?? 0));
  if (startsSentence && words.length === 2 && followedUpByPronoun(run)) evidence += 2;
  // "Rahmanullah Zadran celebrates one of his five wickets": a name opening a sentence whose own
  // clause goes on with "his" or "her" is someone's.
  if (startsSentence && words.length === 2 && OWN_CLAUSE_POSSESSIVE.test(rest)) evidence += 2;
  if (run.postNominal) evidence += 2;
  // "represented by Daniel van Wyk, Alicia Moreno and Kevin Tran of …": a full name listed beside
  // a named person is one more person.
  if (words.length === 2 && run.prefix.length === 0 && listedBesidePerson(run)) evidence += 2;
  // "Mitigating, Nina Oyelowo-Shaw said", "Simon Blakeley, prosecuting, said": British court reports
  // name the barristers by what they do in the case.
  if (
    words.length > 1 &&
    (COURT_PART_BEFORE.test(
      run.text.slice(Math.max(0, (run.tokens[0]?.start ?? 0) - 90), run.tokens[0]?.start),
    ) ||
      COURT_PART_AFTER.test(rest))
  )
    evidence += 2;
  if (before === 'the' && run.prefix.length === 0) evidence -= 3;
  // "a farmer from Chake Chake", "flights to Bora Bora": a word said twice after a word that
  // places something is a town's name (Burmese and Chinese names that repeat are never "in" or "from").
  if (words.length === 2 && words[0] === words[1] && PLACE_PREPOSITIONS.has(before)) evidence -= 4;
  // "The local shopkeepers' association, Handelaars Sint-Amandsberg, collected…": a name set off
  // after the kind of body it is names that body, often in its own language. "a spokeswoman for
  // the union, Ana Ruiz" sets the name off after a person instead.
  if (
    run.prefix.length === 0 &&
    !isGivenName(first) &&
    BODY_KIND_BEFORE.test(run.text.slice(Math.max(0, (run.tokens[0]?.start ?? 0) - 80), run.tokens[0]?.start))
  )
    evidence -= 3;
  // "the Commissioner for Physical Planning and Urban Development, Dr Olumide Babalola": words that
  // complete a capitalised title with no given name among them are its portfolio.
  if (
    run.prefix.length === 0 &&
    !words.some((word) => isGivenName(word)) &&
    titleBeforeComplement(run.paragraphTokens, run.firstIndex) !== -1
  )
    evidence -= 3;
  // "the National Dengue Control Unit": a rank or field word after "the" opens a thing's name when
  // no person's title or given name comes with it.
  if (
    lowerWord(run.paragraphTokens[run.firstIndex - 1]) === 'the' &&
    run.prefix.length > 0 &&
    !run.prefix.some((token) => isPersonTitle(token.word)) &&
    !isGivenName(first)
  )
    evidence -= 3;
  // "analyst Jonah Feld of William Blair said": after a person's full name, "of" says where they
  // work or come from, and the verb that follows is theirs.
  if (employerAfterPerson(run)) evidence -= 4;
  if (before === 'told' || (before === 'to' && !accordingTo(run))) evidence -= 1;
  // "who works at Calvary Mater Newcastle": a name after a word that places something is where,
  // unless a title says who.
  if (
    run.prefix.length === 0 &&
    words.length > 2 &&
    PLACE_PREPOSITIONS.has(before) &&
    gapBetween(run.text, tokenBefore(run), run.tokens[0]) === ' '
  )
    evidence -= 2;
  return evidence;
}

/** "Pop Idol-style", "Euro-zone": English compounds that look like a two-syllable given name. */
const ENGLISH_COMPOUND_ENDINGS = new Set(
  'style type like based led era free wide made born owned run size sized zone day year up off in out'.split(
    ' ',
  ),
);

/**
 * "Nguyen Thi Mai Anh", "Kim Tae-yong", "Lin Wei-ting": a Vietnamese family name before two or
 * three more names, or a short family name before a given name of two syllables joined by a
 * hyphen (Korean and Taiwanese usage), is a person's name in the order its owner writes it.
 */
function writtenFamilyNameFirst(words: readonly string[]): boolean {
  const [family, given] = words;
  if (!family || !given) return false;
  if (words.length >= 3 && words.length <= 4 && FAMILY_NAMES_WRITTEN_FIRST.has(family)) return true;
  return (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test(family) &&
    /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u.test(given) &&
    !ENGLISH_COMPOUND_ENDINGS.has(given.slice(given.indexOf('-') + 1)) &&
    isPlausibleNameWord(family)
  );
}

/**
 * Whether `form` is written with `family` as its family name first: "Tan Siew Ling", or after an
 * English given name as Singapore and Hong Kong write it, "Jonathan Tan Jun Hao".
 */
function opensOnFamilyName(form: string, family: string): boolean {
  if (!form.includes(' ')) return false;
  const words = form.split(' ');
  if (words[0] === family) return true;
  return (
    words.length === 4 &&
    words[1] === family &&
    FAMILY_NAMES_WRITTEN_FIRST.has(family) &&
    isGivenName(words[0] ?? '')
  );
}

/** A sentence's opening up to a name set off after it: "The Member of Parliament from Gasa, ". */
const DETERMINED_OPENING =
  /(?:^|[.!?]["”’]?\s+)((?:The|A|An|Its|His|Her|Their|\p{Lu}[\p{L}-]*['’]s?) [^,.;:“”"()]{3,100}), $/u;

/**
 * "The Member of Parliament from Khamaed-Lunana constituency, Pema Dendup, opposed the cut": a full
 * name set off by commas after the job that opens the sentence is who holds it; the job, without
 * its article.
 */
function jobSetOffBefore(run: NameRun): string | null {
  if (!fullNameOnly(run) || !/^, \p{Ll}/u.test(run.text.slice(run.tokens.at(-1)?.end ?? 0))) return null;
  const opening = DETERMINED_OPENING.exec(
    run.text.slice(Math.max(0, (run.tokens[0]?.start ?? 0) - 120), run.tokens[0]?.start),
  )?.[1];
  if (!opening) return null;
  const openingWords = opening.split(' ');
  // "The record is held by Lion King, followed by Shrek 2, Finding Nemo, the original…": a clause
  // with its own verb is no job standing before a name.
  if (openingWords.some((word) => /^(?:is|was|are|were|has|have|had|\p{Ll}+ed)$/u.test(word))) return null;
  const job =
    openingWords.some((word) => isRoleNoun(word.toLowerCase())) &&
    !openingWords.some((word) => ORGANISATION_KIND_NOUNS.has(word.toLowerCase()));
  return job ? opening.replace(/^(?:The|A|An) /, '') : null;
}

/**
 * "two surveyors, Jhonny Rojas Vaca and Edwin Flores Choque", "the nurses, Ana Ruiz, Li Wen and
 * Tom Hart": names listed straight after a plural job set off by a comma are each someone's.
 */
const LISTED_AFTER_PLURAL_JOB =
  /\b((?:\p{Ll}+-)?)(\p{Ll}{3,})s, (?:(?:\p{Lu}[\p{L}'’-]* )*\p{Lu}[\p{L}'’-]*(?:, |,? and ))*$/u;

function listedAfterPluralJob(run: NameRun): string | null {
  const last = run.tokens.at(-1);
  if (!last || last.possessive) return null;
  const start = run.tokens[0]?.start ?? 0;
  const listed = LISTED_AFTER_PLURAL_JOB.exec(run.text.slice(Math.max(0, start - 160), start));
  if (!listed) return null;
  // "three ex-managers, …", "two co-founders, …": the word's prefix stays with the job.
  const [whole, prefix = '', stem = ''] = listed;
  // A list, not one name set off: "the researchers, Pew Internet, suggest" names a body.
  const inList = whole.includes(' and ') || /^(?:,? and |, )\p{Lu}/u.test(run.text.slice(last.end));
  if (!inList) return null;
  if (isRoleNoun(stem)) return `${prefix}${stem}`;
  return stem.endsWith('e') && isRoleNoun(stem.slice(0, -1)) ? `${prefix}${stem.slice(0, -1)}` : null;
}

/**
 * "Ratu Semi Vakacegu": a Fijian chief's style written straight before the full name is how Fijian
 * papers go on citing them, so readers may ask for the name with it.
 */
function styledName(run: NameRun): string | null {
  const style = run.prefix.at(-1);
  if (!style || !NAME_STYLES.has(style.word) || run.core.length < 2) return null;
  if (gapBetween(run.text, style, run.core[0]) !== ' ') return null;
  return run.text.slice(style.start, run.core.at(-1)?.end);
}

/** How many words back a list of names may reach for the plural title that leads it. */
const PLURAL_TITLE_REACH = 24;

/**
 * "Aldermen Desmond Achterberg and Rui Fontes", "Justices Paulo Moura, Ricardo Teixeira and Marta
 * Nogueira": a name after a list's comma or "and", in a list of capitalised names that a plural
 * title leads, holds the office too.
 */
function listedUnderPluralTitle(run: NameRun): boolean {
  if (run.prefix.length > 0) return false;
  const tokens = run.paragraphTokens;
  const before = tokens[run.firstIndex - 1];
  const gapToName = gapBetween(run.text, before, run.tokens[0]);
  if (!before || !(gapToName === ', ' || (before.word === 'and' && gapToName === ' '))) return false;
  for (let index = run.firstIndex - 1; index >= Math.max(0, run.firstIndex - PLURAL_TITLE_REACH); index--) {
    const token = tokens[index] as Token;
    const gap = gapBetween(run.text, token, tokens[index + 1]);
    if (gap !== ' ' && gap !== ', ') return false;
    if (token.word === 'and' || isNameParticle(token.word)) continue;
    if (!isCapitalised(token.word)) return false;
    if (singularOfTitle(token.word) !== null) {
      // "GMC Envoys and Isuzu Ascenders": a plural inside a capitalised name, or one no name
      // follows, leads no list.
      const ahead = tokens[index - 1];
      const aheadGap = gapBetween(run.text, ahead, token);
      const insideName =
        ahead !== undefined &&
        aheadGap === ' ' &&
        isCapitalised(ahead.word) &&
        !TITLE_MODIFIERS.has(ahead.word.toLowerCase());
      return gap === ' ' && !insideName && isCapitalised(tokens[index + 1]?.word ?? '');
    }
  }
  return false;
}

/** "from downtown to ", "from the airport to ": a route's start, its end to come. */
const ROUTE_START_BEFORE = /\bfrom (?:the )?\p{Ll}[\p{Ll}-]* to $/u;

/** "from X to Y": the run is the route's start (a "to" and a place after it) or its end. */
function onRoute(run: NameRun): boolean {
  const before = lowerWord(tokenBefore(run));
  const start = run.tokens[0]?.start ?? 0;
  // "from Tony Blair to Gordon Brown" passes something between people: only a determined end
  // ("to the University of Alberta") makes it a route.
  if (before === 'from') return /^ to the \p{Lu}/u.test(run.text.slice(run.tokens.at(-1)?.end ?? 0));
  return before === 'to' && ROUTE_START_BEFORE.test(run.text.slice(Math.max(0, start - 40), start));
}

/** Words that open Spanish, Portuguese and French town names: "La Paz", "El Alto", "San Isidro", "São Paulo". */
const ROMANCE_PLACE_OPENERS = new Set([
  'La',
  'El',
  'Los',
  'Las',
  'Le',
  'Les',
  'San',
  'Santa',
  'Santo',
  'São',
]);

/**
 * "Save Springwood", "Stop Killing Cyclists": a campaign is named for what it asks, so the verb that
 * opens its name (peeled as no name word) belongs to the body's name.
 */
function campaignVerbBefore(run: NameRun): boolean {
  const verb = run.prefix.at(-1);
  return (
    verb !== undefined &&
    CAMPAIGN_VERBS.has(verb.word) &&
    gapBetween(run.text, verb, run.core[0]) === ' ' &&
    run.prefix.every((token) => token === verb || ['The', 'the'].includes(token.word))
  );
}

/** The "of" of a Romance place name: "Lomas de Zamora", "Vitória da Conquista", "Sant Vicenç de Calders". */
const ROMANCE_PLACE_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di']);

/** What a place has and a person does not, before its "of": "the outskirts of", "the mayor of". */
const TOWN_PARTS = new Set([
  ...PLACE_KIND_NOUNS,
  ...DWELLERS,
  ...`area areas outskirts centre center municipality neighbourhood neighborhood streets mayor governor
      heart edge north south east west part parts`.split(/\s+/),
]);

/** "between Vilanova and Sant Vicenç de Calders": the second end of a span between two places. */
const SECOND_OF_PAIR = /\b(?:between|from)\s+\p{Lu}[^.;:!?]{0,60}\s(?:and|to)\s$/u;

/**
 * A name joined by a Romance particle whose first word is no given name, set where a place goes
 * ("in Lomas de Zamora", "the academy of Vitória da Conquista"). A person's particle always follows a
 * given name ("Luiz da Silva"), and people are not found "in" or "between".
 */
function romancePlaceWithoutGivenName(run: NameRun): boolean {
  const words = run.core.map((token) => token.word);
  const particleAt = words.findIndex(
    (word, at) => at > 0 && at < words.length - 1 && ROMANCE_PLACE_PARTICLES.has(word),
  );
  if (particleAt === -1 || words.slice(0, particleAt).some((word) => isPersonTitle(word))) return false;
  const word = lowerWord(tokenBefore(run));
  // "in Santiago del Estero": nobody is "in" a person, so there even a given name opens a town's name
  // ("in Pedro da Silva's car" is owned, and no name of a place).
  if ((LOCATIVE_PREPOSITIONS.has(word) || word === 'between') && !run.tokens.at(-1)?.possessive) return true;
  if (words.slice(0, particleAt).some((word) => isGivenName(word))) return false;
  if (word === 'from' || word === 'at') return true;
  if (word === 'and' || word === 'to')
    return SECOND_OF_PAIR.test(run.text.slice(0, run.tokens[0]?.start ?? 0));
  // "the outskirts of", "the mayor of": what only a place has; "the house of" may be anyone's.
  return word === 'of' && TOWN_PARTS.has(lowerWord(tokenBefore(run, 2))) && personEvidence(run) <= 3;
}

/** A lower-case letter then a capital inside one word. */
const CAPITAL_INSIDE = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** The prefixes after which a person's name goes on in capitals: "McAdam", "MacLeod", "DeShawn", "O'Neill". */
const PERSONAL_INNER_CAPITAL = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Lo|Van|Von|Ja|Ke|Ty|Sha|Ma)\p{Lu}/u;

/** A party's initial joined to a home town: "D-Garden Grove", "R-Yuba City", "I-Vt.". */
const PARTY_AND_HOME_TOWN = /^[DRI]-(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)$/u;

/** Verbs that report speech and nothing else: "found", "denied" and "tells the story" say other things. */
const PURE_REPORTING_VERBS = new Set(['said', 'says', 'added', 'adds']);

/**
 * "…, Alma Pruitt said", "said Kasim Odhiambo." and "according to Tendai Moyo.": the name is the
 * whole subject or the whole source. "said Fiat Auto was…" reports what a name did, "of Tods Murray
 * said" names where the speaker works, and "newspaper Nihon Keizai Shimbun said" a kind of body.
 */
function speaksInOwnClause(run: NameRun): boolean {
  const before = tokenBefore(run);
  const after = tokenAfter(run);
  const rest = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  if (after && PURE_REPORTING_VERBS.has(after.word) && gapBetween(run.text, run.tokens.at(-1), after) === ' ')
    return before === undefined || gapBetween(run.text, before, run.tokens[0]) !== ' ';
  const source = (before && PURE_REPORTING_VERBS.has(before.word)) || accordingTo(run);
  return source && /^(?:[,.;]|\s*$)/.test(rest);
}

/** The pronoun that next takes up a subject, outside quotations: "she", "his", or a body's "it". */
const NEXT_PRONOUN = /\b(?:he|she|his|her|him|it|its)\b/i;

/** The first pronoun after the name, in its paragraph or the next, is a person's. */
function personalPronounNext(run: NameRun): boolean {
  const following = `${run.text.slice(run.tokens.at(-1)?.end ?? 0)} ${run.nextText}`.replace(
    /[“"][^”"]*[”"]/g,
    '""',
  );
  const pronoun = NEXT_PRONOUN.exec(following);
  if (!pronoun || /^it/i.test(pronoun[0])) return false;
  // "X denied Ms Villalba's claims and said she…": the pronoun may be someone named in between.
  return !/\b(?:Mr|Mrs|Ms|Dr)\b|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(following.slice(0, pronoun.index));
}

/**
 * Two or three words that could each be a name, with nothing peeled before them and nothing in them
 * that names a body, a place or a trade: the shape of a given name and a surname.
 */
function fullNameOnly(run: NameRun): boolean {
  const words = run.core.map((token) => token.word);
  return (
    run.prefix.length === 0 &&
    (words.length === 2 || words.length === 3) &&
    words.every(
      (word) =>
        /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$/u.test(word) &&
        isPlausibleNameWord(word) &&
        !ORGANISATION_HEADS.has(word.toLowerCase()) &&
        !PLACE_HEADS.has(word.toLowerCase()),
    ) &&
    !run.tokens.at(-1)?.possessive
  );
}

/**
 * The text before a name set off by commas leaves the subject to it: "Her co-lead in Tianjin, Zhang
 * Weiming, says". In "Teresita Reyes, who farms in Guimba, Nueva Ecija, said" the subject was named
 * before a "who" clause, and the name set off is where.
 */
function setOffAsSubject(before: string): boolean {
  if (!/,\s$/.test(before)) return false;
  // "in Sta. Cruz": a short capitalised word before a stop is an abbreviation, not a sentence's end.
  const sentence = before.split(/(?<!\b\p{Lu}\p{Ll}{0,3})[.!?]["”’]?\s+/u).at(-1) ?? before;
  return !/\b(?:who|which|whose)\b/.test(sentence);
}

/** The run follows "of" straight after a full name: "Jonah Feld of William Blair". */
function employerAfterPerson(run: NameRun): boolean {
  const of = run.paragraphTokens[run.firstIndex - 1];
  const surname = run.paragraphTokens[run.firstIndex - 2];
  const given = run.paragraphTokens[run.firstIndex - 3];
  if (of?.word !== 'of' || !surname || !given) return false;
  return (
    gapBetween(run.text, surname, of) === ' ' &&
    gapBetween(run.text, of, run.tokens[0]) === ' ' &&
    gapBetween(run.text, given, surname) === ' ' &&
    /^\p{Lu}\p{Ll}+$/u.test(given.word) &&
    /^\p{Lu}[\p{L}'’-]+$/u.test(surname.word) &&
    isPlausibleNameWord(given.word) &&
    isPlausibleNameWord(surname.word) &&
    !ORGANISATION_HEADS.has(surname.word.toLowerCase()) &&
    !isTitleWord(given.word) &&
    !isTitleWord(surname.word) &&
    !surname.possessive
  );
}

/** "Kaua-Waleilia", "Lenny-Akana": two capitalised surnames joined by a hyphen. */
const DOUBLE_BARRELLED = /^\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+$/u;

/** What a player does in a match report, straight after the name: "equalised", "netted twice". */
const PLAYER_ACTION_AFTER =
  /^\s+(?:equalised|equalized|scored|netted|headed|struck|converted|saved|missed|assisted|homered|doubled|tripled|singled|pitched|bowled|batted|dribbled|crossed)\b/;

/** A given name and a surname (with any particle) ending just before a list's comma or "and". */
const PERSON_LISTED_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+) (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}'’-]+(?:,| and) $/u;
/** The same, opening just after a list's comma or "and". */
const PERSON_LISTED_AFTER = /^(?:,| and) (\p{Lu}\p{Ll}+) (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}'’-]+/u;

function listedBesidePerson(run: NameRun): boolean {
  const [first, last] = run.core.map((token) => token.word);
  if (!first || !last) return false;
  // "La Traviata", "Finding Neverland", "Nintendo Europe", "Jupiter Research", "Velvet Revolver":
  // titles, bodies and bands sit in lists of names too.
  if (
    !isPlausibleNameWord(first) ||
    !isPlausibleNameWord(last) ||
    isNameParticle(first) ||
    /ing$/.test(first) ||
    ORGANISATION_HEADS.has(last.toLowerCase()) ||
    run.text.includes(` ${first.toLowerCase()} `) ||
    run.text.includes(` ${last.toLowerCase()} `)
  )
    return false;
  const start = run.tokens[0]?.start ?? 0;
  const before = PERSON_LISTED_BEFORE.exec(run.text.slice(Math.max(0, start - 60), start));
  if (before && isGivenName(before[1] ?? '')) return true;
  // "the Minister of Mines and Minerals Development, Patrick Chisenga": after "and", the item
  // before must be the person, or the run may end a body's name.
  if (/(?:,| and) $/.test(run.text.slice(Math.max(0, start - 5), start))) return false;
  const after = PERSON_LISTED_AFTER.exec(run.text.slice(run.tokens.at(-1)?.end ?? 0));
  return after !== null && isGivenName(after[1] ?? '');
}

/**
 * "Zukiswa Mali, who shares a tap with 30 families, said", "Health Secretary Aden Duale": a name
 * that is also a country or a town, beside a plausible given name or surname, in a run that
 * behaves as a person's name does (a title, an age, a "who", a role, a speech verb), and not after
 * a word that places something.
 */
function hasPlaceInName(run: NameRun): boolean {
  return (
    pairsNameWithPlace(run.core) &&
    !PLACE_PREPOSITIONS.has(lowerWord(tokenBefore(run))) &&
    lowerWord(tokenBefore(run)) !== 'of' &&
    personEvidence(run) >= 2
  );
}

/** Numbers and quantities: the words that open such family names and that no name list knows. */
const FAMILY_NAME_OPENERS = new Set(
  'Many Few Old One Two Three Four Five Six Seven Eight Nine Ten Hundred'.split(' '),
);

/**
 * "Darnell Many Guns", "Lucy Two Feathers": Native American family names of two words may open on
 * a common English word. Inside a full name, between a given name and a last word that are both
 * plausible, such a word opens the family name rather than ending the name.
 */
function opensFamilyName(core: readonly Token[], at: number): boolean {
  const word = core[at]?.word ?? '';
  return (
    at > 0 &&
    at === core.length - 2 &&
    core.length >= 3 &&
    FAMILY_NAME_OPENERS.has(word) &&
    core.every((token, index) => index === at || isPlausibleNameWord(token.word))
  );
}

/**
 * The surname with any particle, as readers cite it: "al-Shaibani", "Abu Qasra", "de Gaulle".
 * Asked again for every form of every candidate a lone word might be: worked out once a name.
 */
const surnameOf = memoiseBounded(readSurname, 4000);

function readSurname(name: string): string {
  const signed = name.split(' ');
  // "Ramon M. Villareal Jr." is "Villareal" on second reference.
  const words =
    signed.length > 2 && GENERATIONAL_SUFFIXES.has(signed.at(-1) ?? '') ? signed.slice(0, -1) : signed;
  // "Darnell Many Guns" is "Many Guns" on second reference (see opensFamilyName); "Azamat Nurbek
  // uulu" is "Nurbek uulu", the father's name with the patronymic that closes it.
  if (words.length >= 3 && FAMILY_NAME_OPENERS.has(words.at(-2) ?? '')) return words.slice(-2).join(' ');
  if (words.length >= 2 && TRAILING_PATRONYMICS.has((words.at(-1) ?? '').toLowerCase()))
    return words.slice(-2).join(' ');
  // Korean names put the family name first: Park Ji-hoon, Moon Jae-in.
  if (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0] ?? '') &&
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1] ?? '')
  ) {
    return words[0] as string;
  }
  let start = words.length - 1;
  // The first word is a given name even when it could be a particle: Ben Whitaker, Abdul Karim.
  while (
    start > 1 &&
    (isNameParticle(words[start - 1] ?? '') ||
      IRISH_SURNAME_OPENERS.has(words[start - 1] ?? '') ||
      (words[start - 1] === 'an' && IRISH_SURNAME_OPENERS.has(words[start - 2] ?? '')))
  )
    start--;
  return words.slice(start).join(' ');
}

/** Every way the article might write a surname: with, without and detached from its particle. */
function surnameForms(surname: string): string[] {
  const forms = new Set<string>([surname]);
  const attached = /^(\p{L}+)-(\p{Lu}.*)$/u.exec(surname);
  if (attached?.[1] && attached[2] && NAME_PARTICLES.has(attached[1].toLowerCase())) {
    forms.add(attached[2]);
    forms.add(`${attached[1]} ${attached[2]}`);
  }
  // "de la Cruz" is also cited as "Cruz", "Abu Qasra" as "Qasra"; "al Shaibani" as "al-Shaibani".
  const words = surname.split(' ');
  let bare = 0;
  while (bare < words.length - 1 && isNameParticle(words[bare] ?? '')) bare++;
  if (bare > 0) forms.add(words.slice(bare).join(' '));
  if (bare === 1 && words.length === 2 && /^(?:al|el)$/i.test(words[0] ?? ''))
    forms.add(`${words[0]}-${words[1]}`);
  return [...forms];
}

/** Letters apart, for spellings the article itself varies: Sergei and Sergey. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  return a[0] === b[0] && editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

interface NameKey {
  words: string[];
  folded: string;
  /** Folded without spaces or hyphens: "Abdelkarim" and "Abdel Karim" meet here. */
  joined: string;
  surname: string;
  /** The given names before a Malay patronymic: "ahmad faizal" in "Ahmad Faizal bin Abdul Karim". */
  beforePatronymic: string;
}

/** Malay and Brunei names: the given names, "son/daughter of", the father's names. */
const PATRONYMIC = new RegExp(` (?:${[...PATRONYMIC_PARTICLES].join('|')}) `);

/**
 * Names are compared pairwise for every lone word against every candidate, so each name's folded
 * forms are worked out once.
 */
const nameKeyOf = memoiseBounded(readNameKey, 4000);

function readNameKey(name: string): NameKey {
  const folded = foldName(name);
  const givenNames = folded.slice(0, Math.max(0, PATRONYMIC.exec(folded)?.index ?? 0));
  return {
    words: folded.split(' '),
    folded,
    joined: folded.replace(/[\s-]/g, ''),
    surname: foldName(surnameOf(name)).replace(/^(?:al|el) /, ''),
    // One given name alone is matched as any first name is; two are what the story calls the person.
    beforePatronymic: givenNames.includes(' ') ? givenNames : '',
  };
}

function samePerson(a: string, b: string): boolean {
  return sameKeyedPerson(nameKeyOf(a), nameKeyOf(b));
}

/** `name` ends with the whole words of `tail`: "ziad abu rasheed" with "abu rasheed", not "rasheed" with "heed". */
function endsWithWords(name: string, tail: string): boolean {
  // Compared for every lone word against every name form: no string is built for it.
  return name.length > tail.length && name.endsWith(tail) && name[name.length - tail.length - 1] === ' ';
}

function sameKeyedPerson(keyA: NameKey, keyB: NameKey): boolean {
  const wordsA = keyA.words;
  const wordsB = keyB.words;
  // Transliterations join or split compound given names: "Abdelkarim" and "Abdel Karim".
  if (wordsA.length > 1 && wordsB.length > 1 && keyA.joined === keyB.joined) return true;
  // "Abu Rasheed" is "Ziad Abu Rasheed" without the given name.
  if (endsWithWords(keyA.folded, keyB.folded) || endsWithWords(keyB.folded, keyA.folded)) return true;
  // "Ahmad Faizal" is "Ahmad Faizal bin Abdul Karim": Malay names are shortened to the given names,
  // never to the father's.
  if (
    (keyA.beforePatronymic !== '' && keyA.beforePatronymic === keyB.folded) ||
    (keyB.beforePatronymic !== '' && keyB.beforePatronymic === keyA.folded)
  )
    return true;
  if (keyA.surname !== keyB.surname) return false;
  if (wordsA.length === 1 || wordsB.length === 1) return true;
  // "Chen Ming-hsun" and "Chen Kuo-hua": family name first, so the given names that tell them apart follow it.
  const familyFirst = wordsA[0] === keyA.surname && wordsB[0] === keyB.surname;
  const givenA = (familyFirst ? wordsA[1] : wordsA[0]) ?? '';
  const givenB = (familyFirst ? wordsB[1] : wordsB[0]) ?? '';
  return sameGivenName(givenA, givenB) || wordsA.includes(givenB) || wordsB.includes(givenA);
}

function emptyCandidate(order: number): PersonCandidate {
  return {
    forms: new Map(),
    evidence: 0,
    roles: [],
    gender: null,
    order,
    honorificForms: new Set(),
    knownAs: new Set(),
    surnameReuse: 0,
    courtesies: new Set(),
    seenMidSentence: false,
  };
}

/** 'Elvis "King Zacari" Joseph-Henry', 'Joaquín "El Chapo" Guzmán': a nickname set inside a name. */
// 'Eduardo "Bong" R. Salcedo III': the rest of the name may carry middle initials and a generation.
// 'Luis Alfonso "El Chito" García': the given names before the nickname may be two.
const NICKNAME_IN_NAME =
  /((?:\p{Lu}[\p{L}'’-]+ )?\p{Lu}[\p{L}'’-]+) ["“](\p{Lu}[^"”]{1,30}?)["”] ((?:\p{Lu}\. )*)(\p{Lu}[\p{L}'’-]+)(?: (Jr|Sr|II|III|IV)\b)?/gu;

/**
 * A nickname in quote marks between a given name and a surname marks a person (only people are
 * nicknamed so), who answers to the nickname and to its last word later ("Queen Ivena said").
 */
function nicknamesInNames(
  paragraphs: readonly Paragraph[],
  candidates: Map<string, PersonCandidate>,
): Map<string, PersonCandidate> {
  const byWord = new Map<string, PersonCandidate>();
  for (const paragraph of paragraphs) {
    if (!paragraph.text.includes('"') && !paragraph.text.includes('“')) continue;
    for (const match of paragraph.text.matchAll(NICKNAME_IN_NAME)) {
      const [, givenNames = '', nickname = '', initials = '', surname = '', generation] = match;
      // "Leones infielder Luis…" keeps both given names; "Labour's "Red" Ken…" only the last word.
      const [firstGiven = '', secondGiven] = givenNames.split(' ');
      const given =
        secondGiven !== undefined &&
        (isTitleWord(firstGiven) ||
          NEVER_NAME_WORDS_FOR_NICKNAMES.has(firstGiven) ||
          !isPlausibleNameWord(firstGiven) ||
          !(isGivenName(firstGiven) || isGivenName(secondGiven)))
          ? secondGiven
          : givenNames;
      // 'an Americanised "Jimmy" Bond': a description before the nickname, not a given name.
      if (isTitleWord(given) || NEVER_NAME_WORDS_FOR_NICKNAMES.has(given) || /(?:i[sz]ed|ing)$/.test(given))
        continue;
      if (!given.split(' ').every((word) => isPlausibleNameWord(word)) || !isPlausibleNameWord(surname))
        continue;
      const name = `${given} ${initials}${surname}${generation ? ` ${generation}` : ''}`;
      const key = foldName(name);
      const candidate =
        candidates.get(key) ?? emptyCandidate(paragraph.n * ORDER_PER_PARAGRAPH + (match.index ?? 0));
      candidates.set(key, candidate);
      addCandidateForm(candidate, name);
      candidate.evidence += 4;
      candidate.knownAs.add(nickname);
      // The given names stood apart as a run of their own, cut off by the quotation marks, with
      // the job before them: they are the start of this one name.
      const givenKey = foldName(given);
      const cutOff = given.includes(' ') ? candidates.get(givenKey) : undefined;
      if (cutOff && cutOff !== candidate) {
        candidate.roles.push(...cutOff.roles);
        candidates.delete(givenKey);
      }
      for (const word of nickname.split(' ')) if (!isTitleWord(word)) byWord.set(word, candidate);
    }
  }
  return byWord;
}

/** Words before a quotation that are no given name: 'The "Blue Coast 2030" Plan', 'Its "Ahon" Program'. */
const NEVER_NAME_WORDS_FOR_NICKNAMES = new Set([
  'The',
  'A',
  'An',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'This',
]);

function addCandidateForm(candidate: PersonCandidate, form: string) {
  candidate.forms.set(form, (candidate.forms.get(form) ?? 0) + 1);
}

/**
 * The one person introduced with a courtesy title that is also a name ("Adi", "Ko", "Ato"), when the
 * run is that title and the person's given name.
 */
function addressedByCourtesy(
  run: NameRun,
  candidates: ReadonlyMap<string, PersonCandidate>,
): PersonCandidate | undefined {
  const [courtesy, given] = run.core;
  if (run.core.length !== 2 || !courtesy || !given) return undefined;
  const title = courtesy.word.toLowerCase();
  if (!HONORIFICS_BEFORE_FULL_NAMES.has(title)) return undefined;
  const addressed = [...candidates.values()].filter(
    (candidate) =>
      candidate.courtesies.has(title) &&
      [...candidate.forms.keys()].some((form) => opensOnFamilyName(form, given.word)),
  );
  return addressed.length === 1 ? addressed[0] : undefined;
}

/** Each name run that names a person, in reading order, with the person it names. */
function personMentionsOf(runs: readonly NameRun[], drafts: readonly EntityDraft[]): PersonMention[] {
  const personByForm = new Map<string, EntityDraft>();
  for (const draft of drafts)
    if (draft.kind === 'person')
      for (const form of [draft.name, ...draft.aliases]) personByForm.set(foldName(form), draft);
  const mentions: PersonMention[] = [];
  if (personByForm.size === 0) return mentions;
  for (const run of runs) {
    const person = personByForm.get(foldName(coreText(run)));
    // A word before the person's first mention ("Kampala" before "Safe Boda Kampala") is another name.
    if (person && run.order >= person.order) mentions.push({ order: run.order, person });
  }
  return mentions.sort((a, b) => a.order - b.order);
}

/** "the Russian presidency", "Russia’s foreign ministry": institutions named by their country. */
function findInstitutions(paragraph: Paragraph, order: number, found: Map<string, EntityDraft>) {
  // Only the owner is consumed, so "Damascus and Russia’s government" still reaches "Russia’s".
  const pattern = /\b(?:[Tt]he )?(\p{Lu}\p{L}+(?:['’]s)?)(?= (\p{L}+)(?: (\p{L}[\p{L}-]*))?)/gu;
  for (const match of paragraph.text.matchAll(pattern)) {
    // "the Russian presidency said", "Poland’s development ministry": the institution noun comes
    // straight after the owner or after one lowercase qualifier.
    const [, ownerWord = '', second = '', third = ''] = match;
    const qualified = INSTITUTION_NOUNS.has(third) && /^\p{Ll}/u.test(second);
    const phrase = qualified ? `${ownerWord} ${second} ${third}` : `${ownerWord} ${second}`;
    const head = qualified ? third : second;
    if (!INSTITUTION_NOUNS.has(head)) continue;
    // "Syrian military targets": the institution word used as an adjective names no organisation.
    const phraseEnd = (match.index ?? 0) + match[0].length + phrase.length - ownerWord.length;
    const nextWord = /^\s+(\p{Ll}+)/u.exec(paragraph.text.slice(phraseEnd))?.[1] ?? '';
    if (/[^s]s$/.test(nextWord) && !['has', 'was', 'is', 'says'].includes(nextWord)) continue;
    const owner = phrase.split(' ')[0] ?? '';
    const ownerBare = owner.replace(/['’]s$/, '');
    // "the Russian presidency", "Russia’s foreign ministry", "the US government".
    const isCountry = DEMONYM_TO_PLACE.has(owner.toLowerCase()) || isPlaceWord(ownerBare);
    // "the Hainan provincial government", "the Bavarian state parliament": the level of government
    // says the owner is a place even when the place is not one we know.
    const subnational = qualified && GOVERNMENT_LEVELS.has(second);
    if (!isCountry && !subnational) continue;
    // "the Hainan provincial government": the level of government says its owner is a place.
    const ownerKey = foldName(ownerBare);
    if (subnational && !isCountry && !found.has(ownerKey))
      found.set(ownerKey, {
        name: ownerBare,
        kind: 'place',
        aliases: [],
        role: null,
        roleKeys: [],
        gender: null,
        order: order + (match.index ?? 0),
      });
    const key = foldName(phrase);
    if (!found.has(key)) {
      found.set(key, {
        name: phrase,
        kind: 'organisation',
        aliases: [],
        role: null,
        roleKeys: [],
        gender: null,
        order: order + (match.index ?? 0),
      });
    }
  }
}

/** What one mention's own sentence says the name is: someone, a body, a place, or nothing either way. */
type MentionReading = 'person' | 'body' | 'place' | 'located' | 'tail' | null;

/** How an article's mentions of one name read, counted over all of them. */
interface MentionTally {
  person: number;
  body: number;
  place: number;
  /** "Northwood Research in Ann Arbor", "downtown Reno": places only a place can be, not "trust in Tony Blair". */
  located: number;
  /** "the mayor of Chinautla", "the death of Brâncuși": the tail of an "of" phrase, a weak sign of a place. */
  tail: number;
  neither: number;
}

/** "Santé Québec, the agency created last year": a kind of body set off after the name. */
const BODY_KIND_SET_OFF_AFTER =
  /^,\s+(?:the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:agency|authority|body|club|team|side|franchise|company|firm|group|operator|party|union|association|federation|regulator|department|ministry|council|board|charity|network|broadcaster|institute|hospital|school|university)(?=[,.;]|\s+(?:that|which|created|set up|responsible|in charge|formed|founded|based|run|for|of)\b)/u;

/** "Hessa Al Mazrouei, 51,", "Tuy, who said": an age or a "who" set off after a name is a person's. */
const AGE_OR_WHO_AFTER = /^,\s+(?:\d{1,3},|who\b)/;

/**
 * "Titans captain Jayden Campbell", "Plaid Cymru's health spokesperson": a job held at the name.
 * Straight after a possessive a job is as often a person's own ("Vestergaard's lawyer"), so there
 * only a job with its field before it ("health spokesperson") counts.
 */
const JOB_HELD_AT = /^(?:['’]s?)?((?:\s+\p{Ll}+){1,3})/u;

/** "the mayor of Chinautla", "l'Association des médecins du Québec": a name the tail of another phrase. */
const CONNECTORS_BEFORE_TAIL = new Set(['of', 'de', 'du', 'del', 'des', 'da', 'do', 'di']);

/**
 * "The Titans will", "the Leones were", "left the Titans two points": what follows a body after
 * "the" is a verb, a number or a stop; "the Presley tapes", "the Blair government" use a person's
 * name to describe a thing.
 */
const ACTS_AFTER_ARTICLE =
  /^(?:['’]|\s*[,.;:)]|\s+\d|\s+(?:have|has|had|were|was|will|would|are|is|could|can|did|do|must|may|might|should)\b|\s+\p{Ll}+ed\b|\s+\p{Lu})/u;

/** "Titans captain Jayden Campbell": the job and then its holder, not "a huge Robbie fan". */
const JOB_THEN_HOLDER = /^\s+\p{Ll}+(?:\s+\p{Ll}+)?,?\s+\p{Lu}/u;

/** "Mr Lee's former lawyer", "Vestergaard's defence lawyer": jobs a person has working for them. */
const OWN_JOB_MODIFIERS = new Set([
  'former',
  'new',
  'own',
  'personal',
  'private',
  'defence',
  'defense',
  'family',
  'longtime',
  'lead',
]);

function isJobWord(word: string): boolean {
  return isRoleNoun(word) || PLAYING_POSITIONS.has(word) || TEAM_JOBS.has(word);
}

/**
 * Reporters speak of a person by a job, an age, a courtesy title or "he" and "she"; of a body with
 * "the", a kind set off after it ("the agency") and the jobs held at it; of a place with "in", a
 * compass word or "downtown". Only the mention's own words are read: no other name is consulted.
 */
function readMention(run: NameRun, candidate: PersonCandidate): MentionReading {
  const before = tokenBefore(run);
  const beforeWord = lowerWord(before);
  const joined = gapBetween(run.text, before, run.tokens[0]) === ' ';
  const after = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  if (run.prefix.some((token) => isPersonTitle(token.word) || isCourtesyTitle(token.word))) return 'person';
  if (AGE_OR_WHO_AFTER.test(after)) return 'person';
  if (joined && (isRoleNoun(beforeWord) || KIN_NOUNS.has(beforeWord))) return 'person';
  const held = JOB_HELD_AT.exec(after);
  const heldAt = (held?.[1] ?? '').trim().split(/\s+/);
  const possessive = run.tokens.at(-1)?.possessive === true || /^['’]/.test(after);
  // "Salgado's wife", "Haug-Kessler's cousin": only people have relatives.
  if (possessive && (KIN_NOUNS.has(heldAt[0] ?? '') || KIN_AFTER_OWNER.test(after))) return 'person';
  // A name peeled of "The" at a sentence's opening keeps its article in the prefix.
  const onlyArticlePeeled = run.prefix.every((token) => token.word === 'The');
  const determined = (joined && beforeWord === 'the') || run.prefix.length === 1;
  if (
    (determined && onlyArticlePeeled && ACTS_AFTER_ARTICLE.test(after)) ||
    BODY_KIND_SET_OFF_AFTER.test(after) ||
    SPEAKS_OF_ITSELF_AS_IT.test(after) ||
    (possessive
      ? isJobWord(heldAt[1] ?? '') && !isJobWord(heldAt[0] ?? '') && !OWN_JOB_MODIFIERS.has(heldAt[0] ?? '')
      : isJobWord(heldAt[0] ?? '') && JOB_THEN_HOLDER.test(after))
  )
    return 'body';
  if (possessive || run.prefix.length > 0) return null;
  // "Abu Al Abyad island", "the Chinautla municipality": a kind of place in lower case after the name.
  if (PLACE_KIND_AFTER_NAME.test(after) || PLACE_KIND_NOUNS.has(heldAt[0] ?? '')) return 'located';
  if (!joined) return null;
  // "a principal at Northwood Research in Ann Arbor. She said": the next "she" is the sentence's subject.
  // "west of Abu Al Abyad": a direction from a name is a direction from a place.
  const directionBefore = beforeWord === 'of' && PLACE_PART_WORDS.has(lowerWord(tokenBefore(run, 2)));
  // "downtown Reno", but not "Derby North's Bob Laxton": the part of a place is written in lower case.
  if ((PLACE_PART_WORDS.has(beforeWord) && before?.word === beforeWord) || directionBefore) return 'located';
  // "Automotive Research in Ann Arbor": a named thing said to be in the name.
  if (LOCATIVE_PREPOSITIONS.has(beforeWord))
    return isCapitalised(tokenBefore(run, 2)?.word ?? '') &&
      !OPENS_SENTENCE.test(run.text.slice(0, before?.start ?? 0))
      ? 'located'
      : 'place';
  // "de Vries says" after "Marieke de Vries": the particle is the surname's own.
  if (
    CONNECTORS_BEFORE_TAIL.has(beforeWord) &&
    ![...candidate.forms.keys()].some((form) => form.includes(` ${beforeWord} `))
  )
    return 'tail';
  // Only a subject's "he" or "she" is its own: "the University of Nevada, Reno, said he…" is not Reno's.
  const subject = speechVerbFollows(run) || OPENS_SENTENCE.test(run.text.slice(0, run.tokens[0]?.start ?? 0));
  return subject && personalPronounNext(run) ? 'person' : null;
}

function tallyMention(tallies: Map<PersonCandidate, MentionTally>, candidate: PersonCandidate, run: NameRun) {
  const tally = tallies.get(candidate) ?? { person: 0, body: 0, place: 0, located: 0, tail: 0, neither: 0 };
  tallies.set(candidate, tally);
  const reading = readMention(run, candidate);
  if (reading === null) tally.neither += 1;
  else tally[reading] += 1;
}

/**
 * A name no mention reads as a person's, and some read as a body's or a place's, is that body or
 * place ("the Gold Coast Titans", "in Ann Arbor"). A name that opens with a given name is a
 * person's unless every mention reads otherwise ("Paris Hilton said", "in Jack London's novels").
 */
function readAsBodyOrPlace(candidate: PersonCandidate, tally: MentionTally | undefined): EntityKind | null {
  if (!tally || tally.person > 0 || candidate.honorificForms.size > 0 || candidate.courtesies.size > 0)
    return null;
  // "in X" and the tail of "of" phrases ("built around Johan Cruyff", "the mayor of Chinautla") say
  // "place" only when they are all the article does with the name.
  const looseAlone = tally.place + tally.tail >= 2 && tally.neither === 0;
  const places = tally.place + tally.located;
  if (tally.body + tally.located === 0 && !looseAlone) return null;
  // "trust in Tony Blair", "Denise Lewis' coach": one loose reading is not enough against a given name.
  const opensWithGivenName = [...candidate.forms.keys()].some((form) =>
    isGivenName(form.split(' ')[0] ?? ''),
  );
  if (
    opensWithGivenName &&
    (tally.neither > 0 || tally.tail > 0 || (tally.body + places < 2 && tally.located === 0))
  )
    return null;
  return places + tally.tail > tally.body ? 'place' : 'organisation';
}

/**
 * Finds the people, organisations and places an article names, one entry per real entity.
 * A capitalised phrase becomes a person only on evidence a reader would use: a title or role
 * before it, a known given name, an Arabic name particle, a role in apposition, a speech verb,
 * or the surname used again on its own with an honorific.
 */
export function discoverEntities(paragraphs: readonly Paragraph[]): EntityDraft[] {
  const runs: NameRun[] = [];
  const institutions = new Map<string, EntityDraft>();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.kind === 'heading') continue;
    runs.push(
      ...findNameRuns(paragraph, paragraph.n * ORDER_PER_PARAGRAPH, paragraphs[index + 1]?.text ?? ''),
    );
    findInstitutions(paragraph, paragraph.n * ORDER_PER_PARAGRAPH, institutions);
  }

  const candidates = new Map<string, PersonCandidate>();
  /** Names the article gives a hospital, a stadium or a station: "Garcia de Orta" of "Garcia de Orta Hospital". */
  const facilityNamesakes = new Set<string>();
  const mentionTallies = new Map<PersonCandidate, MentionTally>();
  const singles: NameRun[] = [];
  const others = new Map<string, { name: string; kind: EntityKind; order: number; aliases: string[] }>();
  const addOther = (written: string, kind: EntityKind, order: number, aliases: string[] = []) => {
    // "Las Vegas-based Mesa Gaming Group": where a body sits describes it and is no part of its name.
    const seat = kind === 'organisation' ? DESCRIBED_BY_SEAT.exec(written) : null;
    const name = seat?.[2] ?? written;
    if (seat?.[1] && !others.has(foldName(seat[1])))
      others.set(foldName(seat[1]), { name: seat[1], kind: 'place', order, aliases: [] });
    const key = foldName(name);
    const known = others.get(key);
    if (!known) others.set(key, { name, kind, order, aliases });
    // "at Voltara’s plant" guessed a place; "Voltara, the battery start-up" says what it is.
    // Initials found to own a government ("the NSW government") stay a place.
    else if (
      known.kind === 'place' &&
      kind === 'organisation' &&
      !isPlaceWord(known.name) &&
      !isAcronym(known.name)
    )
      known.kind = 'organisation';
  };

  const quotedSpans = new Map<string, QuotedSpan[]>();
  const spansOf = (text: string) => {
    const known = quotedSpans.get(text);
    if (known) return known;
    const spans = findQuotedSpans(text);
    quotedSpans.set(text, spans);
    return spans;
  };
  for (const run of runs) {
    for (const [at, token] of run.prefix.entries()) {
      if (isPlaceWord(token.word)) addOther(token.word, 'place', run.order);
      else if (KNOWN_ORGANISATIONS.has(token.word)) addOther(token.word, 'organisation', run.order);
      else {
        // "Monterrey-based Grupo Sierra Alta": where a named body sits is a place. Only before a
        // name ("Linux-based computers" names a platform) and whole ("New York-based").
        const home = BASED_IN.exec(token.word)?.[1];
        const previous = at === 0 ? run.paragraphTokens[run.firstIndex - 1] : run.prefix[at - 1];
        const whole =
          !isCapitalised(previous?.word ?? '') || ['The', 'A', 'An'].includes(previous?.word ?? '');
        if (home && whole && run.core.length > 0 && !DEMONYM_TO_PLACE.has(home.toLowerCase()))
          addOther(home, 'place', run.order);
      }
    }
    const formalBody = formalBodyName(run);
    if (formalBody) {
      addOther(formalBody, 'organisation', run.order);
      continue;
    }
    if (
      run.core.length === 0 ||
      isPictureCredit(run) ||
      insideNamedTitle(run, spansOf) ||
      namesWorkOrCharacter(run)
    )
      continue;
    // "Hospital Sultan Ismail", "Hospital Tengku Ampuan Rahimah": a hospital or a school named for a
    // ruler keeps the ruler's style after its kind, which was peeled off as a title with it.
    const [facilityHead, ...styles] = run.prefix;
    if (
      facilityHead &&
      styles.length > 0 &&
      FACILITY_HEADS_BEFORE_NAMES.has(facilityHead.word) &&
      !VENUES_BEFORE_NAMES.has(facilityHead.word) &&
      styles.every((style) => ROYAL_OWNERS.has(style.word) || HONORIFICS.has(style.word.toLowerCase()))
    ) {
      addOther(run.text.slice(facilityHead.start, run.core.at(-1)?.end), 'organisation', run.order);
      continue;
    }
    const placeWithQualifier = qualifiedPlace(run);
    if (placeWithQualifier) {
      addOther(placeWithQualifier, 'place', run.order);
      continue;
    }
    // "Transport Scotland", "Tourism Australia", "Sport England": a public body named by its field
    // and the country or region it serves.
    if (namesAgencyByFieldAndPlace(run)) {
      addOther(run.text.slice(agencyFieldsStart(run), run.tokens.at(-1)?.end), 'organisation', run.order);
      continue;
    }
    // "Environment Canterbury (ECan)": the whole run is the name, even words a title would peel.
    if (bracketsOwnInitials(run) && !run.prefix.some((token) => isPersonTitle(token.word))) {
      const lastWord = run.core.at(-1);
      addOther(
        run.text.slice(run.tokens[0]?.start, lastWord && lastWord.start + lastWord.word.length),
        'organisation',
        run.order,
      );
      continue;
    }
    // "Amalgamated Transit Union Local 1505", "Teamsters Local 727": a union's branch is named by number.
    const branch = UNION_BRANCH_NUMBER.exec(run.text.slice(run.tokens.at(-1)?.end ?? 0));
    if (branch && run.core.at(-1)?.word === 'Local' && run.core.length > 1) {
      addOther(`${coreText(run)}${branch[0]}`, 'organisation', run.order);
      continue;
    }
    const dateline = datelineTown(run);
    if (dateline) {
      // Readers type the town as it is written in the story, not in the dateline's capitals.
      const written = dateline.replace(/\p{Lu}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
      addOther(dateline, 'place', run.order, written === dateline ? [] : [written]);
      continue;
    }
    // "funded by the Government of India": the body's word was peeled as a title before its "of".
    // "the Bank of South Sudan": the "of" may be peeled with it, before a place named in two words.
    // Only when the body's word opens the run: "Samsung Electronics of South Korea" is a firm and its seat.
    const ofPeeled = run.prefix.length === 2 && run.prefix.at(-1)?.word === 'of';
    const peeledHead = run.prefix.at(ofPeeled ? -2 : -1);
    if (
      peeledHead &&
      (ofPeeled || (run.core[0]?.word === 'of' && run.core.length > 1)) &&
      isCapitalised(peeledHead.word) &&
      ORGANISATION_HEADS.has(peeledHead.word.toLowerCase())
    ) {
      addOther(run.text.slice(peeledHead.start, run.core.at(-1)?.end), 'organisation', run.order);
      continue;
    }
    // "the City of Windhoek", "the Town of Vernon": a municipality named formally is its council.
    const municipality = /^ of (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})/u.exec(
      run.text.slice(run.tokens.at(-1)?.end ?? 0),
    )?.[1];
    if (
      municipality &&
      run.core.length === 1 &&
      run.prefix.length === 0 &&
      MUNICIPALITIES.has(run.core[0]?.word ?? '') &&
      lowerWord(tokenBefore(run)) === 'the'
    ) {
      addOther(`${run.core[0]?.word} of ${municipality}`, 'organisation', run.order);
      continue;
    }
    const outlet = outletInterviewing(run);
    if (outlet) {
      // "told The Associated Press": readers ask for it with or without the article.
      addOther(outlet, 'organisation', run.order, outlet.startsWith('The ') ? [outlet.slice(4)] : []);
      continue;
    }
    // "the Bydgoszcz-based Pesa", "Nebraska-based Platte Valley Grain": what a place is said to be
    // home to, named straight after, is a body; a person is described by a job in between.
    const basedPeeled = run.prefix.at(-1);
    if (
      basedPeeled &&
      BASED_IN.test(basedPeeled.word) &&
      gapBetween(run.text, basedPeeled, run.core[0]) === ' ' &&
      !isGivenName(run.core[0]?.word ?? '') &&
      !run.core.some((token) => isPersonTitle(token.word))
    ) {
      addOther(coreText(run), 'organisation', run.order);
      continue;
    }
    if (namesTeam(run)) {
      addOther(coreText(run), 'organisation', run.order);
      continue;
    }
    if (namedAsHome(run) || listedBeforePluralFacility(run, PLURAL_PLACE_KINDS)) {
      addOther(coreText(run), 'place', run.order);
      continue;
    }
    // "Linh Tran, D-Garden Grove,", "Rick Lindqvist, R-Yuba City,": American papers give a
    // legislator's party and home town after the name; the town is a place.
    const partyHome = PARTY_AND_HOME_TOWN.exec(coreText(run))?.[1];
    if (partyHome) {
      addOther(partyHome, 'place', run.order);
      continue;
    }
    // "the Preservation of Trees Act, 1975", "the Nineteenth Amendment": a law is no one and no body.
    if (run.core.length > 1 && LAW_HEADS.has(run.core.at(-1)?.word ?? '')) continue;
    const name = coreText(run);
    const nonPerson = classifyNonPerson(name, run.core, run);
    const namesake = nonPerson ? facilityNamesake(run.core) : null;
    if (namesake) facilityNamesakes.add(foldName(namesake));
    if (nonPerson) {
      // "Russia's Defense Ministry": the country that owns an institution is part of its name.
      const owner = tokenBefore(run);
      const owned =
        nonPerson === 'organisation' &&
        owner?.possessive &&
        isPlaceWord(owner.word) &&
        gapBetween(run.text, owner, run.core[0]) === ' ';
      // Readers also ask for it without the owner: "Peru's Ministry of Culture" is "the Ministry of Culture".
      // "the Libyan Red Crescent", "the Egyptian Medical Syndicate": the nationality peeled off as a
      // description is the first word of the body's name.
      const nationality = run.prefix.at(-1);
      const national =
        nonPerson === 'organisation' &&
        !owned &&
        nationality !== undefined &&
        run.prefix.length <= 2 &&
        run.prefix.every((token) => token.word === 'The' || token === nationality) &&
        DEMONYM_TO_PLACE.has(nationality.word.toLowerCase()) &&
        gapBetween(run.text, nationality, run.core[0]) === ' ';
      // "Queen's University Belfast", "King's College London": the sovereign peeled off as a title
      // is the first word of the body's name.
      const sovereign = run.prefix.at(-1);
      const namedForSovereign =
        nonPerson === 'organisation' &&
        sovereign?.possessive === true &&
        ROYAL_OWNERS.has(sovereign.word) &&
        gapBetween(run.text, sovereign, run.core[0]) === ' ';
      if (owned) addOther(run.text.slice(owner.start, run.core.at(-1)?.end), nonPerson, run.order, [name]);
      else if (namedForSovereign)
        addOther(run.text.slice(sovereign.start, run.core.at(-1)?.end), nonPerson, run.order);
      else if (national) addOther(`${nationality.word} ${name}`, nonPerson, run.order, [name]);
      else if (nonPerson === 'organisation' && campaignVerbBefore(run))
        addOther(`${(run.prefix.at(-1) as Token).word} ${name}`, nonPerson, run.order, [name]);
      else addOther(name, nonPerson, run.order);
      continue;
    }
    // "Marks & Spencer", "Procter & Gamble": an ampersand joins partners in a firm's name, not a
    // given name to a surname.
    if (run.core.some((token, at) => at > 0 && gapBetween(run.text, run.core[at - 1], token) === ' & ')) {
      addOther(name, 'organisation', run.order);
      continue;
    }
    if (fillsQuotation(run, spansOf)) continue;
    // "the state's Chief Wildlife Warden, which recorded…": a title that ends on its office names the
    // post, not a holder, unless a given name opens what follows the title ("Chief Inspector John Judge").
    if (
      run.core.length > 1 &&
      run.prefix.some((token) => isTitleWord(token.word)) &&
      isPersonTitle(run.core.at(-1)?.word ?? '') &&
      !isGivenName(run.core[0]?.word ?? '')
    )
      continue;
    // "Major League Baseball", "General Assembly Hall": a title before the head word of a body is the
    // first word of the body's name; no person's name opens on "League" or "Assembly".
    const titleBefore = run.prefix.at(-1);
    if (
      run.core.length > 1 &&
      titleBefore !== undefined &&
      isTitleWord(titleBefore.word) &&
      gapBetween(run.text, titleBefore, run.core[0]) === ' ' &&
      ORGANISATION_HEADS.has(lowerWord(run.core[0])) &&
      !run.core.some((token) => isGivenName(token.word))
    ) {
      addOther(run.text.slice(titleBefore.start, run.core.at(-1)?.end), 'organisation', run.order);
      continue;
    }
    // "two Olivier Awards", "the Nobel Prize", "the Ryder Cup": a name closing on a contest's or an
    // honour's word names the contest, whoever it is named after.
    if (run.core.length > 1 && CONTEST_HEADS.has(run.core.at(-1)?.word ?? '')) continue;
    // "By Thiago Mendonça | Lance!", "By Jane Okoro, Reuters": a byline credits the reporter, who
    // is no one in the story.
    if (
      BYLINE_OPENING.test(run.text.slice(0, run.core[0]?.start ?? 0)) &&
      BYLINE_CLOSING.test(run.text.slice(run.core.at(-1)?.end ?? 0))
    )
      continue;
    if (run.core.length === 1) {
      singles.push(run);
      continue;
    }
    if (
      !run.core.every(
        (token, index) =>
          isPlausibleNameWord(token.word) ||
          isNameParticle(token.word) ||
          isMiddleInitial(run.text, token, index, run.core.length) ||
          (index === 0 && initialsAsGivenNames(run)) ||
          (index === 0 && run.prefix.length === 0 && givenNameBeforeJob(run.text, run.core, 0)) ||
          // "Coach Will Mitchell": a word that is also a given name, kept by the title before it.
          (index === 0 &&
            run.core.length === 2 &&
            isTitleBeforeGivenName(run.prefix.at(-1)?.word ?? '') &&
            gapBetween(run.text, run.prefix.at(-1), token) === ' ') ||
          // "Louise Christian": after a plausible first name, a group word is a surname.
          (index > 0 && isGroupWord(token.word) && isPlausibleNameWord((run.core[0] as Token).word)) ||
          // "Actor Christian Slater", "Health Minister Christian Dubé": a given name that is also a
          // group word opens a name when a plausible surname closes it ("Christian Democrats",
          // "Christian Aid" close on a group or a body, not a surname).
          (index === 0 && opensOnGroupWordGivenName(run)) ||
          (index === 0 && royalStyleAsGivenName(run.text, run.core, 0)) ||
          // "halfback Scott Prince", "Gladys Knight", "Anna Bishop": after a given name English
          // prose knows, a title word closing a name of two is the surname ("Mary Queen of Scots"
          // goes on to the realm).
          (index === 1 && closesOnTitleAsSurname(run)) ||
          // "wicketkeeper Nasir Sheikh": a Muslim honorific after a given name is the family name.
          (index > 0 &&
            index === run.core.length - 1 &&
            HONORIFICS_AS_SURNAMES.has(token.word) &&
            isPlausibleNameWord((run.core[0] as Token).word)) ||
          // "Christine May", "Brian May": after a known given name, a month is a surname.
          (index > 0 && MONTH_SURNAMES.has(token.word) && isGivenName((run.core[0] as Token).word)) ||
          // "Wang Jun, a researcher", "Jan van Horn": a month's short form with no day beside it is a
          // given name, first or (family name first, as Chinese and Korean names are) second.
          (MONTHS_AS_GIVEN_NAMES.has(token.word) && !dayBeside(run, token)) ||
          opensFamilyName(run.core, index),
      ) &&
      !hasPlaceInName(run)
    ) {
      for (const token of run.core) {
        if (isPlaceWord(token.word)) addOther(token.word, 'place', run.order);
        else if (KNOWN_ORGANISATIONS.has(token.word) || isAcronym(token.word))
          addOther(token.word, 'organisation', run.order);
      }
      continue;
    }
    // "at Carlos Pellegrini station", "on Nelson Mandela Avenue": a place named after a person.
    if (
      (FACILITY_HEADS.has(lowerWord(tokenAfter(run))) &&
        gapBetween(run.text, run.tokens.at(-1), tokenAfter(run)) === ' ') ||
      listedBeforePluralFacility(run)
    ) {
      facilityNamesakes.add(foldName(name));
      continue;
    }
    // "Adi Mereani" after "Adi Mereani Ravulo": a courtesy title that is also a name, before the
    // given name of the one person introduced with it, is that person.
    const courtesyReference = addressedByCourtesy(run, candidates);
    if (courtesyReference) {
      addCandidateForm(courtesyReference, name);
      courtesyReference.honorificForms.add(name);
      courtesyReference.evidence += personEvidence(run);
      continue;
    }
    const key = foldName(name);
    const candidate = candidates.get(key) ?? emptyCandidate(run.order);
    candidates.set(key, candidate);
    addCandidateForm(candidate, name);
    for (const token of run.prefix)
      if (isCourtesyTitle(token.word)) candidate.courtesies.add(token.word.toLowerCase().replace(/\.$/, ''));
    const styled = styledName(run);
    if (styled) candidate.honorificForms.add(styled);
    candidate.evidence += personEvidence(run);
    if (!OPENS_SENTENCE.test(run.text.slice(0, run.tokens[0]?.start ?? 0))) candidate.seenMidSentence = true;
    tallyMention(mentionTallies, candidate, run);
    candidate.gender ??= genderOf(run);
    const role =
      pluralTitleOffice(run) ??
      statedRole(run) ??
      workerOfFirmKind(run) ??
      jobSetOffBefore(run) ??
      (run.prefix.length === 0 && run.core.length > 1 ? listedAfterPluralJob(run) : null);
    if (role) candidate.roles.push({ text: role, order: run.order });
  }

  // Lone surnames: support for a full name that shares them, or a person in their own right when an
  // honorific or title stands before them ("Mr Blair", "President Putin").
  const lonePeople = new Map<string, PersonCandidate>();
  /** Candidates a lone word acting as a body showed to be that body, with the word. */
  const bodies = new Set<PersonCandidate>();
  const shortNamesOf = new Map<PersonCandidate, string>();
  // The names inside full names, for "Lula" in "Luiz Inácio Lula da Silva", found once for all singles.
  const middleNames = new Map<string, Set<PersonCandidate>>();
  for (const candidate of candidates.values())
    for (const form of candidate.forms.keys())
      for (const middle of form.split(' ').slice(1, -1))
        middleNames.set(middle, (middleNames.get(middle) ?? new Set()).add(candidate));
  const nicknames = nicknamesInNames(paragraphs, candidates);
  const businessWords: { word: string; order: number }[] = [];
  /** "commissioner Junior Noboa": a lone surname's first mention, with the word before it kept. */
  const givenNamesBeforeSurnames = new Map<string, { name: string; run: NameRun }>();
  const surnameUses = new Map<string, number>();
  for (const run of singles) {
    const word = (run.core[0] as Token).word;
    if (!isPlausibleNameWord(word)) continue;
    // "General Motor's results": the singular of a word that ends firms' names ("Motors",
    // "Systems") is what is left of a firm after a title-like first word is peeled, never a surname.
    if (ORGANISATION_HEADS.has(`${word.toLowerCase()}s`)) continue;
    // "the recent Prime Minister Cup": a title in a contest's name leaves the contest, not a holder.
    if (CONTEST_HEADS.has(word)) continue;
    // "the consultancy Prime Advisory": after a kind of body, a rank word and one more word are
    // the body's name, not a title and a surname.
    const kindBefore = run.paragraphTokens[run.firstIndex - 1];
    if (
      run.prefix.length === 1 &&
      TITLE_MODIFIERS.has(lowerWord(run.prefix[0])) &&
      BODIES_SET_OFF_BEFORE_NAME.has(kindBefore?.word ?? '') &&
      gapBetween(run.text, kindBefore, run.tokens[0]) === ' '
    )
      continue;
    // "the General Election": a title word after an article is part of a noun phrase, not a name.
    const determined = ['the', 'a', 'an'].includes(lowerWord(run.paragraphTokens[run.firstIndex - 1]));
    // "Unesco's Representative List of the Intangible Cultural Heritage": a title word in a thing's
    // name; "Lord Nicholls of Birkenhead" is a peer.
    const titled =
      !determined &&
      run.prefix.some((token) => isPersonTitle(token.word)) &&
      !(
        /^ of (?:the )?\p{Lu}/u.test(run.text.slice(run.tokens.at(-1)?.end ?? 0)) &&
        !run.prefix.some((token) => HONORIFICS.has(token.word.toLowerCase()))
      );
    // "Her daughter, Kirsty, said": reporters name family members by their given name alone.
    const kin = tokenBefore(run);
    const namedKin =
      run.prefix.length === 0 &&
      ((KIN_NOUNS.has(lowerWord(kin)) && /^,? $/.test(gapBetween(run.text, kin, run.tokens[0]))) ||
        // "One crane operator, who gave only his first name, Tomas, said": a name given in part.
        FIRST_NAME_ONLY.test(
          run.text.slice(Math.max(0, (run.tokens[0]?.start ?? 0) - 30), run.tokens[0]?.start),
        ));
    // "Suharti, 52, a street food seller, said": one name, as many Indonesians have, with an age
    // or a job set off after it.
    const introduced =
      run.prefix.length === 0 &&
      !run.tokens.at(-1)?.possessive &&
      (/^, \d{1,3},/.test(run.text.slice(run.tokens.at(-1)?.end ?? 0)) ||
        (MONONYM_WHO_SAID.test(run.text.slice(run.tokens.at(-1)?.end ?? 0)) &&
          OPENS_SENTENCE.test(run.text.slice(0, run.tokens[0]?.start ?? 0))) ||
        (/^, (?:a|an) /.test(run.text.slice(run.tokens.at(-1)?.end ?? 0)) && roleAfter(run) !== null));
    // "praised striker Mthembu", "Barca midfielder Deco": sports desks name a player by the
    // position straight before, a surname or the one name a player goes by. Other jobs before one
    // word name a firm as often ("market leader Nintendo", "analyst Gartner").
    const position = tokenBefore(run);
    const namedByJob =
      run.prefix.length === 0 &&
      position !== undefined &&
      (PLAYING_POSITIONS.has(position.word) || PEOPLE_BY_AGE_OR_STANDING.has(position.word)) &&
      gapBetween(run.text, position, run.tokens[0]) === ' ';
    const modifierAsGiven = modifierAsGivenName(run);
    if (modifierAsGiven && !givenNamesBeforeSurnames.has(word))
      givenNamesBeforeSurnames.set(word, { name: modifierAsGiven, run });
    surnameUses.set(word, (surnameUses.get(word) ?? 0) + 1);
    // "Jaylen's father, Wesner Pierre": only a person has a father or a sister.
    const hasKin =
      run.tokens.at(-1)?.possessive === true &&
      KIN_NOUNS.has(lowerWord(tokenAfter(run))) &&
      gapBetween(run.text, run.tokens.at(-1), tokenAfter(run)) === ' ';
    const evidence =
      (titled || namedByJob ? 2 : 0) +
      (speechVerbFollows(run) ? 1 : 0) +
      (inAttributionSlot(run) ? 2 : 0) +
      (namedKin || introduced ? 2 : 0);
    // Evidence for a full name the word belongs to, never enough to make a person of the word
    // alone: "the actor Sylvester's mother" leaves "Sylvester" to "Sylvester Stallone".
    const kinEvidence = hasKin ? 2 : 0;
    const wordKey = nameKeyOf(word);
    // "Many Guns said": the common word that opens a two-word family name was peeled as no name.
    const peeled = run.prefix.at(-1);
    const familyName =
      peeled && run.prefix.length === 1 && gapBetween(run.text, peeled, run.core[0]) === ' '
        ? `${peeled.word} ${word}`
        : '';
    let matching: PersonCandidate[] = [];
    // Every form of every candidate, for every lone word: loops, so no array is copied for it.
    for (const candidate of candidates.values()) {
      for (const form of candidate.forms.keys()) {
        if (
          sameKeyedPerson(nameKeyOf(form), wordKey) ||
          (familyName !== '' && surnameOf(form) === familyName)
        ) {
          matching.push(candidate);
          break;
        }
      }
    }
    // "Queen Ivena … told the Observer" after 'Tameka "Queen Ivena" Jarvis-Pole'.
    const nicknamed = nicknames.get(word);
    const byNickname = matching.length === 0 && nicknamed !== undefined;
    if (byNickname) {
      matching = [nicknamed];
      nicknamed.knownAs.add(word);
    }
    // "Prince Faisal" for "Faisal bin Khalid": royal and religious titles go with the given name.
    if (matching.length === 0 && titled) {
      matching = [...candidates.values()].filter((candidate) =>
        [...candidate.forms.keys()].some((form) => opensOnFamilyName(form, word)),
      );
      // "Dasho Karma" when a Dasho Karma Tshering and an Aum Karma Choden are both in the story.
      if (matching.length > 1) {
        const courtesies = run.prefix.map((token) => token.word.toLowerCase().replace(/\.$/, ''));
        matching = matching.filter((candidate) => courtesies.some((word) => candidate.courtesies.has(word)));
      }
      if (matching.length > 1) matching = [];
    }
    // "Lula" for "Luiz Inácio Lula da Silva": the name a person is known by may sit inside the full one.
    // Only after the full name: "Sutrisno, 54, a farmer" before "Wahyu Sutrisno Hidayat" is a man
    // known by one name (Javanese mononyms), not the other's middle name.
    if (matching.length === 0) {
      const knownBy = [...(middleNames.get(word) ?? [])].filter((candidate) => candidate.order < run.order);
      if (knownBy.length === 1) {
        matching = knownBy;
        knownBy[0]?.knownAs.add(word);
      }
    }
    // "Wang Jun", then "Wang"; "Tan Seng Hock", then "Tan": names written family name first are
    // shortened to their first word, which is then no given name an English-language story knows.
    // Only a word acting as a person does ("Wang said") is read so: "Ningaloo" alone after "Ningaloo
    // Reef" is the place.
    if (matching.length === 0 && evidence + kinEvidence > 0 && !isGivenName(word)) {
      // The full name must have been introduced as a person's ("Wang Jun, a researcher at…", or
      // shown to be someone's otherwise, as "Rahmanullah Zadran celebrates one of his wickets", then
      // "Rahmanullah said", the way Afghan and Indonesian names are shortened): "Merrill said" after
      // "Merrill Lynch" is the firm's short name.
      // "Chidi Okonkwo came off the bench…", then "Chidi said": a word acting as a speaker on its own
      // (a subject of "said", in the attribution slot) that opens exactly one full name written
      // before it is that person's given name, whatever list of names knows it, and is evidence of
      // the full name in turn. A firm is "it said", which acting as a business tells apart.
      const personOnItsOwn = evidence + kinEvidence >= 2 && !actsAsBusiness(run);
      const familyFirst = [...candidates.values()].filter(
        (candidate) =>
          (candidate.roles.length > 0 ||
            candidate.evidence >= 2 ||
            (personOnItsOwn && candidate.evidence >= 0 && candidate.order < run.order)) &&
          [...candidate.forms.keys()].some((form) => opensOnFamilyName(form, word)),
      );
      // "Mr Tan" after "Mr Jonathan Tan Jun Hao" and before "Tan Siew Ling" is introduced: a short
      // form points back to someone already named.
      const namedBefore = familyFirst.filter((candidate) => candidate.order < run.order);
      const pointedAt = familyFirst.length === 1 ? familyFirst : namedBefore.length === 1 ? namedBefore : [];
      if (pointedAt.length === 1) {
        matching = pointedAt;
        pointedAt[0]?.knownAs.add(word);
      }
    }
    // Full name first, surname alone afterwards is how reporters refer to people (not to places
    // or organisations), so a surname on its own later is evidence in itself.
    const reuse = !determined && run.prefix.length === 0 && run.tokens.length === 1 ? 1 : 0;
    // "Ms MacLeod" when a Fiona and an Alasdair MacLeod are both in the story says nothing of either
    // (a Dmitry and a Dmitri Orlov are one man spelt two ways).
    const ambiguous = matching.some((one) =>
      matching.some(
        (other) =>
          one !== other &&
          ![...one.forms.keys()].some((form) =>
            [...other.forms.keys()].some((each) => samePerson(form, each)),
          ),
      ),
    );
    for (const candidate of matching) {
      candidate.evidence += evidence + kinEvidence + (candidate.surnameReuse < 2 ? reuse : 0);
      candidate.surnameReuse += reuse;
      if (ambiguous) continue;
      tallyMention(mentionTallies, candidate, run);
      candidate.gender ??= genderOf(run);
      if (titled)
        candidate.honorificForms.add(
          run.text.slice((run.prefix.at(-1) as Token).start, (run.core[0] as Token).end),
        );
      // "King Zacari" is what the calypsonian is called, not an office he holds.
      const role = byNickname ? null : statedRole(run);
      if (role) candidate.roles.push({ text: role, order: run.order });
    }
    // "Moviment Graffitti, one of the objectors, said…", then "Graffitti activist Andre Camilleri":
    // the name a member's job is held at was a body all along.
    if (
      matching.length > 0 &&
      !titled &&
      MEMBER_THEN_PERSON.test(run.text.slice(run.tokens.at(-1)?.end ?? 0)) &&
      actsAsBusiness(run)
    ) {
      for (const candidate of matching)
        if (![...candidate.forms.keys()].some((form) => isGivenName(form.split(' ')[0] ?? ''))) {
          bodies.add(candidate);
          shortNamesOf.set(candidate, word);
        }
    }
    if (
      matching.length === 0 &&
      !titled &&
      (actsAsBusiness(run) || (!isGivenName(word) && outletCreditedAfterQuote(run)))
    ) {
      businessWords.push({ word, order: run.order });
      continue;
    }
    // "the Bench observed", "the Crown argued", "the Commonwealth says": one capitalised word after
    // "the" is a court, a state or a party to a case speaking; a person alone is never "the X".
    if (matching.length > 0 || evidence === 0 || (determined && run.prefix.length === 0)) continue;
    // "Assistant Commonwealth's Attorney Priya Raghunathan", "Deputy People's Advocate": a possessive
    // between a rank and an office is the office's own name; its holder is named after it.
    const officeAfter = tokenAfter(run);
    if (
      run.tokens.at(-1)?.possessive &&
      run.prefix.every((token) => TITLE_MODIFIERS.has(token.word.toLowerCase())) &&
      officeAfter !== undefined &&
      isPersonTitle(officeAfter.word) &&
      gapBetween(run.text, run.tokens.at(-1), officeAfter) === ' '
    )
      continue;
    const lone = lonePeople.get(word) ?? emptyCandidate(run.order);
    lonePeople.set(word, lone);
    addCandidateForm(lone, word);
    lone.evidence += evidence;
    lone.gender ??= genderOf(run);
    if (titled)
      lone.honorificForms.add(run.text.slice((run.prefix.at(-1) as Token).start, (run.core[0] as Token).end));
    const role = statedRole(run) ?? nameGivenInPartBy(run);
    if (role) lone.roles.push({ text: role, order: run.order });
  }

  const bodiesAndPlaces = new Set<PersonCandidate>();
  for (const candidate of candidates.values()) {
    if (candidate.evidence < 2 || bodies.has(candidate)) continue;
    // "Santé Québec, the agency created last year" was read as a body where it stood: one mention's
    // kind is the others' too.
    const tally = mentionTallies.get(candidate);
    let shortForm: string | undefined;
    for (const form of tally ? candidate.forms.keys() : []) {
      const other = form.includes(' ') ? others.get(foldName(form)) : undefined;
      if (tally && other?.kind === 'organisation') tally.body += 1;
      else if (tally && other?.kind === 'place') tally.place += 1;
      // "Belgrano Cargas y Logística" after "Belgrano Cargas said in a statement": a body's name
      // joined by a small word to more of it is still the body's.
      const words = form.split(' ');
      for (const [at, word] of words.entries())
        if (
          tally &&
          at > 1 &&
          BODY_NAME_JOINERS.has(word) &&
          others.get(foldName(words.slice(0, at).join(' ')))?.kind === 'organisation'
        ) {
          tally.body += 1;
          shortForm = words.slice(0, at).join(' ');
        }
    }
    const kind = readAsBodyOrPlace(candidate, tally);
    if (!kind) continue;
    bodiesAndPlaces.add(candidate);
    const [name = ''] = [...candidate.forms.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
    // "Downtown Reno has jobs": the part of the town opening a sentence is not the town's name.
    const [opening = '', ...rest] = name.split(' ');
    addOther(
      kind === 'place' && rest.length > 0 && PLACE_PART_WORDS.has(opening.toLowerCase())
        ? rest.join(' ')
        : name,
      kind,
      candidate.order,
    );
    // The short form said things as the body: it is the body, named in full.
    if (kind === 'organisation' && shortForm) {
      others.delete(foldName(shortForm));
      others.get(foldName(name))?.aliases.push(shortForm);
    }
  }
  lendEvidenceToFullNames(candidates, (candidate) => bodies.has(candidate) || bodiesAndPlaces.has(candidate));
  // "Garcia de Orta Hospital", then "At Garcia de Orta, the head of obstetrics said": a name the
  // article gave a hospital or a stadium is that place again when no title makes it a person.
  const namedPlaces = new Set(
    [...candidates.values()].filter(
      (candidate) =>
        candidate.honorificForms.size === 0 &&
        candidate.courtesies.size === 0 &&
        [...candidate.forms.keys()].some(
          (form) => form.includes(' ') && facilityNamesakes.has(foldName(form)),
        ),
    ),
  );
  const accepted = [...candidates.values()].filter(
    (candidate) =>
      candidate.evidence >= 2 &&
      !bodies.has(candidate) &&
      !bodiesAndPlaces.has(candidate) &&
      !namedPlaces.has(candidate),
  );
  // "That is not how Petrus Amutenya remembers it. His mother, Loide Amutenya, …": a full name
  // that shares its surname with someone introduced as a relative is the one they are related to,
  // a person whatever the sentence they stand in.
  const relativesSurnames = new Set(
    accepted
      // A partner may be a firm's ("a partner at Clifford Chance"): only a relation that tells a sex counts.
      .filter((candidate) => candidate.roles.some((role) => Boolean(KIN_NOUNS.get(role.text.toLowerCase()))))
      .flatMap((candidate) =>
        [...candidate.forms.keys()]
          .filter((form) => form.includes(' '))
          .map((form) => nameKeyOf(form).surname),
      ),
  );
  for (const candidate of candidates.values()) {
    if (candidate.evidence < 0 || candidate.evidence >= 2 || bodies.has(candidate)) continue;
    const relative = [...candidate.forms.keys()].some((form) => {
      const words = form.split(' ');
      return (
        words.length === 2 &&
        (words[0]?.length ?? 0) > 1 &&
        isPlausibleNameWord(words[0] ?? '') &&
        relativesSurnames.has(nameKeyOf(form).surname)
      );
    });
    if (relative) accepted.push(candidate);
  }
  // A lone word the article also writes in lower case is a common noun ("the Justice Plan", "plan").
  // Gathered only when a lone surname has the evidence to stand: most stories never ask.
  let lowerCaseWords: Set<string> | undefined;
  const writtenInLowerCaseMidSentence = (word: string) => {
    lowerCaseWords ??= new Set(
      paragraphs.flatMap((paragraph) => paragraph.text.match(/(?<![\p{L}.] )\b\p{Ll}[\p{L}-]*/gu) ?? []),
    );
    return lowerCaseWords.has(word);
  };
  // "Cairn said" after "Cairn Energy": the short name of an organisation, not a person.
  const organisationShortNames = new Map<string, string>();
  for (const other of others.values()) {
    const first = other.name.split(' ')[0] ?? '';
    if (other.kind === 'organisation' && other.name.includes(' '))
      organisationShortNames.set(first, other.name);
  }
  const shortNamesUsed = new Map<string, string[]>();
  for (const body of bodies) {
    const [name] = [...body.forms.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
    if (!name) continue;
    addOther(name, 'organisation', body.order);
    shortNamesUsed.set(name, [shortNamesOf.get(body) ?? '']);
  }
  // "Film director Ken Loach" beside "the film": a common noun opening a sentence names no body.
  // Gathered only when a lone word acts as a business: listing every word costs a long story a millisecond.
  let everyWord: Set<string> | undefined;
  const writtenInLowerCase = (word: string) => {
    everyWord ??= new Set(paragraphs.flatMap((paragraph) => paragraph.text.match(/\p{Ll}[\p{L}-]*/gu) ?? []));
    return everyWord.has(word.toLowerCase());
  };
  // "Cellbridge said in a statement" after "Cellbridge Foods" is the short name; otherwise a lone
  // word acting as a business is one, unless a courtesy title made it a person ("Mr Ericsson").
  for (const { word, order } of businessWords) {
    // "The Met said in a statement" after "the Metropolitan Police": a clipped first word.
    const clippedFrom = [...organisationShortNames.entries()].filter(
      ([first]) => first.length > word.length && first.startsWith(word),
    );
    const organisation =
      organisationShortNames.get(word) ?? (clippedFrom.length === 1 ? clippedFrom[0]?.[1] : undefined);
    if (organisation) {
      shortNamesUsed.set(organisation, [...(shortNamesUsed.get(organisation) ?? []), word]);
      lonePeople.delete(word);
    } else if ((lonePeople.get(word)?.honorificForms.size ?? 0) === 0) {
      // Acting as a body is still no person's evidence, even when the word is too common to name one.
      lonePeople.delete(word);
      if (!writtenInLowerCase(word)) addOther(word, 'organisation', order);
    }
  }
  for (const [word, lone] of lonePeople) {
    const organisation = organisationShortNames.get(word);
    if (organisation) {
      shortNamesUsed.set(organisation, [...(shortNamesUsed.get(organisation) ?? []), word]);
      continue;
    }
    if (
      lone.evidence >= 2 &&
      !writtenInLowerCaseMidSentence(word.toLowerCase()) &&
      !PLACE_HEADS.has(word.toLowerCase())
    ) {
      // "Former national baseball commissioner Junior Noboa…", then "Noboa said": the surname used
      // alone again confirms the capitalised word before its first mention as the given name.
      const firstMention = givenNamesBeforeSurnames.get(word);
      if (firstMention && (surnameUses.get(word) ?? 0) >= 2) {
        addCandidateForm(lone, firstMention.name);
        const given = ` ${firstMention.name.slice(0, -word.length - 1)}`;
        const role = statedRole(firstMention.run);
        if (role && !lone.roles.some((each) => each.text === role))
          lone.roles.push({ text: role, order: firstMention.run.order });
        for (const each of lone.roles)
          if (each.text.endsWith(given)) each.text = each.text.slice(0, -given.length).trim();
      }
      accepted.push(lone);
    }
  }

  const people = mergePeople(accepted);
  const drafts: EntityDraft[] = people.map(personDraft);
  dropAmbiguousAliases(drafts);

  const personWords = new Set(drafts.flatMap((draft) => [draft.name, ...draft.aliases]).map(foldName));
  for (const other of others.values()) {
    if (personWords.has(foldName(other.name))) continue;
    drafts.push({
      name: other.name,
      kind: other.kind,
      aliases: [...other.aliases, ...(shortNamesUsed.get(other.name) ?? [])],
      role: null,
      roleKeys: [],
      gender: null,
      order: other.order,
    });
  }
  for (const institution of institutions.values()) {
    if (!drafts.some((draft) => foldName(draft.name) === foldName(institution.name)))
      drafts.push(institution);
  }
  linkAcronyms(paragraphs, drafts);
  linkPopularNames(paragraphs, drafts);
  nameBodiesCitedShortInFull(paragraphs, drafts);
  dropCorporateSuffixes(drafts);
  giveJobsToHoldersNamedAfter(paragraphs, drafts, () => personMentionsOf(runs, drafts), ORDER_PER_PARAGRAPH);
  return drafts.sort((a, b) => a.order - b.order);
}

/**
 * "the Directorate for Priority Crime Investigation, known as the Hawks": a body introduced in
 * full and then by its popular name is one body, spoken of under its full name; the popular name
 * is a short form of it, never a second body.
 */
const KNOWN_AS_POPULAR_NAME =
  /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|in|the|\p{Lu}[\p{L}'’-]*))*),?\s+\(?(?:also\s+|commonly\s+|popularly\s+|better\s+|widely\s+)?known\s+as\s+(?:the\s+)?["“]?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;

function linkPopularNames(paragraphs: readonly Paragraph[], drafts: EntityDraft[]) {
  for (const paragraph of paragraphs) {
    if (!paragraph.text.includes('known as')) continue;
    for (const match of paragraph.text.matchAll(KNOWN_AS_POPULAR_NAME)) {
      const [, longForm = '', popular = ''] = match;
      const owner = drafts.find(
        (draft) => draft.kind === 'organisation' && draft.name.includes(' ') && longForm.endsWith(draft.name),
      );
      if (!owner || owner.name === popular || owner.aliases.includes(popular)) continue;
      const short = drafts.findIndex((draft) => draft.name === popular && draft.kind !== 'person');
      owner.aliases.push(popular, ...(short === -1 ? [] : (drafts[short] as EntityDraft).aliases));
      if (short !== -1) {
        owner.order = Math.min(owner.order, (drafts[short] as EntityDraft).order);
        drafts.splice(short, 1);
      }
    }
  }
}

/** A run of capitalised words, small joining words allowed inside: a candidate full name of a body. */
const CAPITALISED_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}'’-]*))*\s+\p{Lu}[\p{L}'’-]*/gu;

/** "UK Research and Innovation" is UKRI: a word in capitals gives all its letters. */
function capitalInitialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word[0]))
    .join('');
}

/**
 * "after the Health Service Executive published a plan… A spokeswoman for the HSE said", "owned
 * by Mopani Copper Mines… A Mopani spokesperson said": news style names a body in full once and
 * then by its initials or its first word, often without brackets to link them. A body found only
 * under the short form is the one full name in the story that its initials spell, or that opens
 * with the word and ends on a word bodies are named by; it speaks under that full name.
 */
function nameBodiesCitedShortInFull(paragraphs: readonly Paragraph[], drafts: EntityDraft[]) {
  // "Google" beside "Google News", "BT" beside "BT Retail": a body known the world over by its one
  // word, or by initials that are no full name's, is the parent of the division named after it.
  const shortForms = drafts.filter(
    (draft) =>
      draft.kind === 'organisation' &&
      !draft.name.includes(' ') &&
      !isPlaceWord(draft.name) &&
      !KNOWN_ORGANISATIONS.has(draft.name),
  );
  if (shortForms.length === 0) return;
  const fullNames = new Map<string, number>();
  for (const paragraph of paragraphs)
    for (const match of paragraph.text.matchAll(CAPITALISED_NAME)) {
      const name = match[0].replace(/^(?:The|A|An)\s+/, '').replace(/['’]s?$/, '');
      if (name.includes(' ') && !fullNames.has(name))
        fullNames.set(name, paragraph.n * ORDER_PER_PARAGRAPH + (match.index ?? 0));
    }
  const spellsInitials = (short: EntityDraft) => isAcronym(short.name) && short.name.length >= 3;
  const initialsAsked = shortForms.some(spellsInitials);
  // Each full name's words and initials, read once for all the short forms compared with it.
  const fullNameParts = [...fullNames.keys()].map((name) => {
    const words = name.split(/\s+/);
    return { name, words, initials: initialsAsked && words.length >= 2 ? capitalInitialsOf(name) : '' };
  });
  for (const short of shortForms) {
    const spelt = spellsInitials(short);
    const longForms = fullNameParts
      .filter(({ words, initials }) => {
        if (spelt) return words.length >= 2 && initials === short.name;
        return (
          !isAcronym(short.name) &&
          words[0] === short.name &&
          words.length <= 4 &&
          ORGANISATION_HEADS.has((words.at(-1) ?? '').toLowerCase()) &&
          !isPlaceWord(words.slice(1).join(' '))
        );
      })
      .map(({ name }) => name);
    const [longForm] = longForms;
    if (longForms.length !== 1 || !longForm || isGivenName(longForm.split(' ')[0] ?? '')) continue;
    // Named in full first, then short: a full name only after the short one is another body
    // ("Lincoln" the club, later "Lincoln City Council").
    if ((fullNames.get(longForm) ?? Number.POSITIVE_INFINITY) > short.order) continue;
    const known = drafts.find(
      (draft) => foldName(draft.name) === foldName(longForm) || draft.aliases.includes(longForm),
    );
    if (known?.kind === 'organisation') {
      for (const alias of [short.name, ...short.aliases])
        if (!known.aliases.includes(alias)) known.aliases.push(alias);
      known.order = Math.min(known.order, short.order);
      drafts.splice(drafts.indexOf(short), 1);
      continue;
    }
    // A person or a place of that name is no body's full name.
    if (known) continue;
    short.aliases.unshift(short.name);
    short.name = longForm;
    short.order = Math.min(short.order, fullNames.get(longForm) ?? short.order);
  }
}

/** Words a company's legal name ends on and its second mention leaves out. */
const CORPORATE_SUFFIXES = new Set([
  'holdings',
  'group',
  'limited',
  'ltd',
  'inc',
  'plc',
  'corporation',
  'corp',
  'llc',
  'company',
  'co',
]);

/**
 * "Carmel Gateway Holdings", then "Carmel Gateway said in a statement": news style names a company
 * in full once and drops the legal suffix after, so the short form is the same body. Only a suffix
 * is dropped: "Haifa Port" and "Haifa Port Workers' Union" stay two bodies.
 */
function dropCorporateSuffixes(drafts: EntityDraft[]) {
  for (const short of [...drafts]) {
    if (short.kind !== 'organisation' || !short.name.includes(' ')) continue;
    const owners = drafts.filter((draft) => {
      if (draft === short || draft.kind !== 'organisation') return false;
      if (!draft.name.startsWith(`${short.name} `)) return false;
      const rest = draft.name.slice(short.name.length + 1).split(' ');
      return rest.every((word) => CORPORATE_SUFFIXES.has(word.toLowerCase().replace(/\.$/, '')));
    });
    const [owner] = owners;
    if (owners.length !== 1 || !owner) continue;
    owner.aliases.push(short.name, ...short.aliases);
    owner.order = Math.min(owner.order, short.order);
    drafts.splice(drafts.indexOf(short), 1);
  }
}

/** "the Local Government Association (LGA)": the bracketed acronym is the same organisation. */
/** Levels of government written between a place and its institution. */
const GOVERNMENT_LEVELS = new Set([
  'provincial',
  'state',
  'municipal',
  'city',
  'regional',
  'county',
  'federal',
]);

/**
 * "Umbrella for Democratic Change (UDC)", "Kuomintang (KMT)": a name in capitals written straight
 * before bracketed initials that spell it (its words' initials, or a one-word name's letters in
 * order) is that body, found even when no other clue names it one. Its initials, if already taken
 * for a body of their own, become its short form.
 */
function nameBodyBeforeItsInitials(
  longForm: string,
  acronym: string,
  order: number,
  drafts: EntityDraft[],
  textBefore = '',
) {
  if (!/^\p{Lu}{2,}$/u.test(acronym)) return;
  // "the New York Stock Exchange's (NYSE)": the owner's mark is no part of the name.
  const written = longForm.replace(/^(?:The|A|An)\s+/, '').replace(/['’]s?$/, '');
  // "On Monday the Kilusang Magbubukid ng Pilipinas (KMP)": the name is the run's longest tail
  // whose words spell the short form.
  const name =
    tailsFromCapitals(written).find((tail) => spellsShortForm(tail, acronym)) ??
    sentenceCaseBodyName(textBefore, acronym);
  if (name === undefined) return;
  const words = name.split(/\s+/);
  if (isPlaceWord(name) || (words.length > 1 && isGivenName(words[0] ?? ''))) return;
  if (drafts.some((draft) => foldName(draft.name) === foldName(name))) return;
  const short = drafts.findIndex((draft) => draft.name === acronym && draft.kind === 'organisation');
  const aliases = short === -1 ? [acronym] : [acronym, ...(drafts[short] as EntityDraft).aliases];
  const draft: EntityDraft = {
    name,
    kind: 'organisation',
    aliases,
    role: null,
    roleKeys: [],
    gender: null,
    order: short === -1 ? order : Math.min(order, (drafts[short] as EntityDraft).order),
  };
  if (short === -1) drafts.push(draft);
  else drafts.splice(short, 1, draft);
}

/** What stands between the last stop or comma and a bracket. */
const CLAUSE_TAIL = /[^.;:!?()"“”,]*$/u;

/** The words of a name in sentence case that may stand before its bracketed short form. */
const SENTENCE_CASE_NAME_REACH = 9;

/** Articles that open a body's name in French, Spanish, Italian and Portuguese but are no part of it. */
const ROMANCE_ARTICLES = new Set([
  'La',
  'Le',
  'Les',
  "L'",
  'El',
  'Los',
  'Las',
  'Il',
  'Lo',
  'A',
  'O',
  'Os',
  'As',
  'The',
]);

/**
 * "La Fédération interprofessionnelle de la santé du Québec (FIQ)", "la Confederación general de
 * trabajadores (CGT)": French, Spanish, Italian and Portuguese bodies capitalise only the first
 * word of their name and the places in it. The name runs from a capitalised word to the bracket
 * when the short form's letters are, in order, initials of its words: the first word's first, the
 * last word's last, the small joining words skipped.
 */
function sentenceCaseBodyName(textBefore: string, acronym: string): string | undefined {
  const clause = CLAUSE_TAIL.exec(textBefore)?.[0] ?? '';
  const words = clause.trim().split(/\s+/).slice(-SENTENCE_CASE_NAME_REACH);
  for (const [at, first] of words.entries()) {
    if (!isCapitalised(first) || ROMANCE_ARTICLES.has(first)) continue;
    const nameWords = words.slice(at);
    const meaningful = nameWords.filter((word) => !BODY_NAME_JOINERS.has(word.toLowerCase()));
    if (meaningful.every(isCapitalised)) return undefined;
    const initials = meaningful.map((word) => (word[0] ?? '').toUpperCase());
    if (initials[0] !== acronym[0] || initials.at(-1) !== acronym.at(-1)) continue;
    let next = 0;
    for (const initial of initials) if (initial === acronym[next]) next += 1;
    if (next === acronym.length) return nameWords.join(' ');
  }
  return undefined;
}

/** "Lakas ng Mangingisda sa Lawa", "Mangingisda sa Lawa", "Lawa": each tail opening on a capital. */
function tailsFromCapitals(name: string): string[] {
  const words = name.split(/\s+/);
  return words
    .map((word, at) => (/^\p{Lu}/u.test(word) ? words.slice(at).join(' ') : ''))
    .filter((tail) => tail !== '');
}

/**
 * A name's words' initials ("Environment Protection Authority", EPA), a one-word name's letters in
 * order ("Kuomintang", KMT), or the first syllables of each capitalised word, as Philippine and
 * Indonesian bodies are shortened ("Lakas ng Mangingisda sa Lawa", LAMALA).
 */
function spellsShortForm(name: string, acronym: string): boolean {
  const capitalised = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  if (capitalised.length === 1) return spellsInOrder(name, acronym);
  return initialsOf(name) === acronym || openingsSpell(capitalised, acronym.toLowerCase());
}

/** Each word, in order, gives the short form its next one to three letters, and all are used. */
function openingsSpell(words: readonly string[], letters: string): boolean {
  const [word, ...rest] = words;
  if (word === undefined) return letters === '';
  const lower = word.toLowerCase();
  for (let length = Math.min(3, lower.length); length >= 1; length--)
    if (letters.startsWith(lower.slice(0, length)) && openingsSpell(rest, letters.slice(length))) return true;
  return false;
}

/** "Kuomintang" spells KMT: the first letter, then the others in order. */
function spellsInOrder(word: string, acronym: string): boolean {
  if (word.length < 6) return false;
  const lower = word.toLowerCase();
  if (lower[0] !== acronym[0]?.toLowerCase()) return false;
  let at = 1;
  for (const letter of acronym.slice(1).toLowerCase()) {
    at = lower.indexOf(letter, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** The capital initials of a name's words, small words left out: "Environment Protection Authority" is EPA. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** A name in capitals, through its small joining words, straight before its bracketed short form. */
const NAME_BEFORE_SHORT_FORM = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:${[...BODY_NAME_JOINERS].join('|')}|\\p{Lu}[\\p{L}'’-]*))*)\\s+\\((\\p{Lu}[\\p{L}\\d&]{1,7})\\)`,
  'gu',
);

function linkAcronyms(paragraphs: readonly Paragraph[], drafts: EntityDraft[]) {
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(NAME_BEFORE_SHORT_FORM)) {
      const [, longForm = '', acronym = ''] = match;
      const owner = drafts.find((draft) => draft.kind !== 'place' && longForm.endsWith(draft.name));
      if (!owner) {
        nameBodyBeforeItsInitials(
          longForm,
          acronym,
          paragraph.n * ORDER_PER_PARAGRAPH + (match.index ?? 0),
          drafts,
          paragraph.text.slice(0, (match.index ?? 0) + match[0].lastIndexOf('(')),
        );
        continue;
      }
      if (owner.aliases.includes(acronym)) continue;
      // "Environment Canterbury (ECan)", "Bay of Plenty Regional Council (BoPRC)": a short form in
      // mixed case must carry the initials the long form ends on.
      const initials = initialsOf(longForm);
      // A body named in another language keeps its own short form: "National Federation of Banana
      // Producers (Fenabe)", so only a person's bracket ("Dev Mistry (Lab)") must match the initials.
      if (
        /\p{Ll}/u.test(acronym) &&
        !initials.endsWith(acronym.replace(/[^\p{Lu}]/gu, '')) &&
        (owner.kind !== 'organisation' || isPlaceWord(acronym))
      )
        continue;
      owner.aliases.push(acronym);
      const duplicate = drafts.findIndex(
        (draft) => draft !== owner && draft.name === acronym && draft.kind !== 'person',
      );
      if (duplicate !== -1) drafts.splice(duplicate, 1);
    }
  }
  // "The Environment Protection Authority said…", then "An EPA spokeswoman said": initials used
  // without brackets are the one body named in full whose words they begin.
  for (const short of [...drafts]) {
    if (short.kind !== 'organisation' || !isAcronym(short.name) || short.name.length < 3) continue;
    const owners = drafts.filter(
      (draft) =>
        draft.kind === 'organisation' &&
        draft !== short &&
        draft.name.includes(' ') &&
        initialsOf(draft.name) === short.name,
    );
    const [owner] = owners;
    if (owners.length !== 1 || !owner) continue;
    if (!owner.aliases.includes(short.name)) owner.aliases.push(short.name, ...short.aliases);
    drafts.splice(drafts.indexOf(short), 1);
  }
}

/**
 * The forms no other form of the same person contains at its end: "Youssef Abdel Moneim" rather
 * than the "Abdel Moneim" a later paragraph shortened it to.
 */
function fullestForms(forms: readonly string[]): string[] {
  return forms.filter(
    (form) => !forms.some((other) => other !== form && foldName(other).endsWith(` ${foldName(form)}`)),
  );
}

/**
 * "Canon took the lead through Franck Mbarga Ateba…", then "Mbarga Ateba's younger brother": a
 * surname of two words, shown to be a person's later, makes a person of the one full name it ends,
 * which the first mention alone, with a given name no list knows, could not.
 */
function lendEvidenceToFullNames(
  candidates: ReadonlyMap<string, PersonCandidate>,
  isBodyOrPlace: (candidate: PersonCandidate) => boolean,
): void {
  // "Nevertheless Franz Ferdinand were…": a sentence's first word is capitalised whatever it is.
  const unproven = [...candidates.values()].filter(
    (candidate) =>
      candidate.evidence >= 0 &&
      candidate.evidence < 2 &&
      candidate.seenMidSentence &&
      !isBodyOrPlace(candidate),
  );
  if (unproven.length === 0) return;
  const foldedForms = new Map(
    unproven.map((candidate) => [candidate, [...candidate.forms.keys()].map(foldName)] as const),
  );
  for (const lender of candidates.values()) {
    if (lender.evidence < 2 || isBodyOrPlace(lender)) continue;
    for (const form of lender.forms.keys()) {
      // "Nevertheless Franz Ferdinand": a name opening on a given name is whole, and a longer
      // form around it took in a word before it.
      if (!form.includes(' ') || isGivenName(form.split(' ')[0] ?? '')) continue;
      const tail = foldName(form);
      const borrowers = unproven.filter((candidate) =>
        (foldedForms.get(candidate) ?? []).some((full) => endsWithWords(full, tail)),
      );
      const [borrower] = borrowers;
      if (borrowers.length === 1 && borrower) borrower.evidence = 2;
    }
  }
}

function mergePeople(candidates: PersonCandidate[]): PersonCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.order - b.order);
  const merged: PersonCandidate[] = [];
  for (const candidate of sorted) {
    const forms = [...candidate.forms.keys()];
    const fullForms = fullestForms(forms);
    // "Minister Khaled Abdel Moneim" and "pharmacist Youssef Abdel Moneim, no relation": two people
    // whose full names differ are two, however often the surname alone stood for one of them.
    const target = merged.find((existing) =>
      fullestForms([...existing.forms.keys()]).some((form) =>
        fullForms.some((other) => samePerson(form, other)),
      ),
    );
    if (!target) {
      merged.push({ ...candidate, forms: new Map(candidate.forms), roles: [...candidate.roles] });
      continue;
    }
    for (const [form, count] of candidate.forms)
      target.forms.set(form, (target.forms.get(form) ?? 0) + count);
    target.roles.push(...candidate.roles);
    target.gender ??= candidate.gender;
    for (const form of candidate.honorificForms) target.honorificForms.add(form);
    for (const form of candidate.knownAs) target.knownAs.add(form);
    for (const word of candidate.courtesies) target.courtesies.add(word);
    target.evidence += candidate.evidence;
  }
  return mergeGivenNamesIntoFullNames(merged);
}

/**
 * "his younger brother Rohan", then "Aditya and Rohan Desai": a person first called by a given name
 * alone is the one person whose full name opens with it, when only one does.
 */
function mergeGivenNamesIntoFullNames(people: PersonCandidate[]): PersonCandidate[] {
  const absorbed = new Set<PersonCandidate>();
  for (const person of people) {
    const forms = [...person.forms.keys()];
    // "Mr Ferguson" is a surname, which no full name opens with.
    if (person.honorificForms.size > 0 || forms.some((form) => form.includes(' '))) continue;
    const holders = people.filter(
      (other) =>
        other !== person &&
        [...other.forms.keys()].some((form) => forms.some((given) => form.startsWith(`${given} `))),
    );
    const holder = holders[0];
    if (holders.length !== 1 || !holder) continue;
    // "his son Nick, a trainee vicar" and "politics student Nick Vaughan": each with a part of
    // their own in the story, they are two people.
    if (person.roles.length > 0 && holder.roles.length > 0) continue;
    for (const [form, count] of person.forms) holder.forms.set(form, (holder.forms.get(form) ?? 0) + count);
    holder.roles.push(...person.roles);
    holder.gender ??= person.gender;
    for (const form of person.knownAs) holder.knownAs.add(form);
    holder.evidence += person.evidence;
    holder.order = Math.min(holder.order, person.order);
    absorbed.add(person);
  }
  return people.filter((person) => !absorbed.has(person));
}

const LEADING_INITIAL = /^\p{Lu}\. (\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+)$/u;

function personDraft(candidate: PersonCandidate): EntityDraft {
  const forms = [...candidate.forms.entries()];
  // The fullest form the article uses; among equals, the one it uses most, then the first.
  const [name] = forms.reduce((best, current) => {
    const words = (form: string) => form.split(/\s+/).length;
    if (words(current[0]) > words(best[0])) return current;
    if (words(current[0]) === words(best[0]) && current[1] > best[1]) return current;
    return best;
  });
  const aliases = new Set<string>();
  for (const [form] of forms) {
    if (form !== name) aliases.add(form);
    if (form.includes(' ')) for (const surname of surnameForms(surnameOf(form))) aliases.add(surname);
  }
  for (const form of candidate.honorificForms) aliases.add(form);
  for (const form of candidate.knownAs) aliases.add(form);
  // "H. Bambang Sutedjo", "J. Robert Oppenheimer": a lone initial before a given name and surname
  // (or the Indonesian "H." for Haji) is dropped when the person is cited by the rest.
  const afterInitial = LEADING_INITIAL.exec(name);
  if (afterInitial?.[1]) aliases.add(afterInitial[1]);
  aliases.delete(name);
  // A job named by a noun ("a retired headteacher") says what someone is; "who chairs the
  // Friends of the Pier" says what they do, and is the role only when the article gives no other.
  const roles = [...candidate.roles].sort((a, b) => roleRank(a.text) - roleRank(b.text) || a.order - b.order);
  const roleKeys = roles.map((role) => roleKeyOf(role.text)).filter((key): key is RoleKey => key !== null);
  return {
    name,
    kind: 'person',
    aliases: [...aliases],
    role: roles[0]?.text ?? null,
    roleKeys,
    gender: candidate.gender,
    order: candidate.order,
  };
}

/** A surname two people share names neither of them on its own. */
function dropAmbiguousAliases(drafts: EntityDraft[]) {
  const owners = new Map<string, number>();
  for (const draft of drafts) {
    for (const alias of new Set(draft.aliases.map(foldName))) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  }
  for (const draft of drafts) {
    draft.aliases = draft.aliases.filter((alias) => (owners.get(foldName(alias)) ?? 0) < 2);
  }
}
