/**
 * Capitalised runs in a paragraph that may be names: "Russian Foreign Minister Sergei Lavrov",
 * "Ramon de la Cruz", "Sarah Mensah KC". A run keeps its title words apart from the name itself.
 */
import type { Paragraph } from '../corpus/types.js';
import {
  ABBREVIATED_GIVEN_NAMES,
  BUSINESS_AGENT_NOUNS,
  CALENDAR_WORDS,
  CAPITALISED_LEGAL_FORMS,
  DETERMINERS,
  FAMILY_NAMES_WRITTEN_FIRST,
  FINDINGS_VERBS,
  GENERATIONAL_SUFFIXES,
  HONORIFICS,
  HONORIFICS_BEFORE_FULL_NAMES,
  HONORIFICS_NEVER_SHORTENED,
  HONOUR_GRADES,
  HONOUR_OPENERS,
  isGroupWord,
  isNameParticle,
  KIN_NOUNS,
  KNOWN_ORGANISATION_PHRASES,
  KNOWN_ORGANISATIONS,
  KNOWN_PLACES,
  MIDDLE_NAMES,
  NATIONALITY_NOUNS,
  NEVER_NAME_WORDS,
  NON_ORGANISATION_ACRONYMS,
  ORGANISATION_HEADS,
  PATRONYMIC_PARTICLES,
  POLICE_RANKS_BY_INITIALS,
  POSITIONS_ALSO_WORDS,
  ROMANCE_BODY_HEADS,
  ROYAL_OWNERS,
  ROYAL_STYLES_GIVEN_AS_NAMES,
  SAINT_WORDS,
  SERVICE_RANKS_BY_INITIALS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  TRAILING_PATRONYMICS,
} from './lexicon.js';
import {
  HONOUR_CONTINUATIONS,
  isAbbreviatedTitle,
  isCourtesyTitle,
  isGivenName,
  isPersonTitle,
  isPlaceWord,
  isRoleNoun,
  isTitleWord,
} from './titles.js';
import { isCapitalised, type Token, tokenize } from './tokens.js';

/** What joins a body's word to its remit: "of", "for", and the Romance "de" ("Metro de Santiago"). */
const OWNING_PREPOSITIONS = new Set(['of', 'for', 'de', 'del', 'di', 'du', 'des']);

/**
 * A run whose last word, or the word before its "of"/"for" or before a closing place, names a kind
 * of organisation.
 */
export function namesOrganisation(run: readonly Token[]): boolean {
  const last = run[run.length - 1];
  if (!last) return false;
  if (ORGANISATION_HEADS.has(last.word.toLowerCase())) return true;
  if (run.length > 1 && CAPITALISED_LEGAL_FORMS.has(last.word)) return true;
  if (opensWithRomanceBodyHead(run)) return true;
  const friendsAt = run[0]?.word === 'The' ? 1 : 0;
  if (
    run.length > friendsAt + 2 &&
    opensFriendsGroup(run.slice(0, friendsAt + 1)) &&
    run[friendsAt + 1]?.word === 'of'
  )
    return true;
  // "Arts Council England", "Police Scotland": a national body's name may close on the country it serves.
  const beforeLast = run[run.length - 2];
  if (beforeLast && isPlaceWord(last.word) && ORGANISATION_HEADS.has(beforeLast.word.toLowerCase()))
    return true;
  // "Muttahida Qaumi Movement-Pakistan", "Communist Party-Nepal": the same, joined by a hyphen.
  const hyphen = last.word.indexOf('-');
  if (
    hyphen > 0 &&
    run.length > 1 &&
    ORGANISATION_HEADS.has(last.word.slice(0, hyphen).toLowerCase()) &&
    isPlaceWord(last.word.slice(hyphen + 1))
  )
    return true;
  if (run.length > 1 && INDUSTRIES.has(last.word.toLowerCase())) return true;
  // "Metro de Santiago", "Club de Regatas": a Romance "de" after an organisation word is its "of".
  return run.some(
    (token, index) =>
      OWNING_PREPOSITIONS.has(token.word) && ORGANISATION_HEADS.has(run[index - 1]?.word.toLowerCase() ?? ''),
  );
}

/** "Sindicato Minero Chuquicamata", "the Centro de Incidencia Ambiental": the kind of body first. */
function opensWithRomanceBodyHead(run: readonly Token[]): boolean {
  const first = run[0]?.word === 'The' || run[0]?.word === 'the' ? 1 : 0;
  const head = run[first]?.word ?? '';
  // "Centro Habana", "Centro Histórico": Spanish "Centro" is also a town's centre; a body's has its "de".
  if (head === 'Centro' && !OWNING_PREPOSITIONS.has(run[first + 1]?.word ?? '')) return false;
  return run.length > first + 1 && ROMANCE_BODY_HEADS.has(head);
}

/** "Friends", alone or after "The", opening a run: the start of a supporters' group's name. */
function opensFriendsGroup(run: readonly Token[]): boolean {
  return (
    (run.length === 1 && run[0]?.word === 'Friends') ||
    (run.length === 2 && run[0]?.word === 'The' && run[1]?.word === 'Friends')
  );
}

/** Particles stack before a surname only as written in lower case: "Ramon de la Cruz". */
const isLowerCaseParticle = (word: string) => word === word.toLowerCase() && isNameParticle(word);

/** Letters after a person's name: honours, professional ranks, generations. */
const POST_NOMINALS = new Set(
  'KC QC SC SAN JP MP MEP MSP AM OBE MBE CBE KBE DBE PhD MD Jr Jr. Sr II III IV CEO'.split(' '),
);

/**
 * "Hawaiian Kai Lenny-Akana", "Tasmanian Jack Reid": a nationality or regional adjective the
 * shared demonyms do not list, known by its ending, before a given name.
 */
export function isDemonymBeforeGivenName(word: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    isGivenName(next) &&
    !isGivenName(word) &&
    (/^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish)$/u.test(word) || NATIONALITY_NOUNS.has(word))
  );
}

/** "Dutch-born Anton Corbijn", "Genoa-based Costa Azzurra Cruises": a description before a name. */
const DESCRIPTION = /-(?:born|based|bred|raised|educated|owned|led)$/;

/** What follows a person's name and never a gerund's object: a comma, or a verb of its own. */
const NAME_GOES_ON = /^(?:,| (?:said|says|is|was|has|had|told|tells|added|will|would|who)\b)/;

/** "Jan van Horn", "Wang Jun": short forms of months that are also given names. */
export const MONTHS_AS_GIVEN_NAMES = new Set(['Jan', 'Jun']);

export const ARABIC_ATTACHED_PARTICLE = /^(?:al|el|ul|ad|as|ash|at|az|an|ar|ad-d)-\p{Lu}/u;

export interface NameRun {
  paragraph: number;
  tokens: Token[];
  /** Tokens peeled from the front: titles, nationality, honorifics. */
  prefix: Token[];
  /** The name itself. */
  core: Token[];
  /** Paragraph text, to read context around the run. */
  text: string;
  /** The paragraph after, where a "he said" may follow up a first mention. */
  nextText: string;
  /** All tokens of the paragraph and the index of the run's first token in them. */
  paragraphTokens: Token[];
  firstIndex: number;
  order: number;
  /** The run ended in letters only people carry (KC, MP, OBE). */
  postNominal: boolean;
  /** The name when a courtesy title sits inside it ("Aiono Dr. Fetu Leavasa" is Aiono Fetu Leavasa). */
  joinedName?: string;
}

