import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';

/**
 * Pages open in many ways before their headline: the site's name and what it says of itself, share
 * buttons in the language of its interface, reading times, cookie banners, the byline first. The
 * headline a moderator sees over every summary must still be the story's.
 */
const HEADLINE = 'Fishing fleet stays in port as diesel prices hit record high';
const STORY = [
  'More than 200 trawlers stayed tied up in the harbour on Monday after the price of marine diesel rose above two euros a litre for the first time.',
  'The fishermen’s association said most boats could not cover their fuel costs at current fish prices, and that some crews had not worked for three weeks.',
  '“We are not striking, we simply cannot afford to go out,” said skipper Tomás Arrieta, who has fished from the port for 31 years.',
  'The fisheries ministry said it would meet the association on Thursday to discuss an emergency fuel subsidy.',
];

const page = (...opening: string[]) =>
  parseArticle([...opening, HEADLINE, ...STORY].join('\n\n'), 'page.txt');

describe('a row of share buttons above the headline', () => {
  const rows = [
    'Share Print Save article',
    'Listen · Share · Comment',
    'Compartir en Facebook   Compartir en X   Enviar por WhatsApp',
    'Auf Facebook teilen Auf X teilen Per E-Mail teilen',
    'Partager sur Facebook Partager sur X Envoyer par e-mail',
    'Compartilhar no Facebook Compartilhar no WhatsApp Copiar link',
    'Condividi su Facebook Condividi su X Invia per email',
    'Delen Opslaan Printen',
    'Bagikan ke Facebook Bagikan ke WhatsApp Salin tautan',
    'Paylaş Tweetle Yazdır',
  ];
  for (const row of rows) {
    it(`is dropped as buttons, never taken for the headline: "${row}"`, () => {
      const article = page('THE HARBOUR HERALD', row);
      expect(article.title).toBe(HEADLINE);
      expect(article.dropped.find((block) => block.text === row.replace(/\s+/g, ' '))?.reason).toBe('share');
      expect(article.paragraphs[0]?.text).toBe(STORY[0]);
    });
  }

  it('keeps a headline that merely uses the buttons’ words among others', () => {
    for (const headline of [
      'Shares slide as oil giant cuts dividend',
      'Save the Children warns of hunger in Sahel',
      'Print newspapers lose readers to phones',
    ]) {
      const article = parseArticle([headline, ...STORY].join('\n\n'), 'page.txt');
      expect(article.title).toBe(headline);
    }
  });

  it('keeps a newspaper whose name is a button’s word in another language as a name, not buttons', () => {
    const article = page('La Stampa');
    expect(article.dropped.find((block) => block.text === 'La Stampa')?.reason).not.toBe('share');
    expect(article.title).toBe(HEADLINE);
  });
});

describe('the outlet describing itself above the headline', () => {
  const taglines = [
    ['Agencia Andina', 'Andina - Agencia Peruana de Noticias'],
    ['Lusa', 'Agência Lusa - Agência de Notícias de Portugal'],
    ['The Valley Times', 'Independent news for the valley since 1887'],
    ['THE VALLEY TIMES', 'Your trusted source for local news'],
    ['The Island Review', 'A Journal of Politics and Culture'],
    ['Harbour Herald', 'The Harbour Herald — Serving the coast since 1887'],
    ['THE VALLEY TIMES', 'All the news that matters'],
    ['Harbour Herald', 'Coastal news that keeps you informed'],
    ['EL DIARIO', 'Noticias de Perú y el mundo'],
    ['LE QUOTIDIEN', 'Le quotidien de référence depuis 1887'],
    ['DIE ZEITUNG', 'Unabhängige Zeitung seit 1946'],
    ['KORAN', 'Berita terpercaya sejak 1965'],
    ['THE DAILY', 'Breaking news, sport and weather'],
  ] as const;
  for (const [name, tagline] of taglines) {
    it(`is not the headline: "${tagline}"`, () => {
      const article = page(name, tagline);
      expect(article.title).toBe(HEADLINE);
      expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContain(tagline);
    });
  }

  it('a headline about news, newspapers or agencies is still the headline, with its standfirst under it', () => {
    for (const headline of [
      'Regional newspaper group to close 12 titles',
      'The good news for homeowners as rates fall',
      'Space agency delays moon launch to 2028',
      'Independent journalism under threat in Hungary, press group warns',
      'Our local newspaper closes after 140 years: what comes next',
      'News of the flood spreads across the world',
    ]) {
      const standfirst =
        'The decision follows months of talks and will affect hundreds of people across the region';
      const article = parseArticle(
        ['THE VALLEY TIMES', headline, standfirst, ...STORY].join('\n\n'),
        'page.txt',
      );
      expect(article.title).toBe(headline);
      expect(article.paragraphs[0]).toMatchObject({ kind: 'standfirst', text: standfirst });
    }
  });
});

