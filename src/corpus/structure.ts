import { findDate } from './dates.js';
import { capitalisedRatio, endsSentence, wordCount } from './text-signals.js';

/**
 * Recognisers for the framing lines every news page has around its story: captions, bylines and wire
 * datelines. Each works on one line; the classifier decides where on the page they are believable.
 */

const AGENCIES =
  'AFP|Reuters|AP|EPA|EPA-EFE|Getty|Getty Images|Anadolu|Anadolu Agency|AAP|ANSA|Xinhua|dpa|Kyodo|Yonhap|Sipa|' +
  'Shutterstock|Alamy|PA|PA Media|PA Wire|PA Archive|PA Images|Bloomberg|SANA|Tass|TASS|Sputnik|WAFA|IRNA|UPI|NurPhoto|Zuma|File|File photo|' +
  'Handout|Supplied|Courtesy|Social media|Screengrab|Screenshot|MEE|Al Jazeera';

/** An outlet named by its web address in a credit: "cleveland.com", "scheldtcourier.be". */
const WEB_ADDRESS = String.raw`\p{Ll}[\p{L}\p{N}-]+\.(?:com|org|net|news|co\.uk|com\.au|ca|ie|be|nl|de|fr)`;

const WIRE_SIGN_OFF = /[.!?]["'”’]?\s*\(\p{Lu}{2,6}\)$/u;

const CAPTION_LABEL = /^(?:image|media|photo|video|picture) caption\s*[,:]?\s*/i;
const CAPTION_PATTERNS: RegExp[] = [
  // "A rendering of the proposed LRT stop at King Street East and Ottawa Street. Metrolinx": a drawing
  // or an aerial view is a picture's subject, named with the picture's kind, often with its source after.
  // "An aerial view of the site shows …" is reporting on the picture, with a verb of its own.
  /^(?:An? |The )?(?:rendering|artist['’]s (?:impression|rendering)|architect['’]s (?:drawing|rendering|impression)|aerial (?:view|photo)|computer-generated image) of\b(?![^.]*\b(?:shows?|showed|reveals?|revealed|is|are|was|were|has|have|had|will|would|suggests?|released|published)\b)[^"“”.]{5,200}\.(?:\s+\p{Lu}[\p{L}\p{N}&.'’/-]*(?: \p{Lu}[\p{L}\p{N}&.'’/-]*){0,3})?$/u,
  // "(Shamil Zhumatov/AFP)", "[Mohammed Salem/Reuters]": photographer / agency at the very end
  /[([][^()[\],]*\p{L}[^()[\],]*\/\s*[^()[\],]*\p{L}[^()[\],]*[)\]]\.?$/u,
  new RegExp(`[(\\[]\\s*(?:photo\\s*:?\\s*)?(?:${AGENCIES})(?: via Getty Images)?\\s*[)\\]]\\.?$`, 'i'),
  // "Marco Jansen celebrates the wicket of Kusal Mendis•Getty Images": a picture library's name glued
  // to the caption by a bullet, as sports sites print it.
  new RegExp(`\\p{L}[.)]?\\s*•\\s*(?:[\\p{L}. ]{1,30}\\/\\s*)?(?:${AGENCIES})$`, 'iu'),
  // "... in Moscow. Photograph: Shamil Zhumatov/AFP/Getty Images"
  /\b(?:photograph|photo|picture|pic|image|credit|photo credit|photo by|pictured)\s*:\s*[^.]{2,80}\.?$/i,
  // "... an apartment block in Perth. Source: AAP / Richard Wainwright"
  new RegExp(`[.!?]["'”’]?\\s+Source\\s*:\\s*(?:(?:${AGENCIES})\\b[^.]{0,40}|[^./]{1,40}/[^./]{1,40})$`, 'u'),
  // "... the rent cap on Thursday. Photo via BC government."
  /[.!?]["'”’]?\s+(?:Photo|Image|Picture|Video)s? (?:via|from) \S[^.]{1,60}\.?$/u,
  // "... the Poplar Street Bridge in St. Louis. Robert Cohen, Post-Dispatch": photographer, outlet
  // The space after the full stop may be lost on copy, and the outlet may be its web address:
  // "... through Wednesday night.John Kuntz, cleveland.com". The name may carry a middle initial:
  // "... on Wednesday, Nov. 25, 2026. Kimberly P. Mitchell, Detroit Free Press".
  new RegExp(
    `[.!?]["'”’]?\\s*\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+)){1,2},\\s*(?:(?:The\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}|${WEB_ADDRESS})$`,
    'u',
  ),
  // "Farmers harvest rice in Ayeyarwady Region. / The Irrawaddy", "... during a past briefing. /FILE"
  /[.!?]["'”’]?\s+\/\s*\p{Lu}[\p{L}\p{N} .&'’-]{1,40}$/u,
  // "... on Carey Road. VIA DISTRICT OF SAANICH", "... in 1974. COURTESY OF THE FAMILY": who supplied
  // the picture, in capitals after the caption's full stop.
  /[.!?]["'”’]?\s+(?:VIA|COURTESY(?: OF)?)\s+[\p{Lu}\p{N}][\p{Lu}\p{N} .&'’-]{1,40}$/u,
  // "... at the Dodoma station. PHOTO | FILE"
  /[.!?]["'”’]?\s+(?:photo|picture|image|pic)s?\s*[|/]\s*\S[^.]{0,40}$/i,
  /\b(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Ii]llustration)s? by [\p{Lu}][^.]{2,80}\.?$/u,
  // "... at a transformer station in Jahra. — KUNA photo": an agency's photo after a dash.
  /[.!?]["'”’]?\s*[—–-]\s*\p{Lu}{2,8} (?:file )?(?:photo|picture|image)\.?$/u,
  // "... in Virac, Catanduanes. Photo courtesy of OCD Bicol"
  /\b(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?) courtesy of [\p{Lu}][^.]{1,60}$/u,
  // Wire gallery captions: "... REUTERS/Evgenia Novozhenina", "(AP Photo/Hussein Malla)"
  /\b(?:REUTERS|AP Photo|AFP|EPA(?:-EFE)?|XINHUA|ANADOLU|Getty Images|SANA)\s*\/\s*[\p{L} .'’-]+(?:\/[\p{L} ]+)?\)?\.?$/u,
  /\bvia Getty Images\)?\.?$/i,
  /^\[\d+\s*\/\s*\d+\]/,
  // "... have reappeared, in January. Albert Garcia": the photographer's name after the full stop
  /[.!?]["'”’]?\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u,
  // "... in Dubai. Antonie Robertson / The National", "... 2025. STEPHANE DE SAKUTIN / AFP"
  // The space after the full stop may be lost on copy: "... 2024 wildfire.Amber Bracken/The Globe and Mail"
  // or set after a dash: "... on Tuesday. - AZHAR MAHFOF/The Star"
  /[.!?]["'”’]?\s*(?:[-–—]\s*)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4}\s*\/\s*\p{Lu}[\p{L}\p{N}'’. -]{1,40}$/u,
  // "... and segregated cycle tracks (file image)"
  /\((?:[Ff]ile|[Ss]tock|[Ll]ibrary|[Aa]rchive) (?:image|photo|picture|pic|photograph)\)\.?$/u,
  // "... at a trade show in Tokyo. getty": an agency named after the caption's full stop
  /[.!?]\s+(?:getty(?: images)?|afp|reuters|ap|epa|shutterstock|alamy|bloomberg|dpa|anadolu|yonhap|xinhua|kyodo|ansa|belga|aap)(?:\s+via\s+\w+)?$/i,
  // "... in Tokyo on Monday. | Bloomberg", "... on Thursday. | Photo Credit: Special Arrangement"
  /[.!?]["'”’]?\s*\|\s*[\p{Lu}][\p{L}\p{N} .:&'’/-]{1,50}$/u,
  // "... as imported rice floods markets. —RICHARD A. REYES": the photographer in capitals after a dash
  /[.!?]["'”’]?\s*[—–]\s*\p{Lu}[\p{Lu} .'’-]{3,40}$/u,
  // "... south of Tel Aviv, May 2024. (Flash90)": a credit in brackets after the closing full stop
  /[.!?]["'”’]?\s*[([][^()[\]]{2,40}[)\]]$/u,
  // "(Supplied: AIMS)", "(ABC News: Ian Cutmore)": credit label and source in brackets at the end
  /\((?:supplied|file|handout|courtesy|photo|picture|image|credit|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2})\s*:\s*[^()]{2,40}\)\.?$/iu,
  // "... on February 20, 2026. © Philippe Lopez, AFP", "... 2025. - Copyright Petros Giannakouris/AP Photo"
  /(?:©|[-–—]\s*Copyright)\s*[\p{Lu}][^.©]{2,60}$/u,
  // "...the request of officials.Credit...Olena Kravets for The New York Times"
  /\bCredit\s*(?:\.\.\.|…|:)\s*\S[^.]{2,80}$/u,
  // "(Caitlin O’Hara for The Washington Post)": photographer working for the outlet
  /\((?:photo:?\s*)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3} for [^()]{2,50}\)\.?$/u,
  // The photographer's name and address after the full stop, perhaps with no space between:
  // "... on Nov. 12, 2026. Paul Kitagaki Jr.pkitagaki@sacbee.com"
  /[.!?]["'”’]?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*\p{Ll}[\p{L}\p{N}._-]*@[\p{L}\p{N}.-]+\.\p{L}{2,}$/u,
  // Or after the caption's full stop, unbracketed: "Pickets gather at dawn. Jan Peeters for The Courier"
  new RegExp(
    `[.!?]["'”’]?\\s*\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2} for (?:(?:The\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}|${WEB_ADDRESS})$`,
    'u',
  ),
  /^(?:file photo|file image|pictured|above|top|left|right|main image)\s*[:,-]\s*/i,
  // "FILE - A sand barge moves along ...": the agencies' mark on an archive picture's caption.
  /^FILE(?: PHOTO)?\s*[-–—:]\s+\p{Lu}/u,
  // "Screenshot of a NetBlocks post showing network data for Tanzania."
  /^(?:a )?(?:screenshot|screengrab|screen grab|still|video still) (?:of|from)\b/i,
  // "Photo of a Kenyan using eCitizen on a laptop": the picture's alternative text, pasted as a line.
  /^(?:a )?(?:photo|image|picture|photograph|file photo) (?:of|showing)\s/i,
  // "Representational image of people covering their heads in the heat | ANI"
  /^(?:representational|representative|illustrative) (?:image|photo|picture)\b/i,
  // "A person using an inhalerShutterstock/Africa Studio": the credit run on with no space at all
  /\p{Ll}\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*\/\s*\p{Lu}[\p{L}\p{N}'’. -]{1,40}$/u,
  // "... is lost through leaks. File picture"
  /[.!?]["'”’]?\s*(?:[Ff]ile|[Ss]tock|[Ll]ibrary|[Aa]rchive|[Ss]taff|[Hh]andout|[Ss]ubmitted|[Cc]ontributed) (?:picture|photo|image|photograph)\.?$/u,
  // "... during a storm. Courtesy of ODOT", "Photo courtesy ODOT", "Provided by ODOT", "ODOT via AP"
  /[.!?]["'”’]?\s*(?:(?:[Pp]hotos?\s+)?[Cc]ourtesy(?: of)?|[Pp]rovided by|[Ss]ubmitted by)\s+(?:the\s+)?\p{Lu}[^.]{1,60}\.?$/u,
  new RegExp(
    `[.!?]["'”’]?\\s*\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|the)){0,4} via (?:${AGENCIES})$`,
    'u',
  ),
  // The photographer and the outlet's address: "... storm. John Kuntz/cleveland.com", "JOHN KUNTZ | cleveland.com"
  new RegExp(
    `[.!?]["'”’]?\\s*\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}\\s*[/|]\\s*(?:\\p{Lu}[\\p{L}\\p{N} .&'’-]{1,40}|${WEB_ADDRESS})$`,
    'u',
  ),
  // "... on August 30, 2026. Photograph by Cody Ellison": the photographer credited on the caption's line.
  /[.!?]["'”’]?\s+(?:Photograph|Photography|Photo|Picture|Image|Illustration)s? by \p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u,
  // "... at a transformer station in Jahra. — KUNA photo": the agency's photo, credited after a dash.
  /[.!?]\s*[—–-]\s*\p{Lu}[\p{L}\p{N}./&-]*(?:\s+\p{Lu}[\p{L}\p{N}./&-]*){0,3}\s+(?:photo|picture|image)s?$/iu,
  // "WATCH: Union leaders say talks ... have stalled over wages and scheduling. – May 19, 2026": a dated
  // video's caption.
  /^(?:WATCH|VIDEO)\s*:\s+.+\s[–—-]\s+\p{L}{3,9}\.? \d{1,2}, \d{4}$/u,
  // "... in a classroom in Phoenix. Caitlin O'Hara for TIME": the photographer on assignment for the outlet.
  /[.!?]\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} for (?:The )?\p{Lu}[\p{L}\p{N}&'’. -]{1,40}$/u,
  // "A TTC streetcar on King Street. CITYNEWS": the outlet's or agency's name in capitals after the caption.
  /^[^"“”!?]{10,200}\.\s+\p{Lu}{4,}(?:\s\p{Lu}{2,}){0,2}$/u,
  // "A farmer harvests rice in Battambang province. Supplied": a picture handed to the paper.
  /[.!?]["'”’]?\s+(?:Supplied|Handout|Contributed|Courtesy photo)\.?$/u,
];

export function isCaption(text: string): boolean {
  if (CAPTION_LABEL.test(text)) return true;
  // "... would seek clarification, the chamber said. (PNA)": a wire story's sign-off closes its last
  // paragraph; a caption shows a scene and quotes no one.
  if (WIRE_SIGN_OFF.test(text) && attributes(text)) return false;
  // "(APA/Reuters)" alone: who filed the story, with no picture described.
  if (/^\([^()]{2,40}\)$/.test(text.trim()) && !/\b(?:photo|picture|image)\b/i.test(text)) return false;
  // "I. The Block", "2. The Offers", "Part II. The Offer": a long read's numbered section heading, not
  // a sentence and a photographer's name.
  if (NUMBERED_SECTION.test(text.trim())) return false;
  return wordCount(text) <= 80 && CAPTION_PATTERNS.some((pattern) => pattern.test(text));
}

const NUMBERED_SECTION =
  /^(?:(?:Part|Chapter|Section|Act)\s+)?(?:[IVXLC]{1,6}|\d{1,2})\.\s+\p{Lu}[^.!?]{0,60}$/u;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "... on Jan. 15.", "... on Tuesday.", "... in July 2025.", "... last summer.": when the picture was taken. */
const WHEN_TAKEN = new RegExp(
  `\\b(?:(?:on|in|during) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH}(?: \\d{1,2})?(?:,? \\d{4})?|(?:19|20)\\d\\d)|(?:last|this) (?:week|month|year|summer|winter|spring|autumn|fall))\\.$`,
  'u',
);
/**
 * Agency captions close on the full date, year and all ("... in Marietta, Oklahoma, on May 1, 2026.");
 * a story's own opening names the day, not the year.
 */
const DATED_IN_FULL = new RegExp(
  // Or after a comma, with no preposition: "... in a Beirut neighbourhood, May 4, 2026."
  `(?:\\b(?:on|in) |, )(?:${MONTH} \\d{1,2},? (?:19|20)\\d\\d|\\d{1,2} ${MONTH} (?:19|20)\\d\\d)\\.$`,
  'u',
);
/** A scene described in the present: "A newborn baby is cared for", "A labourer carries a sack". */
const PRESENT_SCENE = new RegExp(
  // "is displayed at a clinic", "are moored in the harbour": not "is determined to", "is set to".
  '\\b(?:is|are) (?:being )?(?:\\p{Ll}+(?:ed|en)|held|seen|shown|lit)(?: for)? ' +
    '(?:at|in|on|outside|inside|near|along|beside|behind|under|over|during|after|across)\\b|' +
    '\\b(?:stands|sits|walks|carries|holds|waits|gathers|poses|lies|queues|prays|wades|inspects|looks on) |' +
    // Plural subjects: "Residents wade through floodwater", "Voters queue outside a polling station".
    '\\b(?:stand|sit|walk|wait|gather|queue|pray|wade|march|sort|shelter|rest) (?:through|outside|inside|in|at|on|near|along|beside|behind|under|for|past|during)\\b',
  'u',
);
/**
 * Picture desks also write the scene with a participle and no finite verb: "Excavators clearing debris
 * from the road at Rupse on Tuesday.", "Flooded farmland near the river in Missouri on April 10."
 * Reporting of the same length has a verb in the past tense ("Workers building the dam went on strike").
 */
const PARTICIPLE_SCENE =
  /^[\p{Lu}\p{N}][\p{L}\p{N}'’-]*\s(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s){0,3}?\p{Ll}{2,}ing\s/u;
const ADJECTIVE_SCENE = /^(?:\p{Lu}\p{Ll}+(?:ed|en)) \p{Ll}+ (?:near|in|at|on|outside|along|beside|after)\b/u;
// "seaweed", "speed", "need": nouns that end like a past tense.
const FINITE_VERB =
  /\b(?:(?!\p{Ll}*(?:weed|speed|need|breed|greed|deed|feed|steed|tweed|seed)\b)\p{Ll}{3,}ed|went|came|took|made|began|left|held|fell|rose|met|gave|found|won|lost|hit|struck|became|told|said|broke|goes|gets|makes|takes|comes|says|saw|sent|spent|brought|built|kept|led|paid|put|ran|set|shut|sold|stood|threw|wrote|is|are|am|be|do|does|did|can|may|might|must|shall|should)\b/u;
const MAX_PARTICIPLE_CAPTION_WORDS = 18;

/** "After bubbling under ...", "While touring ...": a clause opening a sentence, not a scene's subject. */
const OPENS_WITH_CLAUSE =
  /^(?:after|before|while|when|since|despite|without|by|on|in|for|following|during)\b/i;

function participleScene(text: string): boolean {
  // A scene is one phrase; an apposition or a clause after a comma carries a verb of its own.
  if (wordCount(text) > MAX_PARTICIPLE_CAPTION_WORDS || text.includes(',') || OPENS_WITH_CLAUSE.test(text))
    return false;
  const opening = PARTICIPLE_SCENE.exec(text) ?? ADJECTIVE_SCENE.exec(text);
  // The first word may be a participle used as an adjective ("Flooded farmland ...").
  return opening !== null && !FINITE_VERB.test(text.replace(/^\S+/, ''));
}

/** Has a verb of its own: a caption's scene ("A BC Ferries vessel at the terminal.") has none. */
export function hasFiniteVerb(text: string): boolean {
  return FINITE_VERB.test(text);
}

/** Says who says so: a caption shows, reporting attributes. */
export function attributes(text: string): boolean {
  return REPORTING_WORDS.test(text);
}

/**
 * "Fishermen hauling nets on the Tonle Sap lake in Kampong Chhnang province.", "Cocoa beans drying in
 * the sun in a village near Daloa, western Ivory Coast.": a scene with a participle and no verb, at
 * most a place after a comma. Not a sentence a story opens with, whether or not it says when.
 */
export function showsSceneWithoutVerb(text: string): boolean {
  const trimmed = text.trim();
  if (!endsSentence(trimmed) || /["“”«»]/.test(trimmed) || REPORTING_WORDS.test(trimmed)) return false;
  const [scene = '', ...places] = trimmed.replace(/[.…]+$/, '').split(/,\s*/);
  if (places.some((place) => wordCount(place) > MAX_PLACE_WORDS || FINITE_VERB.test(place))) return false;
  // Undated, only the plainest shape will do: a noun or two, then the participle ("Cocoa beans
  // drying"). "Leicester withstood a stunning Wasps comeback" has its verb before the "-ing" word.
  return !NOT_A_SCENE.test(trimmed) && SUBJECT_THEN_PARTICIPLE.test(scene) && participleScene(scene);
}

const MAX_PLACE_WORDS = 4;

/**
 * "A train at London Euston, where delays on the West Coast Main Line have worsened this year.": what
 * or who is pictured and where, then a clause about the place. The picture's subject has no verb of
 * its own.
 */
export function showsPlaceThenClause(text: string): boolean {
  const trimmed = text.trim();
  const shape = PLACE_THEN_CLAUSE.exec(trimmed) ?? PERSON_IN_PLACE_THEN_CLAUSE.exec(trimmed);
  if (shape === null || !endsSentence(trimmed) || /["“”«»]/.test(trimmed) || REPORTING_WORDS.test(trimmed))
    return false;
  return wordCount(trimmed) <= MAX_UNCREDITED_CAPTION_WORDS && !FINITE_VERB.test(shape[1] ?? '');
}

/**
 * "A Metro bus on Royal Avenue in Belfast.": a thing and where it is, nothing done. A story's first
 * paragraph says what happened, at greater length.
 */
export function showsThingInPlace(text: string): boolean {
  const trimmed = text.trim();
  if (wordCount(trimmed) > MAX_THING_IN_PLACE_WORDS || CALENDAR_WORD.test(trimmed)) return false;
  if (THING_IN_PLACE.test(trimmed)) return !FINITE_VERB.test(trimmed);
  // "Longline vessels tied up at Apia wharf.": the state a thing is pictured in, with no verb.
  const state = THING_IN_STATE.exec(trimmed);
  return (
    state !== null && !FINITE_VERB.test(trimmed.slice(state[0].length)) && !FINITE_VERB.test(state[1] ?? '')
  );
}

const THING_IN_STATE =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:tied up|moored|docked|anchored|parked|stacked|piled|stranded|beached|abandoned|submerged|lined up|laid out)\s+(?:at|in|on|near|outside|along|beside|off)\s/u;

const MAX_THING_IN_PLACE_WORDS = 10;

/**
 * "Els Peeters at the union hall in Antwerp.", "Pickets outside the gates of the Deurganck dock.": who
 * or what is pictured, then only where and when, with no verb at all. Short, as a caption is.
 */
export function showsSubjectInPlace(text: string): boolean {
  const trimmed = text.trim();
  return (
    wordCount(trimmed) <= MAX_THING_IN_PLACE_WORDS + 2 &&
    !/["“”«»,;:]/u.test(trimmed) &&
    !FINITE_VERB.test(trimmed) &&
    !REPORTING_WORDS.test(trimmed) &&
    !NOT_A_SCENE.test(trimmed) &&
    // "The contract starts in July next year.": a time is no place, and the word before it a verb.
    !CALENDAR_WORD.test(trimmed) &&
    !/\b(?:next|last|this) (?:year|month|week)\b/i.test(trimmed) &&
    // "A ship sits in the harbour.": after a singular article, a word ending in -s is the verb.
    !/^An?\s+(?:[\p{Ll}'’-]+\s+){0,2}\p{Ll}+[^s\s]s\s/u.test(trimmed) &&
    SUBJECT_THEN_PLACES.test(trimmed)
  );
}

const PLACE_PHRASE =
  "\\s+(?:at|in|on|near|outside|inside|along|beside|behind|under|during)\\s+(?:(?:the|a|an|her|his|their|its)\\s+)?[\\p{L}\\p{N}'’-]+(?:\\s+(?:of\\s+(?:the\\s+)?)?[\\p{L}\\p{N}'’-]+){0,2}";
const SUBJECT_THEN_PLACES = new RegExp(
  `^(?:(?:A|An|The)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}[\\p{Ll}'’-]+|The\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}|\\p{Lu}\\p{Ll}+s)(?:${PLACE_PHRASE}){1,3}\\.$`,
  'u',
);

/**
 * "Farmers harvest maize in Nasho Sector, Kirehe District, where the new scheme will draw water from
 * Lake Mugesera.", "Grain ships wait to berth at the Port of Santos, Latin America's busiest terminal.",
 * "The shared kitchen on the ground floor, where tenants held their first meetings.": a picture desk
 * names the scene, then says something about the place shown, in a clause on "where" or in a phrase
 * with no verb. Reporting has its verb and its source in the sentence's main clause.
 */
export function showsSceneWithPlaceNote(text: string): boolean {
  const trimmed = text.trim();
  if (!endsSentence(trimmed) || wordCount(trimmed) > MAX_UNCREDITED_CAPTION_WORDS) return false;
  if (/["“”«»;:]/u.test(trimmed) || REPORTING_WORDS.test(trimmed) || /[.!?]\s+\p{Lu}/u.test(trimmed))
    return false;
  const comma = trimmed.indexOf(',');
  if (comma === -1) return false;
  const scene = `${trimmed.slice(0, comma)}.`;
  // The county or district the place lies in may follow it: ", Kirehe District, where ...".
  const note = trimmed
    .slice(comma + 1)
    .replace(/^(?:\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},)+/u, '')
    .trim();
  // An apposition names the place again ("the city's busiest terminal"); "checking fences and cameras"
  // goes on with what the subject does, as reporting does.
  // A dash or an infinitive goes on to tell what happened there ("Havana - the first western rock band
  // to play there").
  const apposition =
    PLACE_APPOSITION.test(note) &&
    wordCount(note) <= MAX_PLACE_NOTE_WORDS &&
    !FINITE_VERB.test(note) &&
    !/[-–—]\s|\bto\s/u.test(note);
  const aboutPlace = PLACE_CLAUSE.test(note) || apposition;
  if (!aboutPlace || note.includes(',')) return false;
  return (
    showsPresentScene(scene) ||
    showsThingInPlace(scene) ||
    showsSubjectInPlace(scene.replace(ARTICLE_AND_PARTICIPLE, (match) => match.split(/\s+/)[0] ?? match))
  );
}

const PLACE_CLAUSE = /^where\s/;
const PLACE_APPOSITION = /^(?:(?:the|a|an|its|their)\s|\p{Lu})/u;
const MAX_PLACE_NOTE_WORDS = 10;

/**
 * "The shoebox of offers Imbesi has received since 2014.": a thing and what someone did with it, in a
 * clause with no main verb after it. A sentence of the story goes on to say what the thing did.
 */
export function showsThingWithItsStory(text: string): boolean {
  const trimmed = text.trim();
  return wordCount(trimmed) <= MAX_THING_IN_PLACE_WORDS + 2 && THING_AND_CLAUSE.test(trimmed);
}

const THING_AND_CLAUSE =
  /^(?:The|A|An)\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:of\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,2})?(?:\p{Lu}\p{Ll}[\p{L}'’-]*|she|he|they|we)\s+(?:(?:has|had|have)\s+)?(?:\p{Ll}{2,}ed|kept|built|made|found|bought|sold|wrote|took|left|won)(?:\s+(?:since|in|on|at|from|for|during|over|after|before|with)\s+[^,.;]{1,40})?\.$/u;

/**
 * "Rice on sale at a supermarket in Tokyo", "L.F. Wade International Airport terminal": a picture's
 * subject named in a few words, with no verb and no full stop: a thing where it is, or a place or
 * building by its name. A subhead or a label has the same shape, so only where a picture's caption
 * stands may this be read as one.
 */
export function namesPictureSubject(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words < MIN_NAMED_SUBJECT_WORDS || words > MAX_NAMED_SUBJECT_WORDS) return false;
  // A comma sets off a job's institution ("Senior Lecturer in Public Health, University of Leeds").
  if (/[.!?]$/u.test(trimmed) || /[,;:"“”«»|]/u.test(trimmed) || FINITE_VERB.test(trimmed)) return false;
  if (REPORTING_WORDS.test(trimmed) || NOT_A_SCENE.test(trimmed)) return false;
  const thingInPlace =
    /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s+(?:on sale |on display |for sale )?(?:at|in|on|near|outside|inside|along|beside) (?:a|an|the|\p{Lu})/u;
  return thingInPlace.test(trimmed) || PLACE_NOUN_LAST.test(trimmed);
}

const MIN_NAMED_SUBJECT_WORDS = 3;
const MAX_NAMED_SUBJECT_WORDS = 12;
const PLACE_NOUN_LAST =
  /\b(?:airport|terminal|station|harbou?r|port|bridge|hospital|school|building|headquarters|plant|factory|refinery|mine|market|stadium|courthouse|campus|museum|library|prison|embassy|palace|parliament|tower|pier|dam|reservoir|shelter|camp|depot|warehouse|runway|highway|motorway|glacier|skyline|waterfront)$/i;
const PLACE_NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}";
// "A Metro bus on Royal Avenue in Belfast.", "Trams on Swanston Street during the morning peak."
const THING_IN_PLACE = new RegExp(
  `^(?:(?:A|An|The)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?|\\p{Lu}\\p{Ll}+s\\s+)(?:on|at|in|near|outside|along|beside)\\s+${PLACE_NAME}(?:,?\\s+(?:in|on|at|near)\\s+${PLACE_NAME})*(?:\\s+(?:during|at|in|on) the \\p{Ll}[\\p{Ll} ]{2,30})?\\.$`,
  'u',
);
const CALENDAR_WORD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const PLACE_THEN_CLAUSE =
  /^((?:A|An|The)\s+(?:[\p{L}'’-]+\s+){0,3}?)(?:at|in|on|near|outside|inside|along)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+(?:where|which|as|after)\s/u;
/** "Dolores Imbesi on the front steps of her Tasker Street rowhouse, where she has lived since 1965." */
const PERSON_IN_PLACE_THEN_CLAUSE =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:at|in|on|outside|inside|beside|by) (?:the|her|his|their|a|an)\s[^,]{2,60}),\s+(?:where|which|who)\s/u;

/**
 * "Officers patrol a subway platform in Times Square.", "A shopper picks a packet of maize flour from
 * a supermarket shelf in Nairobi.": who does what, in the present, where. A story's opening says what
 * happened, in the past or the perfect, and who says so; it is rarely one short present-tense scene.
 * Verbs that read the same in the past ("cast", "put", "hit") are left out.
 */
export function showsPresentScene(text: string): boolean {
  const trimmed = text.trim();
  if (!endsSentence(trimmed) || wordCount(trimmed) > MAX_PRESENT_SCENE_WORDS) return false;
  // "How a recount works in Virginia" asks; a picture is described.
  if (/^(?:how|why|what|when|where|who|which)\b/i.test(trimmed)) return false;
  if (/["“”«»]/.test(trimmed) || /[.!?]\s+\p{Lu}/u.test(trimmed)) return false;
  if (REPORTING_WORDS.test(trimmed) || NOT_A_SCENE.test(trimmed)) return false;
  // Or in the passive: "A bulk carrier is loaded with grain at the port of Chornomorsk.", or one
  // person at work, whatever the verb (PERSON_AT_WORK).
  const passive = PASSIVE_SCENE_OPENING.exec(trimmed)?.[0] ?? PERSON_AT_WORK.exec(trimmed)?.[0];
  const rest = passive === undefined ? trimmed : trimmed.slice(passive.length);
  // "A liquefied natural gas tanker", "the flooded street": a participle after an article describes
  // the thing pictured; it is no verb of its own.
  if (FINITE_VERB.test(rest.replace(ARTICLE_AND_PARTICIPLE, ''))) return false;
  // "The Tehran metro carries about two million passengers a day on seven lines": a fact with its
  // figures is reporting in the present tense; a picture shows one moment.
  if (HOW_MANY_OR_HOW_OFTEN.test(trimmed)) return false;
  return (passive !== undefined || PRESENT_SCENE_OPENING.test(trimmed)) && SCENE_PLACE.test(rest);
}

/**
 * "Deckhand Luis Ybarra ties up the Kitsap at the Southworth terminal on a November evening.", "Water
 * covers the playing fields beside the River Wensum in Hellesdon.", "Farmers deliver maize at the NCPB
 * depot in Eldoret, Uasin Gishu County.": one short sentence in the present simple, its verb agreeing
 * with a subject of a few words, then only what and where. Any verb will do, so this alone does not
 * make a caption: the classifier asks for a picture's slot (under the byline, or dated like a picture
 * between paragraphs). Reporting uses the past or the perfect and says who says so.
 */
export function showsPresentMoment(text: string): boolean {
  const trimmed = text.trim().replace(TRAILING_PLACE_NAMES, '.');
  if (!endsSentence(trimmed) || wordCount(trimmed) > MAX_PRESENT_MOMENT_WORDS) return false;
  if (/["“”«»;:,]/u.test(trimmed) || /[.!?]\s+\p{Lu}/u.test(trimmed)) return false;
  if (REPORTING_WORDS.test(trimmed) || NOT_A_SCENE.test(trimmed) || HOW_MANY_OR_HOW_OFTEN.test(trimmed))
    return false;
  const opening = PRESENT_SIMPLE_OPENING.exec(trimmed);
  if (opening === null) return false;
  const [, subject = '', verb = ''] = opening;
  const subjectWords = subject.split(/\s+/);
  const lastSubjectWord = subjectWords.at(-1) ?? '';
  // "David Miliband's rapid rise": a possessive goes on with its noun.
  if (/['’]s$/u.test(lastSubjectWord)) return false;
  // "Farmers deliver", "Police officers patrol"; a name closing the subject is one person ("Crane
  // driver Pieter Mertens lowers").
  const named = subjectWords.length > 1 && /^\p{Lu}/u.test(lastSubjectWord);
  const pluralSubject = !named && /[^s]s$/.test(lastSubjectWord);
  // The verb agrees with its subject: "Water covers", "Farmers deliver"; "Farmers in" is no verb.
  if (pluralSubject === /(?:[^s]s)$/.test(verb) || NOT_A_MOMENT_VERB.test(verb)) return false;
  const rest = trimmed.slice(opening[0].length);
  // "Two days of talks": a noun before "of", not a verb.
  if (/^(?:to|of)\s/.test(rest) || FINITE_VERB.test(rest.replace(ARTICLE_AND_PARTICIPLE, ''))) return false;
  return SCENE_PLACE.test(` ${rest}`);
}

const MAX_PRESENT_MOMENT_WORDS = 20;

/**
 * The same moment with the day the picture was taken ("... in Hellesdon on Monday afternoon.", "... on
 * a November evening."): a present-tense sentence that dates itself is a caption's grammar; the news
 * would say "covered" or "tied up". A year ("in 1997") dates a fact, not a moment.
 */
export function showsDatedPresentMoment(text: string): boolean {
  return showsPresentMoment(text) && MOMENT_OF_DAY.test(text.trim());
}

const MOMENT_OF_DAY =
  /\b(?:on|during) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?|an? (?:[\p{L}-]+ ){0,2}(?:morning|afternoon|evening|night|day))\.$/u;
/** ", St John", ", Uasin Gishu County": capitalised place names closing a caption after commas. */
export const TRAILING_PLACE_NAMES = /(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})+\.$/u;
/**
 * A subject of one to four words opening on a capital, perhaps a job before a name ("Crane driver
 * Pieter Mertens"), then a lowercase verb in the present.
 */
const PRESENT_SIMPLE_OPENING =
  /^((?:A|An|The)(?:\s+(?!(?:is|are|was|were)\s)[\p{L}'’-]+){1,3}?|(?!(?:It|He|She|They|We|You|This|That|These|Those|His|Her|Its|Their|Our|My|There|But|And|Then|Now|So|Yet|Still|Also|Meanwhile|However)\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Ll}[\p{L}'’-]*(?=\s+\p{Lu}))?(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(\p{Ll}{3,})(?:\s+(?:up|out|down|off|in|on|over|back|away))?\s/u;
/**
 * Present forms that tell news or a schedule, not a moment ("The council meets on Monday", "Prices
 * rise in Kenya", "The board plans"), pasts that need no -ed ("Jones won"), and words that are no
 * verbs at all.
 */
const NOT_A_MOMENT_VERB =
  /^(?:are|play|plays|won|came|held|gave|began|made|took|went|overtook|got|led|ran|sat|stood|saw|met|fell|rose|left|lost|hit|struck|broke|brought|bought|built|kept|paid|put|sent|spent|sold|threw|wrote|drew|grew|knew|flew|swam|drove|rode|ate|fought|caught|taught|thought|told|found|became|beat|cut|set|shut|let|read|say|says|tell|tells|meet|meets|vote|votes|debate|debates|open|opens|close|closes|start|starts|begin|begins|resume|resumes|reopen|reopens|return|returns|plan|plans|want|wants|need|needs|hope|hopes|expect|expects|visit|visits|host|hosts|hold|holds|lead|leads|head|heads|launch|launches|publish|publishes|unveil|unveils|sign|signs|hear|hears|take|takes|get|gets|make|makes|the|face|faces|remain|remains|rise|rises|fall|falls|increase|increases|drop|drops|cost|costs|mean|means|seem|seems|appear|appears|become|becomes|include|includes|affect|affects|believe|believes|continue|continues|run|runs|\p{Ll}+ed|\p{Ll}+ing|\p{Ll}+ly|and|or|but|of|for|with|from|than|that|which|who|whose|this|these|those|its|their|his|her|our|was|were|has|have|had|will|would|can|could|may|might|must|should|not|also|only|just|now|then|there|here|at|in|on|near|into|onto|by|as|after|before|during|under|over|across|along|beside|through)$/u;

/** Only what a camera sees done: "is based in Austin" or "is expected to" describe no picture. */
const PASSIVE_SCENE_OPENING = new RegExp(
  `^(?:[\\p{L}\\p{N}'’-]+\\s){1,4}?(?:is|are) (?:being )?(?:loaded|unloaded|displayed|seen|shown|pictured|` +
    'carried|moored|parked|stacked|piled|covered|flooded|damaged|destroyed|repaired|cleared|lit|decorated|' +
    'towed|lifted|inspected|treated|evacuated|rescued|escorted|guarded|installed|hung|docked|harvested|sorted|' +
    'tested|weighed|packed|served|sold|prepared|painted|reflected|guided|pulled|pushed|hauled|launched|' +
    'raised|lowered|cleaned)\\s',
  'u',
);

const MAX_PRESENT_SCENE_WORDS = 16;

/**
 * "A worker takes loaves out of an oven at a bakery in Giza.": one person, unnamed, doing something
 * somewhere is what a picture desk describes, whatever the verb.
 */
const PERSON_AT_WORK = new RegExp(
  `^(?:A|An) (?:[\\p{Ll}-]+ )?(?:${[
    'worker|vendor|man|woman|boy|girl|child|farmer|resident|villager|soldier|officer|policeman|policewoman',
    'firefighter|volunteer|nurse|doctor|medic|paramedic|student|pupil|teacher|protester|demonstrator',
    'passenger|commuter|rider|driver|cyclist|pedestrian|motorist|fisherman|trader|shopper|customer',
    'visitor|tourist|pilgrim|voter|supporter|rescuer|labourer|laborer|miner|baker|cook|chef|engineer',
    'technician|mechanic|guard|employee|refugee|migrant|patient|builder|craftsman|artisan|weaver|herder',
    'shepherd|beekeeper|gardener|cleaner|porter|sailor|seller|buyer|diver|swimmer|hiker|climber|skier|fan',
  ].join('|')}) \\p{Ll}{3,}s\\s`,
  'u',
);

const HOW_MANY_OR_HOW_OFTEN =
  /\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|km|kilomet(?:er|re)s?|tons?|tonnes?)\b|\b(?:million|billion|a day|a week|a month|a year|every day|each day|per day)\b/i;
const ARTICLE_AND_PARTICIPLE = /\b(?:a|an|the)\s+\p{Ll}{3,}ed\b/giu;

/**
 * "Personnel of the Ghana National Fire Service battling the blaze at the Kejetia Market": a caption
 * set without a full stop, its subject a longer noun phrase, then the participle and where. A heading
 * of the same shape is not body either; a sentence of reporting has its full stop and a finite verb.
 */
export function showsUnpunctuatedScene(text: string): boolean {
  const trimmed = text.trim();
  // Or the present-tense scene with its full stop lost: "Farmers queue for fertiliser at an Admarc depot".
  if (!/[.!?:;"“”]$/u.test(trimmed) && showsPresentScene(`${trimmed}.`)) return true;
  if (/[.!?:;"“”]$/u.test(trimmed) || trimmed.includes(',') || /["“”«»]/.test(trimmed)) return false;
  if (wordCount(trimmed) > MAX_PARTICIPLE_CAPTION_WORDS || OPENS_WITH_CLAUSE.test(trimmed)) return false;
  const opening = LONG_SUBJECT_PARTICIPLE.exec(trimmed)?.[0];
  if (opening === undefined || REPORTING_WORDS.test(trimmed) || NOT_A_SCENE.test(trimmed)) return false;
  const rest = trimmed.slice(opening.length);
  return !FINITE_VERB.test(trimmed.replace(/^\S+/, '')) && SCENE_PLACE.test(rest);
}

const LONG_SUBJECT_PARTICIPLE = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,7}?\s\p{Ll}{2,}ing\s/u;
const SCENE_VERBS =
  'patrol|harvest|board|browse|buy|fl(?:y|ies)|cross|ride|work|play|watch|pl(?:y|ies)|pick|wait|walk|stand|sit|' +
  'hold|carr(?:y|ies)|gather|queue|pray|wade|march|shop|protest|celebrate|arrive|cycle|drive|load|unload|' +
  'clear|repair|inspect|check|collect|fill|sell|sort|rest|pose|attend|vote|fish|swim|climb|dig|plant|' +
  'tend|feed|line|crowd|fill|fly|cook|clean|build|paint|wave|chant|hug|greet|search|survey|examine|' +
  'rake|sweep|shovel|haul|push|pull|scoop|mend|sew|weave|move|pass|travel|flow|approach|sail|dock|enter|leave|charge|refuel|kneel|sleep|eat|look|' +
  // Smoke, water and flames in the frame: "Smoke rises from a burning peatland near Palangka Raya."
  'rise|billow|drift|burn|smoulder|smolder|pour|spill|' +
  // Crews at a fire: "Firefighters beat out flames on the moor".
  'beat|tackle|battle|spray|douse';
/** A subject of up to four words, then a present-tense verb of the scene, singular or plural. */
/**
 * After a preposition or an article the scene's verb is a noun: "Concerns over travel for swimmers"
 * is a subhead, "Swimmers travel to Kirkcaldy" a scene.
 */
const PRESENT_SCENE_OPENING = new RegExp(
  `^(?:[\\p{L}\\p{N}'’-]+\\s){1,5}?(?<!\\b(?:over|for|of|about|the|a|an|their|its|his|her)\\s)(?:${SCENE_VERBS})(?:e?s)?\\s`,
  'u',
);
const SCENE_PLACE = /\b(?:at|in|on|near|outside|inside|along|from|into|through|across|over|under)\s/;
const SUBJECT_THEN_PARTICIPLE = /^\p{Lu}[\p{L}'’-]*(?:\s(?!\p{Ll}+ed\s)[\p{L}'’-]+)?\s\p{Ll}{2,}ing\s/u;

/** Captions describe what the picture shows; tenses of perfect, future or past belong to reporting. */
const NOT_A_SCENE = /\b(?:has|have|had|will|would|could|was|were)\b/i;
const REPORTING_WORDS =
  /\b(?:said|says|told|tells|according|announced|showed|shows|reported|reports|added|warned|urged|confirmed|estimated|estimates|expects?|expected)\b/i;

/**
 * A lead picture's caption that lost its credit: one short sentence describing a scene in the present
 * tense and saying when it was taken, with no one quoted or cited. Reporting tells what happened, in
 * the past tense, and says who says so.
 */
export function describesPicture(text: string): boolean {
  const trimmed = text.trim();
  return (
    wordCount(trimmed) <= MAX_UNCREDITED_CAPTION_WORDS &&
    !/["“”«»]/.test(trimmed) &&
    !REPORTING_WORDS.test(trimmed) &&
    !NOT_A_SCENE.test(trimmed) &&
    !opensWithDateline(trimmed) &&
    ((WHEN_TAKEN.test(trimmed) && (PRESENT_SCENE.test(trimmed) || participleScene(trimmed))) ||
      DATED_IN_FULL.test(trimmed))
  );
}

const MAX_UNCREDITED_CAPTION_WORDS = 30;

/** The caption without the screen-reader label some sites print before it ("Image caption, ..."). */
export function captionText(text: string): string {
  const stripped = text.replace(CAPTION_LABEL, '').trim();
  return stripped === '' ? text : stripped;
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${NAME_WORD}(?:\\s+(?:(?:al|el|bin|de|da|van|von|der|le|la)-?\\s*)?${NAME_WORD}){0,4}`;
const BY_LINE = new RegExp(
  `^(?:[Bb][Yy]|BY|Written by|Words by|Author)\\s*:?\\s+(?:\\p{Ll}+\\s+){0,4}(${NAME})(?:\\s*(?:,|\\||·|•|-|–|—|\\/\\/?|\\band\\b|&|\\bon\\b|\\bfor\\b)\\s*(.*))?$`,
  'u',
);
// "Jack Farchy and Mark Burton, Bloomberg News", "Romina Cabrera - The Philippine Star"
const NAME_OVER_DATE = new RegExp(`^(${NAME})\\s+\\/\\s+(.+)$`, 'u');
const NAME_AND_OUTLET = new RegExp(
  `^(${NAME}(?:\\s+and\\s+${NAME})?)\\s*(?:,|\\||·|•|–|—|\\s-\\s)\\s*(.+)$`,
  'u',
);
const NAME_THEN_OUTLET_IN_BRACKETS = new RegExp(`^(${NAME})\\s+\\((\\p{Lu}[\\p{L}\\p{N} .&'’-]+)\\)$`, 'u');
const NAME_IN_PLACE = new RegExp(`^(${NAME}) in (\\p{Lu}[\\p{L} .'’-]+)(?:\\s+and\\s+.*)?$`, 'u');
const ROLE_WORDS =
  /\b(correspondent|reporter|editor|writer|journalist|columnist|contributor|analyst|producer|bureau chief|staff|presenter|commentator)s?\b/i;

/** "Middle East correspondent", "Aisha Rahman North of England correspondent": a job-title line. */
export function isRoleLine(text: string): boolean {
  return wordCount(text) <= 9 && ROLE_AT_END.test(text.trim()) && !endsSentence(text);
}

/** The job title closes the line, perhaps followed by a handle or the outlet ("Staff Writer"). */
const ROLE_AT_END = new RegExp(
  `${ROLE_WORDS.source}(\\s+@\\w+)?(\\s*[,|·]\\s*\\p{Lu}[\\p{L} .'’-]*)?$`,
  'iu',
);

export interface BylineReading {
  /** The person or people who wrote the story. */
  names: string | null;
  /** An outlet named alongside ("Jane Smith, BBC News"), when it is one rather than a job title. */
  outlet: string | null;
}

/**
 * A byline: "By Jane Smith", anywhere; in the header of a page also "Jane Smith, BBC News",
 * "Jason Burke in Jerusalem", a bare name, or a job title line ("Middle East correspondent").
 */
const OUTLET_STAFF_BYLINE =
  /^[Bb]y\s+((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s+[Ss]taff(?:\s+[Ww]riters?)?$/u;

export function readByline(text: string, inHeader: boolean): BylineReading | null {
  // "By The Local (news@thelocal.se)": the contact address after a byline is not part of the name.
  const trimmed = text.trim().replace(/\s*\((?:\S+@\S+|@\w+)\)$/, '');
  const count = wordCount(trimmed);
  // "By Berkeley Lovelace Jr.": an initial or a generational suffix may close a name with a full stop.
  // Or a clock time: "By Niki Griswold Globe Staff,Updated February 26, 2026, 6:15 p.m."
  if (count > 16 || (endsSentence(trimmed) && !/\b(?:\p{Lu}|Jr|Sr|[ap]\.m)\.$/u.test(trimmed))) return null;
  const dated = nameBeforeDate(trimmed);
  if (dated !== null) return { names: dated, outlet: null };
  // "By The Yucatan Times staff", "By Reuters Staff": the newsroom credited as a whole names no one.
  const staff = OUTLET_STAFF_BYLINE.exec(trimmed);
  if (staff !== null) return { names: null, outlet: staff[1] ?? null };
  const by = BY_LINE.exec(trimmed);
  if (by !== null) {
    const rest = by[2]?.trim() ?? '';
    const restIsName = new RegExp(`^${NAME}$`, 'u').test(rest) && /\band\b|&/.test(trimmed);
    // "by Daniel Ortiz, The Columbus Dispatch, and Lena Marsh, ProPublica": a partner's byline
    // names several outlets, and the first is not necessarily the publisher's.
    const sharedByline = /,.*\band\b.*,/.test(rest);
    // "By HT Correspondent, New Delhi": after a desk's job title comes where it is, not the outlet.
    const deskThenPlace = ROLE_WORDS.test(by[1] ?? '');
    return {
      names: restIsName ? `${by[1]} and ${rest}` : (by[1] ?? null),
      outlet: restIsName || sharedByline || deskThenPlace ? null : outletFrom(rest),
    };
  }
  // "Isabel Lohman (Bridge Michigan)": the outlet in brackets after the name, as nonprofit newsrooms
  // credit a story their partners reprint.
  const bracketed = NAME_THEN_OUTLET_IN_BRACKETS.exec(trimmed);
  if (bracketed !== null && wordCount(bracketed[1] ?? '') >= 2 && wordCount(bracketed[1] ?? '') <= 4) {
    return { names: bracketed[1] ?? null, outlet: outletFrom(bracketed[2] ?? '') };
  }
  if (!inHeader) return null;
  const named = NAME_AND_OUTLET.exec(trimmed);
  if (named !== null && wordCount(named[1] ?? '') >= 2 && wordCount(named[2] ?? '') <= 8) {
    const rest = named[2] ?? '';
    // The part after the name is an outlet, a job title, or the date the story was filed.
    if (ROLE_WORDS.test(rest) || capitalisedRatio(rest) >= 0.6 || /\d/.test(rest)) {
      return { names: named[1] ?? null, outlet: outletFrom(rest) };
    }
  }
  // "Edvard Pettersson / November 25, 2026": a slash parts the name from the date. Without the date
  // it may be a breadcrumb ("Middle East / Africa").
  const slashed = NAME_OVER_DATE.exec(trimmed);
  if (slashed !== null && wordCount(slashed[1] ?? '') >= 2 && findDate(slashed[2] ?? '') !== null) {
    return { names: slashed[1] ?? null, outlet: null };
  }
  const placed = NAME_IN_PLACE.exec(trimmed);
  if (placed !== null && wordCount(placed[1] ?? '') >= 2 && count <= 14) {
    return { names: placed[1] ?? null, outlet: null };
  }
  if (isRoleLine(trimmed)) {
    // "Aisha Rahman North of England correspondent": a name, then the job.
    const name = new RegExp(`^(${NAME_WORD}\\s+${NAME_WORD})\\s+\\S`, 'u').exec(trimmed);
    return { names: count >= 4 ? (name?.[1] ?? null) : null, outlet: null };
  }
  if (count >= 2 && count <= 4 && capitalisedRatio(trimmed) === 1 && /^[\p{L} .'’-]+$/u.test(trimmed)) {
    // "Tribune News Service", "Express News Service": the desk that filed the story, credited where a
    // reporter's name would be, is the outlet, not a person.
    if (NEWS_DESK.test(trimmed)) return { names: null, outlet: trimmed };
    return { names: trimmed, outlet: null };
  }
  // "QNA", "WAM", "PTI": the agency that filed the story, alone under the headline.
  if (/^\p{Lu}{2,5}$/u.test(trimmed)) return { names: null, outlet: null };
  return null;
}

/**
 * "Aigerim Toleukhanova Nov 25, 2026": the author's name run straight into the date, with nothing
 * between them, once the page's styling is lost. Two to four capitalised words and a full date.
 */
function nameBeforeDate(text: string): string | null {
  const date = findDate(text);
  if (date === null || !text.endsWith(date.matched)) return null;
  const name = text.slice(0, text.length - date.matched.length).trim();
  const words = wordCount(name);
  if (words < 2 || words > 4 || capitalisedRatio(name) !== 1 || STAMP_WORDS.test(name)) return null;
  return new RegExp(`^${NAME}$`, 'u').test(name) && !/\d/.test(name) ? name : null;
}

/** "Last Updated Nov 25, 2026", "Print Edition Nov 25, 2026": a time stamp's label, not a name. */
const STAMP_WORDS = /\b(?:updated|published|posted|modified|last|first|date|issue|edition|print|online)\b/i;

const NEWS_DESK =
  /\b(?:News Service|News Agency|News Network|News Desk|Digital Desk|Web Desk|Online Desk|Newswire|Wire Service|Bureau)$/u;

function outletFrom(text: string): string | null {
  const segment = text.split(/\s*[|·•,]\s*/)[0]?.trim();
  const candidate = segment?.replace(/\s+(correspondent|reporter|editor)$/i, '');
  // "NPR correspondent" names an outlet; "Rural Reporter" only a beat.
  if (candidate !== segment && !/^[\p{Lu}\p{N}]{2,6}$|\bNews\b/u.test(candidate ?? '')) return null;
  if (candidate === undefined || candidate === '' || ROLE_WORDS.test(candidate) || /\d/.test(candidate))
    return null;
  if (wordCount(candidate) > 5 || capitalisedRatio(candidate) < 0.6) return null;
  return candidate;
}

/**
 * An outlet's own dateline, without an agency: "BRUSSELS — ", "SISTERS, Ore. — ", "PHOENIX – ". The
 * place is in capitals; the dash marks where the story begins. ("CHENNAI: " datelines look exactly
 * like a transcript's "KRUSE: " speaker labels, so they do not count.)
 */
const OWN_DATELINE =
  /^[\p{Lu}][\p{Lu}\p{N} .'’-]{2,40}(?:,\s*[\p{L}. ]{2,30})?\s+[—–-]{1,2}\s+(?:\p{Lu}|\d)/u;

/** Opens with a dateline, with or without an agency: this paragraph is where the story starts. */
export function opensWithDateline(text: string): boolean {
  return startsWithDateline(text) || OWN_DATELINE.test(text.trim());
}

/**
 * "MOSCOW (Reuters) -", "BEIRUT, Lebanon (AP) —", "Moscow, July 31 (AFP) -": the agency that filed it.
 * Spanish-language wires name the country in brackets and close with a full stop before the dash:
 * "Guayaquil (Ecuador), Nov 25 (EFE).- ".
 */
const DATELINE =
  /^[\p{Lu}][\p{L}\p{N} .,'’-]{1,60}?(?:\s*\([\p{L} ]{2,30}\)[\p{L}\p{N} .,'’-]{0,30}?)?\s*\(([^()]{1,40})\)\s*\.?[-—–]{1,2}\s/u;

/**
 * "(ANSA) - VENICE, NOVEMBER 25 - ", "(AGI) - Rome, 25 Nov. - ": Italian wire copy names the agency
 * before the place.
 */
const AGENCY_FIRST_DATELINE =
  /^\((\p{Lu}[\p{L}\p{N}]{1,15})\)\s*[-—–]{1,2}\s*\p{Lu}[\p{L} .'’-]{1,40}(?:,|\s[-—–])/u;

/**
 * "Havana, Nov 25 (Prensa Latina) Cuba began ...": after the place and the day, no dash at all; or
 * the agency between slashes, "Ulaanbaatar, November 25, 2026 /MONTSAME/ Mongolia exported ...".
 */
const DAY_AND_AGENCY_DATELINE =
  /^\p{Lu}[\p{L} .'’-]{1,40},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? (?:19|20)\d\d)?\s*(?:\((\p{Lu}[^()]{1,40})\)|\/(\p{Lu}[\p{L} ]{1,30})\/)\s*(?=\p{Lu})/u;

export function datelineAgency(text: string): string | null {
  const trimmed = text.trim();
  const match =
    DATELINE.exec(trimmed) ?? AGENCY_FIRST_DATELINE.exec(trimmed) ?? DAY_AND_AGENCY_DATELINE.exec(trimmed);
  if (match !== null && dateBeforeBracketedTown(trimmed) !== null) return null;
  return (match?.[1] ?? match?.[2])?.trim() ?? null;
}

/**
 * "November 25, 2026 (KASSALA) –": a dateline that opens on its date names its town in the brackets
 * where others name an agency. The date, or null for any other opening.
 */
export function dateBeforeBracketedTown(text: string): string | null {
  const trimmed = text.trim();
  if (!DATELINE.test(trimmed)) return null;
  const before = trimmed.slice(0, trimmed.indexOf('('));
  const date = findDate(before);
  return date !== null && before.replace(date.matched, '').trim() === '' ? date.iso : null;
}

export function startsWithDateline(text: string): boolean {
  return datelineAgency(text) !== null || dateBeforeBracketedTown(text) !== null;
}