/**
 * Trades a firm is named after ("Delta Gulf Refining", "Anglo Pacific Shipping", "Kestrel Mining"):
 * after another capitalised word they end a company's name, never a person's.
 */
const INDUSTRIES = new Set(
  `refining mining shipping trading brewing publishing manufacturing engineering consulting
   marketing banking lending logistics drilling dredging packaging printing catering
   staffing recycling roofing haulage freight insurance securities resources minerals
   metals chemicals plastics textiles dairies distillers vintners builders developers
   contractors`.split(/\s+/),
);

export const isAcronym = (word: string) =>
  /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(word) &&
  !KNOWN_PLACES.has(word) &&
  !NON_ORGANISATION_ACRONYMS.has(word) &&
  !GENERATIONAL_SUFFIXES.has(word);

/**
 * "Mac an tSaoir", "Ó hUiginn": Irish surnames mutate after the particle, so a lower-case t or h
 * may stand before the capital.
 */
const IRISH_MUTATED = /^[th]\p{Lu}\p{Ll}/u;

/** Irish surname openers that an "an" ("of the") may follow: "Mac an tSaoir", "Nic an Bhaird". */
export const IRISH_SURNAME_OPENERS = new Set(['Mac', 'Nic', 'Mhic', 'Ó', 'Ní', 'Uí']);

/**
 * "Catherine d'Entremont", "Gianni dell'Orto": French and Italian particles elide before a vowel
 * and are written glued to the surname in lower case; the whole word is the surname.
 */
const ELIDED_PARTICLE = /^(?:d|dell|dall|degl)['’]\p{Lu}\p{Ll}/u;

function isNameLike(token: Token): boolean {
  return (
    isCapitalised(token.word) ||
    ARABIC_ATTACHED_PARTICLE.test(token.word) ||
    IRISH_MUTATED.test(token.word) ||
    ELIDED_PARTICLE.test(token.word)
  );
}

/** A title or a playing position, after which a word that is also a given name is one: "Coach Will", "Centre Will". */
export function isTitleBeforeGivenName(word: string): boolean {
  return isTitleWord(word) || POSITIONS_ALSO_WORDS.has(word.toLowerCase());
}

/** "Its Executive Director, ", "The club chairman, ": the job a name is set off after. */
const SET_OFF_AFTER_JOB = /(\p{L}+), $/u;

/** ", a fisherman in Vardø", ", an organic grower": an appositive of up to four words after a name. */
const APPOSITIVE_AFTER_NAME = /^, (?:a|an) ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)/u;

/**
 * "Per Haugen, a fisherman in Vardø, said", "Will Okafor, a nurse at the clinic": a given name that
 * is also an English word opens a sentence as a pair of words, and the job set off straight after
 * says whose name the pair is. "Under Armour, a sportswear maker" names a trade, not a job.
 */