describe('a byline printed above the headline', () => {
  it('makes the short name at the top the masthead, and the title-shaped line under the byline the headline', () => {
    const article = page('The Valley Times', 'By Anna Berg', '25 November 2026');
    expect(article.title).toBe(HEADLINE);
    expect(article.paragraphs[0]?.text).toBe(STORY[0]);
  });

  it('reads the outlet’s tagline over the date or byline as masthead, the title under them as the headline', () => {
    for (const opening of [
      ['The Valley Times', 'Independent news since 1887', 'By Anna Berg', '26 November 2026'],
      ['Andina - Agencia Peruana de Noticias', 'Home | Politics | Economy | Regional', 'Lima, Nov. 26, 2026'],
    ]) {
      const article = page(...opening);
      expect(article.title).toBe(HEADLINE);
    }
  });

  it('reads the date beside a link to the print edition as a time stamp', () => {
    const article = page('The Valley Times', "Thursday, November 26, 2026 | Today's paper");
    expect(article.title).toBe(HEADLINE);
    expect(article.published).toBe('2026-11-26');
  });

  it('keeps a short headline over the byline when the story, not a title, follows the byline', () => {
    const article = parseArticle(
      ['The River Remembers', 'By Anna Berg', '25 November 2026', ...STORY].join('\n\n'),
      'page.txt',
    );
    expect(article.title).toBe('The River Remembers');
  });
});

describe('pickers and credits above the headline', () => {
  it('drops the publishing system’s notice to a logged-in editor', () => {
    for (const notice of ['You are the owner of this article.', 'You have permission to edit this story.']) {
      const article = page('The Harbour Herald', notice);
      expect(article.title).toBe(HEADLINE);
      expect(article.dropped.find((block) => block.text === notice)?.reason).toBe('navigation');
    }
  });

  it('drops a row of language names as the edition picker', () => {
    const picker = 'English Español Français Deutsch';
    const article = page('THE HARBOUR HERALD', picker);
    expect(article.title).toBe(HEADLINE);
    expect(article.dropped.find((block) => block.text === picker)?.reason).toBe('navigation');
  });

  it('keeps the headline under a lead picture’s credit whose caption was lost, not as the caption', () => {
    const article = page('The Harbour Herald\nPhoto: Anna Berg/Harbour Herald');
    expect(article.title).toBe(HEADLINE);
    expect(article.paragraphs[0]).toMatchObject({ kind: 'body', text: STORY[0] });
  });
});

describe('related links, cookie buttons and editions in the language of the site', () => {
  for (const line of [
    'Baca juga: Floods cut rail link to Bandung',
    'Lea también: Chile signs lithium deal',
    'Lire aussi : La grève continue',
  ]) {
    it(`drops "${line}" under the story`, () => {
      const article = parseArticle([HEADLINE, ...STORY, line].join('\n\n'), 'page.txt');
      expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContain(line);
    });
  }

  it('drops a cookie banner’s button and does not name the outlet after it', () => {
    const article = page('Wij gebruiken cookies om de website te verbeteren.\nAkkoord', 'NOS');
    expect(article.title).toBe(HEADLINE);
    expect(article.source).not.toBe('Akkoord');
  });

  it('does not take the edition’s name for the headline', () => {
    const article = page('NOS', 'NOS News in English');
    expect(article.title).toBe(HEADLINE);
  });

  it('reads a line with a picture agency glued on by a bullet as the caption, not the headline', () => {
    const caption = 'Skipper Tomás Arrieta checks his nets in the harbour•Getty Images';
    const article = parseArticle(
      ['THE HARBOUR HERALD', HEADLINE, 'Anna Berg', '26-Nov-2026', caption, ...STORY].join('\n\n'),
      'page.txt',
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.paragraphs.find((paragraph) => paragraph.text === caption)?.kind).toBe('caption');
  });

  it('reads a wire credit with the agency first as the credit of the caption above it', () => {
    const caption = 'Evaporation ponds at a lithium project in Catamarca.';
    const article = parseArticle(
      ['THE HARBOUR HERALD', HEADLINE, caption, 'REUTERS/Agustin Marcarian', ...STORY].join('\n\n'),
      'page.txt',
    );
    expect(article.paragraphs.find((paragraph) => paragraph.text === caption)?.kind).toBe('caption');
    expect(article.dropped.find((block) => block.text === 'REUTERS/Agustin Marcarian')?.reason).toBe(
      'image credit',
    );
  });
});

