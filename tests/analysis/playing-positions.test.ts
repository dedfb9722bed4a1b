import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, quoteStartingWith } from './build-article.js';

describe('playing positions before a name are roles', () => {
  it('gives the goaltender and the defenseman their positions (Seattle Times style)', () => {
    const analysis = analyseText(
      'Kraken edge Flames in shootout',
      'Coach Dan Bylsma praised goaltender Joey Kallio, who made 38 saves.',
      '"He kept us in it all night," said defenseman Vince Dunmore.',
    );
    expect(entityNamed(analysis, 'Joey Kallio')?.role).toBe('goaltender');
    expect(entityNamed(analysis, 'Vince Dunmore')?.role).toBe('defenseman');
    expect(quoteStartingWith(analysis, 'He kept us in it')?.speaker).toBe('Vince Dunmore');
  });

  it('peels a capitalised position from the name it opens (Rugby World style)', () => {
    const analysis = analyseText(
      'Saints hold on',
      'Fly-half Tomos Rees-Pryce kicked 17 points. "The wind made it a lottery," he said.',
    );
    expect(entityNamed(analysis, 'Tomos Rees-Pryce')?.role).toBe('Fly-half');
    expect(quoteStartingWith(analysis, 'The wind made it')?.speaker).toBe('Tomos Rees-Pryce');
  });

  it('leaves the verb or preposition before a role out of it', () => {
    const analysis = analyseText(
      'Derby draw',
      'United brought striker Kofi Mensah-Boateng on at half-time, and played without winger Luca Ferrante.',
    );
    expect(entityNamed(analysis, 'Kofi Mensah-Boateng')?.role).toBe('striker');
    expect(entityNamed(analysis, 'Luca Ferrante')?.role).toBe('winger');
  });
});

describe('a position told by nationality or standing names the player followed', () => {
  it('gives "said the Brazilian midfielder" to the midfielder just written about (Irish Examiner style)', () => {
    const analysis = analyseText(
      'Rovers edge Bohs',
      'Thiago Resende, who has scored in five straight games, said the pitch had been "a swamp" in the first half.',
      '"We had to play it long, there was no choice," said the Brazilian midfielder.',
    );
    expect(quoteStartingWith(analysis, 'We had to play it long')?.speaker).toBe('Thiago Resende');
  });

  it('gives it to the one player holding that position, not to a defender who spoke last', () => {
    const analysis = analyseText(
      'Rovers edge Bohs',
      'Midfielder Thiago Resende scored the winner.',
      'Defender Cian Mulqueen said: "We defended for our lives."',
      '"It was the best goal of my life," said the Brazilian midfielder.',
    );
    expect(quoteStartingWith(analysis, 'It was the best goal')?.speaker).toBe('Thiago Resende');
  });

  it('reads a four-word standing ("the double Olympic champion said") as the athlete followed', () => {
    const analysis = analyseText(
      'Holloway out of indoor championships',
      'Laura Holloway has withdrawn from the European Indoor Championships with a calf strain.',
      'The double Olympic champion said: "I am gutted to miss it."',
    );
    expect(quoteStartingWith(analysis, 'I am gutted')?.speaker).toBe('Laura Holloway');
  });
});

describe('how a pitcher throws is an epithet for the player followed', () => {
  it('gives "the left-hander said" to the starter just written about, not the manager quoted before (Boston Globe style)', () => {
    const analysis = analyseText(
      'Red Sox take opener',
      'Manager Alex Cora-Mendez said he had never doubted the rotation. "They have carried us," Cora-Mendez said.',
      'Starter Garrett Whitlock-Ames allowed one run over eight innings.',
      '"My changeup was working from the first pitch," the left-hander said.',
    );
    expect(quoteStartingWith(analysis, 'My changeup was working')?.speaker).toBe('Garrett Whitlock-Ames');
  });
});