export function givenNameBeforeJob(text: string, run: readonly Token[], at: number): boolean {
  const [first, surname] = run;
  if (at !== 0 || run.length !== 2 || !first || !surname || surname.possessive) return false;
  if (DETERMINERS.has(first.word) || isTitleWord(first.word) || !isPlausibleNameWord(surname.word))
    return false;
  // "Its Executive Director, Sunday Oduntan, told", "The club chairman, Friday Okonkwo, said": a
  // pair set off by commas straight after a job is the one who holds it, whatever English word the
  // given name also is.
  const setOffAfter = SET_OFF_AFTER_JOB.exec(text.slice(Math.max(0, first.start - 40), first.start))?.[1];
  // A relation set off before the name ("Her husband, Per Mortensen, chairs…") is left to the job the
  // sentence goes on to give, which is read elsewhere.
  if (setOffAfter && isRoleNoun(setOffAfter) && !KIN_NOUNS.has(setOffAfter.toLowerCase()))
    return /^,/.test(text.slice(surname.end));
  if (!/(?:^|[.!?]["”’]?\s+)$/.test(text.slice(0, first.start))) return false;
  const appositive = APPOSITIVE_AFTER_NAME.exec(text.slice(surname.end));
  return appositive?.[1]?.split(' ').some((word) => isRoleNoun(word)) ?? false;
}

/** Runs of adjacent capitalised words, joined by name particles ("Mohammed bin Salman"). */
export function findNameRuns(paragraph: Paragraph, orderBase: number, nextText: string): NameRun[] {
  const text = paragraph.text;
  const tokens = tokenize(text);
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || !isNameLike(token)) {
      index++;
      continue;
    }
    const run: Token[] = [token];
    let next = index + 1;
    while (
      next < tokens.length &&
      (!run[run.length - 1]?.possessive || continuesPluralOwner(run, tokens[next], text, tokens, next))
    ) {
      const previous = run[run.length - 1] as Token;
      const candidate = tokens[next] as Token;
      const gap = text.slice(previous.end, candidate.start);
      // "Fish & Game North Canterbury", "Marks & Spencer": an ampersand joins one name.
      if (gap === ' & ' && isCapitalised(candidate.word)) {
        run.push(candidate);
        next++;
        continue;
      }
      // "Special Agent in Charge Maria Delgado": a title that runs on through "in Charge".
      if (
        candidate.word === 'in' &&
        tokens[next + 1]?.word === 'Charge' &&
        isRoleNoun(previous.word) &&
        gap === ' '
      ) {
        run.push(candidate, tokens[next + 1] as Token);
        next += 2;
        continue;
      }
      const joined = joinedNameEnd(text, tokens, run, next);
      if (joined > next) {
        run.push(...tokens.slice(next, joined));
        next = joined;
        continue;
      }
      const initialGap =
        gap === '. ' &&
        (/^\p{Lu}$/u.test(previous.word) ||
          isAbbreviatedTitle(previous.word) ||
          ABBREVIATED_GIVEN_NAMES.has(previous.word));
      // "Federation of Merchants' Associations", "Teachers' Union": a plural possessive inside the
      // name of a body, which only an organisation word can follow.
      const pluralPossessiveGap =
        /^['’] $/.test(gap) &&
        /s$/.test(previous.word) &&
        isCapitalised(candidate.word) &&
        (ORGANISATION_HEADS.has(candidate.word.toLowerCase().replace(/s$/, '')) ||
          // "the United Nations' Economic Commission", "the Chamber of Deputies' Public Works
          // Committee": a body owning a body is two names.
          (!namesOrganisation(run) &&
            !KNOWN_ORGANISATION_PHRASES.some((phrase) => text.endsWith(phrase, previous.end)) &&
            bodyHeadAhead(text, tokens, next)));
      // "Dato' Sri Ahmad Faizal": the Malay honour is written with an apostrophe for its lost letter.
      const elidedHonorific = /^['’] $/.test(gap) && HONORIFICS.has(previous.word.toLowerCase());
      // "T.Munkhsaikhan", "B.Oyunchimeg": Mongolian papers glue the initial of the father's name to
      // the given name with a full stop and no space; the two are one name.
      const gluedInitial =
        gap === '.' &&
        /^\p{Lu}$/u.test(previous.word) &&
        /^\p{Lu}\p{Ll}{2,}/u.test(candidate.word) &&
        !/[\p{L}.]$/u.test(text.slice(0, previous.start));
      if (gap !== ' ' && !initialGap && !pluralPossessiveGap && !elidedHonorific && !gluedInitial) break;
      if (isNameLike(candidate)) {
        run.push(candidate);
        next++;
        continue;
      }
      // "Azamat Nurbek uulu", "Nurbek uulu said": a Turkic patronymic follows the father's name and
      // ends the whole name.
      if (TRAILING_PATRONYMICS.has(candidate.word)) {
        run.push(candidate);
        next++;
        break;
      }
      // Particles may stack before the surname: "Ramon de la Cruz", "Ursula von der Leyen".
      let ahead = next;
      while (
        ahead < tokens.length &&
        (isLowerCaseParticle((tokens[ahead] as Token).word) ||
          ((tokens[ahead] as Token).word === 'an' && IRISH_SURNAME_OPENERS.has(previous.word)))
      ) {
        const following = tokens[ahead + 1];
        if (!following || text.slice((tokens[ahead] as Token).end, following.start) !== ' ') break;
        ahead++;
      }
      const surname = tokens[ahead];
      if (ahead > next && surname && isNameLike(surname)) {
        run.push(...tokens.slice(next, ahead + 1));
        next = ahead + 1;
        continue;
      }
      // "Department of Transport and Planning", "Ministry of Education and Science": a body's remit
      // names two fields joined by "and", the second a single word, not a place or another name.
      const joinedField = tokens[next + 1];
      const afterField = tokens[next + 2];
      const fieldOfTwoWords =
        afterField !== undefined &&
        text.slice(joinedField?.end ?? 0, afterField.start) === ' ' &&
        closesFieldOfTwoWords(tokens, next + 3, afterField, previous);
      if (
        candidate.word === 'and' &&
        joinedField &&
        namesOrganisation(run.slice(0, -1)) &&
        !isPlaceWord(previous.word) &&
        isCapitalised(joinedField.word) &&
        !isPlaceWord(joinedField.word) &&
        !KNOWN_ORGANISATIONS.has(joinedField.word) &&
        // "Housing and Community Development": a body's word opens a field when a field's noun closes it.
        (fieldOfTwoWords || !ORGANISATION_HEADS.has(joinedField.word.toLowerCase())) &&
        !isGivenName(joinedField.word) &&
        !/^\p{Lu}{2,}/u.test(joinedField.word) &&
        /^ $/.test(text.slice(candidate.end, joinedField.start)) &&
        !(
          afterField &&
          isCapitalised(afterField.word) &&
          text.slice(joinedField.end, afterField.start) === ' ' &&
          !fieldOfTwoWords
        )
      ) {
        // "University of Business and Applied Sciences", "Ministry of Agriculture and Rural
        // Affairs": a field of two words ends on one of the plural nouns fields are named by.
        const fieldEnd = fieldOfTwoWords ? next + 3 : next + 2;
        run.push(...tokens.slice(next, fieldEnd));
        next = fieldEnd;
        continue;
      }
      // "Center for Transparency and Accountability in Liberia (CENTAL)": a body's initials in brackets
      // close its full name, so a place before them with "in" is part of it.
      const placeEnd = candidate.word === 'in' ? placeBeforeInitialsEnd(text, tokens, next + 1) : -1;
      if (placeEnd !== -1 && namesOrganisation(run)) {
        run.push(...tokens.slice(next, placeEnd));
        next = placeEnd;
        continue;
      }
      // "Chamber of Cereal and Oilseed Exporters and Traders", "Federation of Employers and Workers":
      // a body named for its members goes on through "and" to the members' plural.
      const membersEnd = candidate.word === 'and' ? membersPluralEnd(text, tokens, next + 1) : -1;
      if (membersEnd !== -1 && namesOrganisation(run)) {
        run.push(...tokens.slice(next, membersEnd));
        next = membersEnd;
        continue;
      }
      // "the City of Edinburgh Council", "City of London Corporation": a municipality's formal
      // name runs from the kind of place through the place to the body's word.
      // "the Friends of Allentown Residents": a supporters' group is named for what it befriends.
      if (
        candidate.word === 'of' &&
        opensFriendsGroup(run) &&
        isCapitalised(tokens[next + 1]?.word ?? '') &&
        // "Friends of Jane Smith said": a person's friends, not a group.
        !isGivenName(tokens[next + 1]?.word ?? '') &&
        text.slice(candidate.end, tokens[next + 1]?.start) === ' '
      ) {
        let end = next + 2;
        while (
          end < tokens.length &&
          isCapitalised((tokens[end] as Token).word) &&
          !(tokens[end - 1] as Token).possessive &&
          text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start) === ' '
        )
          end++;
        run.push(...tokens.slice(next, end));
        next = end;
        continue;
      }
      if (
        candidate.word === 'of' &&
        MUNICIPAL_KINDS.has(previous.word) &&
        (run.length === 1 || (run.length === 2 && run[0]?.word === 'The'))
      ) {
        let end = next + 1;
        while (
          end < tokens.length &&
          isCapitalised((tokens[end] as Token).word) &&
          text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start) === ' '
        )
          end++;
        // "the District of Columbia's Court of Appeals" is a court of a place, not one name.
        const possessive = tokens.slice(next + 1, end).some((token) => token.possessive);
        if (
          end > next + 2 &&
          !possessive &&
          ORGANISATION_HEADS.has((tokens[end - 1] as Token).word.toLowerCase())
        ) {
          run.push(...tokens.slice(next, end));
          next = end;
          continue;
        }
      }
      // "Department for Transport", "Bank of England", "National Council for Adoption": an
      // organisation word carries its "of"/"for" complement into the name.
      const object = tokens[next + 1];
      const objectAfterThe = candidate.word === 'of' && object?.word === 'the' ? tokens[next + 2] : undefined;
      const complement = objectAfterThe ?? object;
      if (
        (candidate.word === 'of' || candidate.word === 'for') &&
        licensesComplement(run) &&
        complement &&
        isCapitalised(complement.word) &&
        !CALENDAR_WORDS.has(complement.word) &&
        /^ (?:the )?$/.test(text.slice(candidate.end, complement.start))
      ) {
        run.push(...tokens.slice(next, tokens.indexOf(complement) + 1));
        next = tokens.indexOf(complement) + 1;
        continue;
      }
      break;
    }
    const prefix: Token[] = [];
    let coreStart = knownPhraseStart(text, run);
    const knownStart = coreStart;
    if (knownStart > 0) prefix.push(...run.slice(0, knownStart));
    if (knownStart === -1) coreStart = 0;
    // "RT King & Associates", "Marks & Spencer": an ampersand joins a firm's name, and no word in it
    // but an article is a title or a description to peel off.
    const ampersand = run.some(
      (token, at) => at > 0 && text.slice((run[at - 1] as Token).end, token.start) === ' & ',
    );
    while (knownStart === -1 && coreStart < run.length) {
      const word = (run[coreStart] as Token).word;
      if (ampersand && !(NEVER_NAME_WORDS.has(word) && !isTitleWord(word))) break;
      // "Actor Christian Slater": a given name that is also a group word starts the name.
      const givenName = isGivenName(word) && coreStart < run.length - 1;
      // "Putting Vioxx on sale…": a sentence opening on a gerund is not opening on a name.
      // "Aisling Brennan said…", "Ling Wei, 34,": a name ending like a gerund goes on as a name does.
      const openingGerund =
        coreStart === 0 &&
        /ing$/.test(word) &&
        !givenName &&
        /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(0, (run[0] as Token).start)) &&
        !(
          run.length === 2 &&
          !word.includes('-') &&
          NAME_GOES_ON.test(text.slice((run[run.length - 1] as Token).end))
        );
      // "Conservator Rosa María Alvarado said", "Sculptor Ana Ortega": a job opening the sentence,
      // capitalised only for being first, before a name of two words or more.
      // "Centre Tom Kemp", "Hooker Aled Price": a playing position that is also a word or a surname
      // opens a sentence as a job does only before a given name.
      const openingJob =
        coreStart === 0 &&
        run.length >= 3 &&
        !givenName &&
        !isGivenName(word) &&
        !(run[0] as Token).possessive &&
        (isRoleNoun(word) ||
          /\p{Ll}{3}ator$/u.test(word) ||
          (POSITIONS_ALSO_WORDS.has(word.toLowerCase()) &&
            (isGivenName(run[1]?.word ?? '') ||
              (run.length === 3 && NEVER_NAME_WORDS.has(run[1]?.word ?? ''))))) &&
        /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(0, (run[0] as Token).start));
      // "Dutch-born Anton Corbijn", "London-based Sarah Lee": a description, not a name.
      const description = DESCRIPTION.test(word);
      // "Datuk Seri Anwar Ibrahim", "Tan Sri Lee Kah Choon", "Puan Sri Noor Aini": Malaysian honours
      // of two words; "Sri" and "Tan" alone are a given name and a surname.
      const nextWord = run[coreStart + 1]?.word ?? '';
      const honourBefore = prefix.at(-1)?.word ?? '';
      const malaysianHonour =
        ((word === 'Tan' || word === 'Puan' || word === 'Toh') &&
          (nextWord === 'Sri' || nextWord === 'Puan')) ||
        (HONOUR_GRADES.has(word) &&
          (['Datuk', 'Dato', 'Datin', 'Tan', 'Puan', 'Toh'].includes(honourBefore) ||
            HONOUR_GRADES.has(honourBefore)));
      // "Yang Berhormat Dato Seri Setia…", "Yang Amat Berhormat": an honour of several words.
      const honourOpener =
        (HONOUR_OPENERS.get(word)?.has(nextWord) ?? false) ||
        (HONOUR_CONTINUATIONS.has(word) &&
          (HONOUR_OPENERS.has(honourBefore) || HONOUR_CONTINUATIONS.has(honourBefore)));
      const demonym = run.length - coreStart >= 3 && isDemonymBeforeGivenName(word, nextWord);
      // "El Hadj Omar Diallo": the pilgrim's title written as two words, only before a full name.
      const pilgrimTitle = word === 'El' && /^Hadji?$/.test(nextWord) && run.length - coreStart >= 4;
      const pluralTitle = run.length - coreStart >= 3 && leadsListAsPluralTitle(text, run, word);
      // "ACFO Gifty Naa Adjoa Tetteh", "DSP Musa Bello": a rank in initials before a full name. "SSP
      // Traffic Jammu, Harpreet Singh Bali,": the rank's beat and place, with the holder set off after.
      const rankByInitials =
        run.length - coreStart >= 3 &&
        (POLICE_RANKS_BY_INITIALS.has(word) || SERVICE_RANKS_BY_INITIALS.has(word)) &&
        !NAME_SET_OFF_NEXT.test(text.slice((run[run.length - 1] as Token).end)) &&
        run
          .slice(coreStart + 1)
          .every((token) => !isPlaceWord(token.word) && !NEVER_NAME_WORDS.has(token.word));
      if (royalStyleAsGivenName(text, run, coreStart)) break;
      // "Coach Will Mitchell", "Senator Hope Adeyemi", "centre Will Kemp": straight after a title and
      // before one surname, a word that is also a given name is the given name.
      const givenNameAfterTitle =
        coreStart > 0 &&
        coreStart === run.length - 2 &&
        isTitleBeforeGivenName(prefix.at(-1)?.word ?? '') &&
        isPlausibleNameWord(nextWord) &&
        !NEVER_NAME_WORDS.has(nextWord);
      const peel =
        (NEVER_NAME_WORDS.has(word) && !givenNameBeforeJob(text, run, coreStart) && !givenNameAfterTitle) ||
        pluralTitle ||
        opensWithHonorific(text, run, coreStart) ||
        demonym ||
        openingGerund ||
        openingJob ||
        description ||
        malaysianHonour ||
        honourOpener ||
        pilgrimTitle ||
        rankByInitials ||
        (CALENDAR_WORDS.has(word) &&
          !(MONTHS_AS_GIVEN_NAMES.has(word) && coreStart < run.length - 1) &&
          // "Sunday Oduntan", "Friday Okonkwo": West African given names for the day of birth.
          !givenNameBeforeJob(text, run, coreStart)) ||
        isTitleWord(word) ||
        (isGroupWord(word) && !givenName) ||
        ((run[coreStart] as Token).possessive && coreStart < run.length - 1);
      if (!peel) break;
      prefix.push(run[coreStart] as Token);
      coreStart++;
    }
    // "Westcombe Borough Council", "The Victorian Society": an organisation word ends the run.
    if (knownStart === -1 && run.length > 1 && namesOrganisation(run)) {
      let orgStart = 0;
      while (
        orgStart < run.length - 1 &&
        ((NEVER_NAME_WORDS.has((run[orgStart] as Token).word) &&
          !isTitleWord((run[orgStart] as Token).word)) ||
          DESCRIPTION.test((run[orgStart] as Token).word))
      )
        orgStart++;
      if (orgStart < run.length - 1) {
        prefix.length = 0;
        prefix.push(...run.slice(0, orgStart));
        coreStart = orgStart;
      }
    }
    let joinedName: string | undefined;
    let chieflyTitle: Token | undefined;
    // "EU Fisheries Commissioner Elena Marchetti": everything up to the last title word is the title.
    // "Mohd Hasnan bin Pengiran Haji Ismail": a father's honorifics belong to the patronymic.
    const patronymicAt = run.findIndex((token, at) => at > coreStart && PATRONYMIC_PARTICLES.has(token.word));
    for (let index = run.length - 2; index >= coreStart; index--) {
      const word = (run[index] as Token).word;
      if (patronymicAt !== -1 && index > patronymicAt) continue;
      if (royalStyleAsGivenName(text, run, index)) continue;
      // "Acadia First Nation Chief Darcy Francis", "Police Chief Ana Ruiz": "Chief" alone is too
      // broad a word to be a title ("Chief Executive"), but before a full name it is one.
      const chiefBeforeName =
        word === 'Chief' &&
        run.length - index > 2 &&
        run.slice(index + 1).every((token) => !isTitleWord(token.word));
      // "Special Agent in Charge Maria Delgado", "Officer in Charge": the whole phrase is the title.
      const inCharge =
        word === 'Charge' && run[index - 1]?.word === 'in' && isRoleNoun(run[index - 2]?.word ?? '');
      // "Mayor Pro Tem Ana Ruiz", "President pro tempore Chuck Grassley": the Latin "for the time
      // being" belongs to the office it follows.
      const proTempore =
        /^(?:Tem|Tempore|tem|tempore)$/.test(word) &&
        /^[Pp]ro$/.test(run[index - 1]?.word ?? '') &&
        isPersonTitle(run[index - 2]?.word ?? '');
      if (
        (!isPersonTitle(word) && !chiefBeforeName && !inCharge && !proTempore) ||
        isOrganisationRun(run, coreStart) ||
        ampersand
      )
        continue;
      const rest = run.slice(index + 1);
      if (
        rest.every(
          (token, at) =>
            isPlausibleNameWord(token.word) ||
            isNameParticle(token.word) ||
            isMiddleInitial(text, token, at, rest.length) ||
            // "Executive Engineer KL Sangma": given names written as two initials after a title.
            // "Minister KT Rama Rao": and before a given name and surname.
            (at === 0 &&
              (rest.length === 2 || rest.length === 3) &&
              /^\p{Lu}{2}$/u.test(token.word) &&
              !isPlaceWord(token.word)),
        ) ||
        pairsNameWithPlace(rest)
      ) {
        const chiefly = chieflyTitleBefore(text, run, coreStart, index);
        if (chiefly) {
          joinedName = `${chiefly.word} ${text.slice(rest[0]?.start, rest.at(-1)?.end)}`;
          // The courtesy title between is neither name nor a prefix before it: the chief's title opens the name.
          chieflyTitle = chiefly;
        } else prefix.push(...run.slice(coreStart, index + 1));
        coreStart = index + 1;
      }
      break;
    }
    // "Labour TD for Dublin Bay North Sinéad Kearney", "Minister of State for Sustainability and the
    // Environment Faisal Rahim": a title's constituency or portfolio runs straight into the name,
    // which is the person's given name on (or the last two words).
    // A courtesy title says where the name begins: "…Infrastructure Datuk Seri Haji Rosli bin Ahmad".
    const courtesyBefore = coreStart > 0 && isCourtesyTitle((run[coreStart - 1] as Token).word);
    if (
      knownStart === -1 &&
      run.length - coreStart > 2 &&
      !courtesyBefore &&
      !namesOrganisation(run) &&
      titleBeforeComplement(tokens, index) !== -1
    ) {
      const rest = run.slice(coreStart);
      // "Chairman of the Bac Ninh People's Committee Nguyen Van Phuc": a family name written first
      // opens the name as a given name does.
      const givenAt = rest.findIndex(
        (token, at) =>
          at > 0 &&
          at < rest.length - 1 &&
          (isGivenName(token.word) || FAMILY_NAMES_WRITTEN_FIRST.has(token.word)),
      );
      // Without a known given name, only a clause that goes on as a person's does says a name ends it.
      // "…Minerals Development Chanda Mwelwa, who restarted the furnace": a relative clause about
      // someone closes a name as a speech verb does.
      // "Member of Parliament Chanda Mulenga described…": any verb that attributes words does.
      const after = text.slice((run[run.length - 1] as Token).end);
      const actsAsPerson =
        speaksAsPerson(VERB_AFTER_RUN.exec(after)?.[1] ?? '') || /^,\s+(?:who|whose|the|a|an)\b/.test(after);
      // "Commissioner of Police Lim Wei Ming": when the portfolio's words are already peeled off, a
      // family name written first opens what is left, and the name is whole.
      const familyNameOpensRest =
        givenAt === -1 &&
        rest.length >= 3 &&
        rest.length <= 4 &&
        FAMILY_NAMES_WRITTEN_FIRST.has(rest[0]?.word ?? '');
      // "Minister for Industry, Business and Financial Affairs Mette Lykke Bach visited": a portfolio
      // ends on a field's word, and the two to four words after it are the holder's name.
      let fieldEnd = -1;
      for (let at = rest.length - 1; at >= 0 && fieldEnd === -1; at--) {
        const word = (rest[at] as Token).word;
        if (
          FIELD_PLURALS.has(word) ||
          FIELD_NOUN_ENDING.test(word) ||
          TITLE_MODIFIERS.has(word.toLowerCase())
        )
          fieldEnd = at;
      }
      const nameAfterField =
        givenAt === -1 &&
        !actsAsPerson &&
        fieldEnd !== -1 &&
        rest.length - fieldEnd - 1 >= 2 &&
        rest.length - fieldEnd - 1 <= 4 &&
        rest
          .slice(fieldEnd + 1)
          .every((token) => isPlausibleNameWord(token.word) && !isTitleWord(token.word));
      if (nameAfterField) {
        prefix.push(...rest.slice(0, fieldEnd + 1));
        coreStart += fieldEnd + 1;
      } else if ((givenAt !== -1 || actsAsPerson) && !familyNameOpensRest) {
        // "…Rice Industry Development Leonardo dela Cruz": particles belong to the surname, so the
        // given name stands before them.
        let surnameAt = rest.length - 1;
        while (surnameAt > 1 && isLowerCaseParticle((rest[surnameAt - 1] as Token).word)) surnameAt--;
        // "Minister for Health Declan Mac Giolla Phádraig": an Irish surname runs from its "Mac" or "Ó".
        const irishOpener = rest.findIndex(
          (token, at) => at > 0 && at < rest.length - 1 && IRISH_SURNAME_OPENERS.has(token.word),
        );
        if (irishOpener !== -1 && irishOpener < surnameAt) surnameAt = irishOpener;
        let nameAt = givenAt === -1 ? surnameAt - 1 : givenAt;
        // "…Health and Population Hari Prasad Adhikari": a South Asian middle name has its given
        // name before it.
        const beforeMiddle = rest[nameAt - 1];
        if (
          givenAt === -1 &&
          nameAt > 1 &&
          beforeMiddle &&
          MIDDLE_NAMES.has((rest[nameAt] as Token).word) &&
          isPlausibleNameWord(beforeMiddle.word) &&
          !ORGANISATION_HEADS.has(beforeMiddle.word.toLowerCase())
        )
          nameAt--;
        prefix.push(...rest.slice(0, nameAt));
        coreStart += nameAt;
      }
    }
    let core = chieflyTitle ? [chieflyTitle, ...run.slice(coreStart)] : run.slice(coreStart);
    // Post-nominal letters close a name: "Sarah Mensah KC". A generational suffix is part of the
    // name its bearer signs ("Ramon M. Villareal Jr.", "Eduardo R. Salcedo III") and stays in it.
    let postNominal = false;
    let generation: Token | undefined;
    while (core.length > 2 && GENERATIONAL_SUFFIXES.has((core[core.length - 1] as Token).word)) {
      generation = core[core.length - 1];
      core = core.slice(0, -1);
      postNominal = true;
    }
    while (core.length > 1 && POST_NOMINALS.has((core[core.length - 1] as Token).word)) {
      core = core.slice(0, -1);
      postNominal = true;
    }
    if (generation && core.length > 1) core = [...core, generation];
    // "Monday Lib Dem", but not "Theresa May": a month or day ends a name only after another such word.
    while (core.length > 0 && CALENDAR_WORDS.has((core[core.length - 1] as Token).word)) {
      const previous = core[core.length - 2];
      if (previous && !CALENDAR_WORDS.has(previous.word) && !NEVER_NAME_WORDS.has(previous.word)) break;
      core = core.slice(0, -1);
    }
    runs.push({
      paragraph: paragraph.n,
      tokens: run,
      prefix,
      core,
      text,
      nextText,
      paragraphTokens: tokens,
      firstIndex: index,
      order: orderBase + (run[0] as Token).start,
      postNominal,
      ...(joinedName && core.length > 2 ? { joinedName } : {}),
    });
    index = next;
  }
  return runs;
}