describe('a live page’s header', () => {
  it('reads a posted-and-updated line as its time stamp, not its headline', () => {
    const live = 'LIVE: Fishing fleet stays in port as diesel prices hit record high';
    const article = parseArticle(
      [
        'THE HARBOUR HERALD',
        live,
        'Posted at Nov 26 2026 07:15 AM | Updated as of Nov 26 2026 02:40 PM',
        'Refresh for updates',
        ...STORY,
      ].join('\n\n'),
      'page.txt',
    );
    expect(article.title).toBe(live);
    expect(article.published).toBe('2026-11-26');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContain('Refresh for updates');
  });
});

describe('reading times and cookie banners in the language of the site', () => {
  for (const line of [
    'Temps de lecture : 4 min',
    'Lesezeit: 3 Min.',
    'Tiempo de lectura: 5 minutos',
    'Leestijd 2 min',
  ]) {
    it(`drops "${line}"`, () => {
      const article = page('LE QUOTIDIEN', line);
      expect(article.title).toBe(HEADLINE);
      expect(article.dropped.some((block) => block.text === line)).toBe(true);
    });
  }

  for (const banner of [
    'Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience.',
    'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
    'Wij gebruiken cookies om de website te verbeteren.',
  ]) {
    it(`drops the banner "${banner.slice(0, 30)}…"`, () => {
      const article = page(banner, 'Accept all');
      expect(article.title).toBe(HEADLINE);
      expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContain(banner);
    });
  }

  it('keeps a paragraph of reporting about cookies', () => {
    const reporting =
      'The regulator said in March that it had fined three publishers for placing advertising cookies before readers agreed to them.';
    const article = parseArticle([HEADLINE, ...STORY, reporting].join('\n\n'), 'page.txt');
    expect(article.paragraphs.find((paragraph) => paragraph.text === reporting)?.kind).toBe('body');
  });
});

describe('a brand alone at the top of the page', () => {
  it('names the outlet when the page names it again in its own furniture', () => {
    const article = parseArticle(
      [
        'LATAMenergy',
        HEADLINE,
        ...STORY,
        'Sign up for a LATAMenergy subscription to access project data.',
      ].join('\n\n'),
      'page.txt',
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.source).toBe('LATAMenergy');
  });

  it('prefers the masthead to a company named in another language’s form in the copyright line', () => {
    for (const footer of [
      '© Rossel & Cie 2026',
      '© Empresa Editora Harbour 2026',
      '© Gruppo Editoriale Porto 2026',
    ]) {
      const article = parseArticle(
        ['Harbour Herald', 'News | Sport | Business', HEADLINE, ...STORY, footer].join('\n\n'),
        'page.txt',
      );
      expect(article.source).toBe('Harbour Herald');
    }
  });

  it('names no outlet from a first line the page never names again', () => {
    const article = parseArticle(['LATAMenergy', HEADLINE, ...STORY].join('\n\n'), 'page.txt');
    expect(article.source).toBeNull();
  });
});

describe('interface labels in another language between the story’s paragraphs', () => {
  for (const label of [
    'Publicidad',
    'Anzeige',
    'Publicité',
    'Pubblicità',
    'Advertentie',
    'Iklan',
    'Sigue leyendo',
    'Weiterlesen',
    'Lire la suite',
    'Te puede interesar',
    'Zum Thema',
    'Bildergalerie',
    'Suscríbete a nuestro boletín',
    'Inscrivez-vous à notre newsletter',
  ]) {
    it(`drops "${label}" and numbers the story's paragraphs without it`, () => {
      const article = parseArticle(
        [HEADLINE, STORY[0], STORY[1], label, STORY[2], STORY[3]].join('\n\n'),
        'page.txt',
      );
      expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
    });
  }
});

describe('the page’s closing lines in another language', () => {
  for (const line of [
    'Todos los derechos reservados.',
    'Tous droits réservés.',
    'Alle Rechte vorbehalten.',
    'Tüm hakları saklıdır.',
  ]) {
    it(`drops "${line}" after the story`, () => {
      const article = parseArticle([HEADLINE, ...STORY, line].join('\n\n'), 'page.txt');
      expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
    });
  }
});