/** "Justices" is the title of one Justice each, "Councilwomen" of one Councilwoman, "Deputies" of one Deputy. */
export function singularOfTitle(word: string): string | null {
  if (!isCapitalised(word)) return null;
  const singular = word.endsWith('men')
    ? `${word.slice(0, -3)}man`
    : word.endsWith('ies')
      ? `${word.slice(0, -3)}y`
      : word.endsWith('s')
        ? word.slice(0, -1)
        : word;
  return singular !== word && isPersonTitle(singular) && !HONORIFICS.has(singular.toLowerCase())
    ? singular
    : null;
}

/**
 * "Associate Justices Rafael Ibarra and …" gives Rafael Ibarra the office of "Associate Justice":
 * the plural title peeled before the first name of a list, made singular, with the words that
 * qualify it.
 */
export function pluralTitleOffice(run: NameRun): string | null {
  const plural = run.prefix.at(-1);
  const singular = plural && singularOfTitle(plural.word);
  if (!plural || !singular || gapBetween(run.text, plural, run.core[0]) !== ' ') return null;
  let first = run.prefix.length - 1;
  while (first > 0 && TITLE_MODIFIERS.has(lowerWord(run.prefix[first - 1]))) first--;
  const start = (run.prefix[first] as Token).start;
  return `${run.text.slice(start, plural.start)}${singular}`;
}

/** Plural nouns that close the name of a field a body covers: "Applied Sciences", "Rural Affairs". */
const FIELD_PLURALS = new Set([
  'Sciences',
  'Studies',
  'Affairs',
  'Resources',
  'Services',
  'Relations',
  'Communications',
  'Technologies',
  'Humanities',
]);

/**
 * Abstract nouns a remit's second field ends on, as its plurals do: "Community Development",
 * "Social Protection", "Homeland Security", "Public Infrastructure", "Urban Planning".
 */
const FIELD_NOUN_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ment|tion|sion|ity|ety|ure|ing)$/u;

/**
 * The word after a remit's first word is a field plural, and no capitalised word runs on after it.
 * After a title ("Office of the Deputy Prime Minister and Constitutional Affairs") "and" joins two
 * bodies' names, not two fields.
 */
function closesFieldOfTwoWords(
  tokens: readonly Token[],
  after: number,
  field: Token,
  beforeAnd: Token,
): boolean {
  const following = tokens[after];
  return (
    (FIELD_PLURALS.has(field.word) || FIELD_NOUN_ENDING.test(field.word)) &&
    !isPersonTitle(beforeAnd.word) &&
    !(following && isCapitalised(following.word) && following.start - field.end === 1)
  );
}

/**
 * "Associate Justices Rafael Ibarra and Maria Abad", "Councilwomen Denise Hollins-Carter and Ruby
 * Okoye": a title in the plural before a name that a list goes on from is the office of each name
 * listed, and no word of the first one's name.
 */
function leadsListAsPluralTitle(text: string, run: readonly Token[], word: string): boolean {
  return (
    singularOfTitle(word) !== null &&
    /^(?:,| and) \p{Lu}/u.test(text.slice(run.at(-1)?.end ?? 0)) &&
    !run.some((token) => token.possessive)
  );
}

/**
 * "Tun Daim Zainuddin", "Arc. Funmi Adeyemi": a courtesy title that is also a surname or a short
 * word opens a name only when a given name and surname follow, or when written with its stop.
 */
function opensWithHonorific(text: string, run: readonly Token[], at: number): boolean {
  const token = run[at];
  if (!token || !HONORIFICS_BEFORE_FULL_NAMES.has(token.word.toLowerCase())) return false;
  // "Arc de Triomphe": a particle is no given name.
  const following = run.slice(at + 1).filter((name) => isCapitalised(name.word)).length;
  // "Daw Khin Myat Thu" but "U. Srinivasan", "Ma. Cristina Santos": an initial or a given name.
  if (HONORIFICS_NEVER_SHORTENED.has(token.word.toLowerCase()))
    return following >= 2 && text[token.end] !== '.' && !isTitleWord(run[at + 1]?.word ?? '');
  return following >= 2 || (following === 1 && text[token.end] === '.');
}

/**
 * "The Director-General of Health, Aiono Dr. Fetu Leavasa": Samoan papers put a chief's
 * title before the courtesy title and the name, and the chief's title is part of the name (alone,
 * it is what the story calls the person later). One capitalised word, set off as a name opens or
 * after a title of office, that is neither a place, a body, nor a given name.
 */
function chieflyTitleBefore(
  text: string,
  run: readonly Token[],
  coreStart: number,
  honorificAt: number,
): Token | undefined {
  const chief = run[coreStart];
  const honorific = run[honorificAt];
  if (!chief || !honorific || honorificAt !== coreStart + 1 || run.length - honorificAt < 3) return undefined;
  if (honorific.word !== 'Dr' || chief.possessive) return undefined;
  if (!/^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)*$/u.test(chief.word)) return undefined;
  if (isPlaceWord(chief.word) || isGivenName(chief.word) || isTitleWord(chief.word)) return undefined;
  // "Harvard Dr. Jane Smith": before a given name English prose knows, the word is more likely where
  // the doctor works.
  if (isGivenName(run[honorificAt + 1]?.word ?? '')) return undefined;
  if (KNOWN_ORGANISATIONS.has(chief.word) || NEVER_NAME_WORDS.has(chief.word)) return undefined;
  const before = coreStart > 0 ? run[coreStart - 1] : undefined;
  if (before) return isPersonTitle(before.word) || isTitleWord(before.word) ? chief : undefined;
  return /(?:^|[,(—–]\s*)$/.test(text.slice(0, chief.start)) ? chief : undefined;
}

/**
 * Where the title stands when the run is its complement: after "for"/"of"/"the" that follow a
 * person's title within a few words ("TD for", "Minister of State for … and the"); -1 otherwise.
 */
export function titleBeforeComplement(tokens: readonly Token[], runStart: number): number {
  const before = tokens[runStart - 1]?.word;
  // "Deputy Minister of Education and Science Nadiia Kovalenko": a portfolio of two fields.
  if (before !== 'for' && before !== 'of' && before !== 'the' && before !== 'and') return -1;
  for (let back = runStart - 2; back >= Math.max(0, runStart - 10); back--) {
    const token = tokens[back] as Token;
    const word = token.word;
    // "Sir George Young, Labour's Robin Cook and Tony Wright and Liberal Democrat Paul Tyler": a
    // courtesy title or a given name in the complement is another person's; a portfolio may list its
    // fields with commas ("Minister for Children, Young People and Families").
    if ((tokens[back + 1] as Token).start - token.end > 2 || token.possessive) return -1;
    if (HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')) || isGivenName(word)) return -1;
    // Capitalised, as a formal title before a name is: "chairman of the Save Thornby Fields group" is not one.
    // "Deputy mayor of Almaty Yerlan Zhakupov": a capitalised rank opens the title when the office is lower case.
    const rankBefore = tokens[back - 1];
    const rankOpensTitle =
      rankBefore !== undefined &&
      isCapitalised(rankBefore.word) &&
      isTitleWord(rankBefore.word) &&
      token.start - rankBefore.end === 1;
    // "Federal Member for Cunningham Alison Byrnes": a member of parliament is titled by the seat,
    // or by the house: "Opposition Member of Parliament Dawn Nandlall".
    const memberForSeat = word === 'Member' && ['for', 'of'].includes(tokens[back + 1]?.word ?? '');
    if (
      (isPersonTitle(word) && (isCapitalised(word) || rankOpensTitle)) ||
      TITLE_INITIALS.has(word) ||
      memberForSeat
    ) {
      // "Deputy Minister of…": the rank before the title is part of it.
      let start = back;
      while (
        start > 0 &&
        isCapitalised(tokens[start - 1]?.word ?? '') &&
        isTitleWord(tokens[start - 1]?.word ?? '')
      )
        start--;
      // "Civil Surgeon of Chattogram Dr…", "Provincial Commissioner for…": a paragraph that opens on
      // the title writes its qualifying word in capitals too, and it belongs to the office.
      const opener = tokens[start - 1];
      if (
        start === 1 &&
        opener &&
        opener.start === 0 &&
        !opener.possessive &&
        /^\p{Lu}\p{Ll}+$/u.test(opener.word) &&
        isPlausibleNameWord(opener.word) &&
        !isGivenName(opener.word)
      )
        start = 0;
      return start;
    }
    if (!isCapitalised(word) && !['for', 'of', 'and', 'the'].includes(word)) return -1;
  }
  return -1;
}

/** A name set off by a comma straight after a run: ", Harpreet Singh Bali,". */
const NAME_SET_OFF_NEXT = /^, \p{Lu}/u;

/** The lower-case word straight after a run: "…Chanda Mulenga described". */
const VERB_AFTER_RUN = /^\s+(\p{Ll}+)\b/u;

/** A verb of speech that only people use, not the findings verbs a study takes too. */
export function speaksAsPerson(verb: string): boolean {
  return SPEECH_VERBS.has(verb) && !FINDINGS_VERBS.has(verb);
}

/** The word straight after a name's closing comma: "Chanda Mulenga, described…". */
const VERB_AFTER_SET_OFF = /^,\s+(\p{Ll}+)\b/u;

/**
 * "…for Kabwata, Chanda Mulenga, described the plan as", "…, Ines Duarte, thanked": any verb a
 * reporter attributes words with, not only "said", closes a name set off as the subject.
 */
export function speechVerbAfterSetOff(rest: string): boolean {
  const verb = VERB_AFTER_SET_OFF.exec(rest)?.[1];
  return verb !== undefined && speaksAsPerson(verb);
}

/** Parliamentary titles written as initials before a constituency: "TD for", "MP for", "MSP for". */
const TITLE_INITIALS = new Set(['TD', 'MP', 'MSP', 'MLA', 'MS', 'MEP', 'MHK', 'MHA', 'MNA', 'MPP', 'MLC']);

/** "European People's Party", "Women's Institute": an irregular plural owner inside a body's name. */
function continuesPluralOwner(
  run: readonly Token[],
  candidate: Token | undefined,
  text: string,
  tokens: readonly Token[],
  at: number,
): boolean {
  const owner = run[run.length - 1];
  if (owner === undefined || candidate === undefined || !isCapitalised(candidate.word)) return false;
  // "Shetland Fishermen's Association", "the Seafarers' Welfare Fund": members in the plural own
  // the body named after them.
  if (/(?:men|people)$/i.test(owner.word) && bodyHeadAhead(text, tokens, at)) return true;
  if (!ORGANISATION_HEADS.has(candidate.word.toLowerCase())) return false;
  // "Court of King's Bench", "Queen's University", "St Mary's Hospital", "the Prince's Trust",
  // "Queen Elizabeth's Hospital": a sovereign or a saint names an institution as its owner, and the
  // whole is one body's name.
  const styledOwner = run[run.length - 2]?.word ?? '';
  if (ROYAL_OWNERS.has(owner.word) || SAINT_WORDS.has(styledOwner) || ROYAL_OWNERS.has(styledOwner))
    return true;
  // "the Ombudsman's Office", "Dorchester County Sheriff's Office", "Lusaka Magistrate's Court": an
  // office named for the post that heads it is a body, not the holder's belongings.
  return ['People', 'Children', 'Women', 'Men'].includes(owner.word) || holdsOfficeNamedAfterIt(owner.word);
}

/** How many words a body's name may run on after its members' plural possessive: "Residents' Welfare Association". */
const MEMBERS_NAME_REACH = 3;

/**
 * A body's head word within the few capitalised words from `from`, each one space after the last:
 * "Gandipet Residents' Welfare Association", "Fishermen's Co-operative Society".
 */
function bodyHeadAhead(text: string, tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < Math.min(tokens.length, from + MEMBERS_NAME_REACH); at++) {
    const token = tokens[at] as Token;
    if (!isCapitalised(token.word) || token.possessive) return false;
    if (at > from && text.slice((tokens[at - 1] as Token).end, token.start) !== ' ') return false;
    if (ORGANISATION_HEADS.has(token.word.toLowerCase())) return true;
  }
  return false;
}

function holdsOfficeNamedAfterIt(word: string): boolean {
  return isPersonTitle(word) && !isGivenName(word) && !isCourtesyTitle(word);
}

/**
 * An organisation word in the run that can take an "of"/"for" complement: not one a person's title
 * or name follows ("Economist Dr Anwar Hendricks of the University…" is a job, a person, then where
 * they work).
 */
/** Kinds of municipality that open a council's formal name: "City of Sydney Council". */
const MUNICIPAL_KINDS = new Set(['City', 'Town', 'County', 'Borough', 'Municipality', 'Shire', 'District']);

function licensesComplement(run: readonly Token[]): boolean {
  const head = run.findLastIndex(
    (token) => ORGANISATION_HEADS.has(token.word.toLowerCase()) && isCapitalised(token.word),
  );
  if (head === -1) return false;
  // "Economist Karim El-Sayed of the Cairo-based consultancy": a job word that is also a
  // publication's name, followed by a name, is the person's job, and "of" says where they work.
  const jobBeforeName = head < run.length - 1 && isRoleNoun((run[head] as Token).word);
  return !jobBeforeName && !run.slice(head + 1).some((token) => isPersonTitle(token.word));
}

/** Heads whose complement may list portfolios: "Ministry of Land, Infrastructure and Transport". */
const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'office', 'committee', 'secretary']);

function remitOfPortfolio(run: readonly Token[]): boolean {
  return run.some(
    (token, index) =>
      ['of', 'for'].includes(token.word) && PORTFOLIO_HEADS.has(run[index - 1]?.word.toLowerCase() ?? ''),
  );
}

/** A word that may name a field of government, not a person, place, title or another body. */
function isFieldWord(word: string): boolean {
  return (
    word !== 'The' &&
    !isGivenName(word) &&
    !isPlaceWord(word) &&
    !isPersonTitle(word) &&
    !KNOWN_ORGANISATIONS.has(word) &&
    !ORGANISATION_HEADS.has(word.toLowerCase()) &&
    !/^\p{Lu}{2,}/u.test(word)
  );
}

/**
 * Where a name joined across "and" or a list of portfolios ends, or `next` when it does not join:
 * "National Bus and Rail Union" and "Foreign and Commonwealth Office" end on an organisation word;
 * "Department for Environment, Food and Rural Affairs" lists the portfolios after "for".
 */
function joinedNameEnd(text: string, tokens: readonly Token[], run: readonly Token[], next: number): number {
  const capitalisedFrom = (from: number) => {
    let at = from;
    while (
      at < tokens.length &&
      isCapitalised((tokens[at] as Token).word) &&
      text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start) === ' '
    )
      at++;
    return at;
  };
  const previous = run[run.length - 1] as Token;
  const candidate = tokens[next];
  if (!candidate) return next;
  // "Richard Madeley and Judy Finnigan's Channel 4 show", "Emily Blunt and Nathalie Press": people.
  const namesPeople = isGivenName(run[0]?.word ?? '') || isGivenName(tokens[next + 1]?.word ?? '');
  if (candidate.word === 'and' && text.slice(previous.end, candidate.start) === ' ' && !namesPeople) {
    const end = capitalisedFrom(next + 1);
    if (tokens.slice(next + 1, end - 1).some((token) => token.possessive)) return next;
    const last = tokens[end - 1] as Token;
    // "Department of Commerce and Economic Opportunity", "Department of Health and Human
    // Services": a portfolio body's second field may take two words as its first did.
    if (remitOfPortfolio(run) && isFieldWord(previous.word) && end - next - 1 === 2 && !last.possessive) {
      const field = tokens.slice(next + 1, end);
      if (field.every((token) => isFieldWord(token.word))) return end;
    }
    if (
      end > next + 1 &&
      !last.possessive &&
      // "the Independent and The Times": a capitalised article opens a second name.
      tokens[next + 1]?.word !== 'The' &&
      ORGANISATION_HEADS.has(last.word.toLowerCase()) &&
      // "Labour Party and Green Party", "Home Office and Cabinet Office" are two bodies.
      last.word !== previous.word
    )
      return end;
    return next;
  }
  if (
    !remitOfPortfolio(run) ||
    text.slice(previous.end, candidate.start) !== ', ' ||
    !isCapitalised(candidate.word)
  )
    return next;
  // Items separated by commas, the last after "and": anything else is a list of separate bodies.
  let at = next;
  for (let items = 0; items < 6; items++) {
    at = capitalisedFrom(at + 1);
    const following = tokens[at];
    const gap = following ? text.slice((tokens[at - 1] as Token).end, following.start) : '';
    if (following?.word === 'and' && gap === ' ') {
      const end = capitalisedFrom(at + 1);
      return end > at + 1 ? end : next;
    }
    if (gap !== ', ' || !following || !isCapitalised(following.word)) return next;
  }
  return next;
}

/** A body's initials in brackets: " (CENTAL)", " (FIDA-Kenya)". */
const BRACKETED_INITIALS = /^ \(\p{Lu}[\p{Lu}\p{Ll}&-]*\p{Lu}[\p{Lu}\p{Ll}&-]*\)/u;

/** Where "Liberia" or "the Philippines" ends when bracketed initials follow it straight away, or -1. */
function placeBeforeInitialsEnd(text: string, tokens: readonly Token[], from: number): number {
  let at = tokens[from]?.word === 'the' ? from + 1 : from;
  const first = tokens[at];
  if (!first || !isCapitalised(first.word) || first.possessive) return -1;
  for (; at < Math.min(tokens.length, from + 4); at++) {
    const token = tokens[at] as Token;
    if (!isCapitalised(token.word) || token.possessive) return -1;
    if (BRACKETED_INITIALS.test(text.slice(token.end))) return at + 1;
    if (text.slice(token.end, tokens[at + 1]?.start ?? token.end) !== ' ') return -1;
  }
  return -1;
}

/** Members a body is named for: "Exporters", "Growers", "Journalists", not "Rovers" or "Borders". */
function isMembersPlural(word: string): boolean {
  const singular = /^\p{Lu}\p{Ll}+s$/u.test(word) ? word.slice(0, -1).toLowerCase() : '';
  return singular !== '' && (isRoleNoun(singular) || BUSINESS_AGENT_NOUNS.has(singular));
}

/**
 * Where "Oilseed Exporters" or "Traders" ends after a body's "and": up to three capitalised words
 * closing on a plural of members, none a given name or a place, or -1.
 */
function membersPluralEnd(text: string, tokens: readonly Token[], from: number): number {
  for (let at = from; at < Math.min(tokens.length, from + 3); at++) {
    const token = tokens[at] as Token;
    const gap = text.slice((tokens[at - 1] as Token).end, token.start);
    if (gap !== ' ' || !isCapitalised(token.word) || token.possessive) return -1;
    if (
      isGivenName(token.word) ||
      isPlaceWord(token.word) ||
      isTitleWord(token.word) ||
      NEVER_NAME_WORDS.has(token.word)
    )
      return -1;
    if (isMembersPlural(token.word)) return at + 1;
  }
  return -1;
}

/** "Prince T. Gbowee": a royal style before a middle initial and a surname is a given name. */
export function royalStyleAsGivenName(text: string, run: readonly Token[], at: number): boolean {
  const initial = run[at + 1];
  return (
    ROYAL_STYLES_GIVEN_AS_NAMES.has(run[at]?.word ?? '') &&
    initial !== undefined &&
    isMiddleInitial(text, initial, at + 1, run.length)
  );
}

/** "Omar A. Williams": a lone capital with its full stop between given name and surname, never "A" the article. */
export function isMiddleInitial(text: string, token: Token, at: number, length: number): boolean {
  return at > 0 && at < length - 1 && /^\p{Lu}$/u.test(token.word) && text[token.end] === '.';
}

function isOrganisationRun(run: readonly Token[], from: number): boolean {
  const last = run[run.length - 1];
  return (
    last !== undefined &&
    run.length - from > 1 &&
    (ORGANISATION_HEADS.has(last.word.toLowerCase()) || isPluralOfBodyHead(last.word))
  );
}

/**
 * "Association of Patient Organisations", "Alliance of Nurse Groups": a body made of bodies ends on
 * their kind in the plural, which no surname is. "Banks" is one (Gordon Banks), so it is left out.
 */
function isPluralOfBodyHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === 'banks' || !lower.endsWith('s')) return false;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return ORGANISATION_HEADS.has(singular);
}

/** Where a known multi-word place or organisation ends the run ("former Soviet Union"), or -1. */
function knownPhraseStart(text: string, run: Token[]): number {
  const last = run[run.length - 1];
  if (!last) return -1;
  const end = last.start + last.word.length;
  for (let start = 0; start < run.length; start++) {
    const phrase = text.slice((run[start] as Token).start, end);
    if (!phrase.includes(' ')) break;
    if (KNOWN_PLACES.has(phrase) || KNOWN_ORGANISATION_PHRASES.includes(phrase)) return start;
  }
  return -1;
}

export function coreText(run: NameRun): string {
  if (run.joinedName) return run.joinedName;
  const first = run.core[0];
  const last = run.core[run.core.length - 1];
  if (!first || !last) return '';
  return run.text.slice(first.start, last.start + last.word.length);
}

export const lowerWord = (token: Token | undefined) => token?.word.toLowerCase() ?? '';

export function tokenBefore(run: NameRun, offset = 1): Token | undefined {
  return run.paragraphTokens[run.firstIndex + run.prefix.length - offset];
}

export function tokenAfter(run: NameRun, offset = 1): Token | undefined {
  return run.paragraphTokens[run.firstIndex + run.tokens.length - 1 + offset];
}

export function gapBetween(text: string, left: Token | undefined, right: Token | undefined): string {
  if (!left || !right) return '';
  return text.slice(left.end, right.start);
}

/** "Aden Duale", "Zukiswa Mali": two words, one a place's name and the other a plausible name. */
export function pairsNameWithPlace(words: readonly Token[]): boolean {
  const [first, second] = words;
  if (words.length !== 2 || first === undefined || second === undefined) return false;
  return (
    (isPlaceWord(first.word) && isPlausibleNameWord(second.word)) ||
    (isPlausibleNameWord(first.word) && isPlaceWord(second.word))
  );
}

export function isPlausibleNameWord(word: string): boolean {
  return (
    !NEVER_NAME_WORDS.has(word) &&
    !CALENDAR_WORDS.has(word) &&
    !isPlaceWord(word) &&
    !KNOWN_ORGANISATIONS.has(word) &&
    !isGroupWord(word) &&
    !isAcronym(word) &&
    (!/^\p{Lu}{2,}s?$/u.test(word) || GENERATIONAL_SUFFIXES.has(word)) &&
    !/\d/.test(word)
  );
}
