import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a job told by the capacity someone acted in outranks how they stand to others', () => {
  it('reads the post after "as" in a clause about what the relative did (Clarín style)', () => {
    expect(
      roleIn(
        'Julián Ferreyra',
        'Beside him sat his nephew, Julián Ferreyra, who signed the invoices as the cooperative’s purchasing manager.',
      ),
    ).toContain('purchasing manager');
  });

  it('reads a post given in evidence or taken on joining (Guardian and Irish Times style)', () => {
    expect(
      roleIn(
        'Ines Varga',
        'Her daughter, Ines Varga, who gave evidence as the club’s safeguarding officer, said she had raised the alarm.',
      ),
    ).toContain('safeguarding officer');
    expect(
      roleIn(
        'Pedro Alves',
        'His brother-in-law, Pedro Alves, who joined the bank as a trader in 2010, denied any wrongdoing.',
      ),
    ).toBe('trader');
  });

  it('tells a post left behind as a former one (Publishers Weekly style)', () => {
    expect(
      roleIn(
        'Ruth Okafor',
        'Her sister, Ruth Okafor, who lives in Leeds and previously worked as a solicitor, wrote the foreword.',
      ),
    ).toBe('former solicitor');
  });

  it('keeps the relation when "as" tells a witness, a distance or a judgement', () => {
    expect(
      roleIn('Lea Brandt', 'Her sister, Lea Brandt, who testified as a witness, said she had seen the car.'),
    ).toBe('sister');
    expect(
      roleIn(
        'Omar Haddad',
        'His brother, Omar Haddad, who travelled as far as Calais, said the family was desperate.',
      ),
    ).toBe('brother');
    expect(
      roleIn(
        'Omar Haddad',
        'His brother, Omar Haddad, who described the scene as chaos, said the family was desperate.',
      ),
    ).toBe('brother');
  });

  it('reads no job from a part played on screen or a post given to someone else', () => {
    expect(
      roleIn(
        'Carla Moretti',
        'The festival opened on Friday.',
        'Carla Moretti, who shot to fame as the governess in a 1970s television series, cut the ribbon.',
      ),
    ).toBeNull();
    expect(
      roleIn(
        'Ian Doyle',
        'The new manager was welcomed by Ian Doyle, who brought him to Parkhead as his assistant in 1998.',
      ),
    ).toBeNull();
  });
});

describe('a union post before a name is a job, whatever the clause of tenure after it', () => {
  it('reads delegates and stewards of a union (Stuff, Morning Star and RNZ styles)', () => {
    expect(
      roleIn(
        'Janet Obi',
        'Union steward Janet Obi, who has been at the plant since 2009, said morale was low.',
      ),
    ).toBe('Union steward');
    expect(
      roleIn(
        'Carlos Mendes',
        'Shop steward Carlos Mendes, who has spent 22 years on the line, said the offer was an insult.',
      ),
    ).toBe('Shop steward');
    expect(
      roleIn(
        'Mark Ellis',
        'GMB delegate Mark Ellis, who has worked at the depot since 2011, said drivers would strike.',
      ),
    ).toBe('GMB delegate');
  });
});

describe('a civil-service office that names its service in several words before a bracketed branch', () => {
  it('reads the whole office and not the courtesy title after it (The Hindu and Dawn styles)', () => {
    expect(
      roleIn(
        'Anil Kumar Rao',
        'Deputy Director of School Education (Primary) Dr Anil Kumar Rao said the books would arrive on Monday.',
      ),
    ).toBe('Deputy Director of School Education (Primary)');
    expect(
      roleIn(
        'Nasreen Qazi',
        'Additional Secretary of Local Government (Development) Dr Nasreen Qazi said the funds had been released.',
      ),
    ).toBe('Additional Secretary of Local Government (Development)');
  });

  it('still reads an office of a one-word service and a bare bracketed branch', () => {
    expect(
      roleIn(
        'Ramesh Gupta',
        'Joint Commissioner of Police (Traffic) Ramesh Gupta said patrols would be doubled.',
      ),
    ).toBe('Joint Commissioner of Police (Traffic)');
    expect(roleIn('Priya Nair', 'Chief Engineer (Buildings) Priya Nair said the bridge was safe.')).toBe(
      'Chief Engineer (Buildings)',
    );
  });
});

describe('a trade told after a group of residents says more than where someone lives', () => {
  it('reads the trade of a member named after residents or commuters (NZ Herald and Público styles)', () => {
    expect(
      roleIn(
        'Losa Fifita',
        'Residents who spoke at the hearing were split. Losa Fifita, who runs a dairy in Naenae, said the rise would hit twice.',
      ),
    ).toContain('runs a dairy');
    expect(
      roleIn(
        'Ana Lopes',
        'Commuters were angry. Ana Lopes, who drives a school bus in Almada, said the bridge was a trap.',
      ),
    ).toContain('drives a school bus');
  });

  it('keeps the group when the clause tells no trade, and a trade group over a clause', () => {
    expect(
      roleIn(
        'Ana Lopes',
        'Commuters were angry. Ana Lopes, who has lived in Almada for 30 years, said the bridge was a trap.',
      ),
    ).toBe('commuter');
    expect(
      roleIn(
        'Annie Tabi',
        'Some vendors say the fees are too high. Annie Tabi, who sells island cabbage at the market, said she paid twice.',
      ),
    ).toBe('vendor');
  });
});

describe('positions on a gridiron team before a name', () => {
  it('reads receivers, cornerbacks and tailbacks as quarterbacks are read (Omaha World-Herald style)', () => {
    expect(roleIn('Tyler Brandt', 'Junior receiver Tyler Brandt caught two touchdown passes.')).toBe(
      'Junior receiver',
    );
    expect(roleIn('Marcus Dunn', 'Senior cornerback Marcus Dunn intercepted the final pass.')).toBe(
      'Senior cornerback',
    );
    expect(roleIn('DeShawn Ellis', 'Sophomore tailback DeShawn Ellis ran for 140 yards.')).toBe(
      'Sophomore tailback',
    );
  });
});

describe('a part in a crime told first, then its holder named as the court or police named them', () => {
  it('reads the part before "identified as" or "named as" (Kurier, Times and Sowetan styles)', () => {
    expect(
      roleIn(
        'Marek Nowicki',
        'Police made two arrests. The alleged getaway driver, identified by police as Marek Nowicki, was arrested in Gdansk.',
      ),
    ).toBe('alleged getaway driver');
    expect(
      roleIn(
        'Kevin Moyo',
        'The trial resumed. The second defendant, named by prosecutors as Kevin Moyo, 31, did not give evidence.',
      ),
    ).toBe('second defendant');
    expect(
      roleIn(
        'Stefan Kowal',
        'The trial opened on Monday. The suspected ringleader, a 39-year-old builder identified in court as Stefan Kowal, denied the charges.',
      ),
    ).toBe('suspected ringleader');
  });

  it('gives no part to a person named as the police named them when no part was told', () => {
    expect(
      roleIn('Kevin Moyo', 'The trial resumed. The man, named locally as Kevin Moyo, 31, died at the scene.'),
    ).toBeNull();
  });
});

describe('a counted job in the plural set off before the list of its holders', () => {
  it('gives the job to the first holder listed (Daily Monitor, Irish Times and Star styles)', () => {
    expect(
      roleIn(
        'Gerald Ssempa',
        'The engineer and two directors of Lakeview Builders Limited, Gerald Ssempa and his wife Ruth Ssempa, appeared in court on Monday.',
      ),
    ).toBe('director');
    expect(
      roleIn(
        'Ana Ruiz',
        'The hospital suspended the three surgeons, Ana Ruiz, Li Wei and Tom Hart, on Friday.',
      ),
    ).toBe('surgeon');
    expect(
      roleIn(
        'Lars Berg',
        'Both co-founders of Nordvik Robotics, Lars Berg and Eva Lind, resigned on Tuesday.',
      ),
    ).toBe('co-founder');
  });

  it('gives nothing for a counted group that names no job', () => {
    expect(
      roleIn('Peter Okoye', 'Police arrested two men, Peter Okoye and James Eze, on Sunday.'),
    ).toBeNull();
  });
});

describe('a player sent on from the bench is a substitute', () => {
  it('reads "came off the bench" and "came on as a replacement" (Gazzetta, Irish Independent styles)', () => {
    expect(
      roleIn(
        'Marco Rossi',
        'Roma drew 1-1 with Lazio.',
        'Marco Rossi came off the bench to score the equaliser in the 88th minute.',
      ),
    ).toBe('substitute');
    expect(
      roleIn(
        'Liam Byrne',
        'Leinster won 24-10.',
        'Liam Byrne, who came on as a second-half replacement, scored the decisive try.',
      ),
    ).toBe('substitute');
  });

  it('keeps a position the article gives, and reads nothing into leaving a road', () => {
    expect(
      roleIn(
        'Chidi Eze',
        'Oldham beat Barnet 2-1 on Tuesday.',
        'Striker Chidi Eze came off the bench to head a 94th-minute winner.',
      ),
    ).toBe('Striker');
    expect(
      roleIn(
        'Tom Walsh',
        'The council met on Monday.',
        'Tom Walsh came off the motorway at junction 4 when the crash happened.',
      ),
    ).toBeNull();
  });
});

describe('an office that speaks in one paragraph, its holder named confirming in the next', () => {
  it('gives the office to a name that opens the next paragraph with a later statement (Western Mail, Irish Examiner and ABC styles)', () => {
    expect(
      roleIn(
        'Aoife Brennan',
        'The council met yesterday.',
        'The justice minister defended the new sentencing rules, pointing to a drop in reoffending.',
        'Aoife Brennan later acknowledged that the prison estate was full.',
      ),
    ).toBe('justice minister');
    expect(
      roleIn(
        'Tom Reyes',
        'The flood barrier failed on Sunday.',
        'The mayor toured the damaged streets with engineers.',
        'Tom Reyes also confirmed that a review would report by March.',
      ),
    ).toBe('mayor');
  });

  it('gives nothing to a name in the next paragraph that does not speak', () => {
    expect(
      roleIn(
        'Tom Reyes',
        'The flood barrier failed on Sunday.',
        'The mayor toured the damaged streets with engineers.',
        'Tom Reyes later moved his family to higher ground.',
      ),
    ).toBeNull();
  });
});

describe('an owner whose name opens on "New" keeps it before the job', () => {
  it('reads the whole name of the paper, union or party (Guardian, RNZ and Stuff styles)', () => {
    expect(
      roleIn('Jane Doe', 'The files were leaked. New York Times reporter Jane Doe said they were real.'),
    ).toBe('New York Times reporter');
    expect(
      roleIn(
        'Mereana Tawhiri',
        'Staff are tired. New Zealand Nurses Organisation delegate Mereana Tawhiri said the ward was full.',
      ),
    ).toBe('New Zealand Nurses Organisation delegate');
    expect(
      roleIn(
        'Raj Patel',
        'The vote was close. New Delhi Municipal Council member Raj Patel said it would pass.',
      ),
    ).toBe('New Delhi Municipal Council member');
  });

  it('leaves out a "New" that says the holder is new to a club or a town', () => {
    expect(
      roleIn(
        'Harry Lane',
        'The deal was done on Friday. New Southampton manager Harry Lane said he was delighted.',
      ),
    ).toBe('Southampton manager');
  });
});

describe('a victim told by their trade in the lede and named by the same crime after it', () => {
  it('gives the trade to the name after "the abduction of" or "the killing of" (El Universal, Sowetan and Dawn styles)', () => {
    expect(
      roleIn(
        'Rubén Castillo Mora',
        'A judge in Puebla on Monday ordered two police officers to stand trial for the kidnapping of a pharmacist in Cholula last year.',
        'Prosecutors linked the officers to the abduction of Rubén Castillo Mora, 47, who was freed after a ransom was paid.',
      ),
    ).toBe('pharmacist');
    expect(
      roleIn(
        'Sipho Dlamini',
        'Two men were convicted on Friday of the murder of a taxi driver in Soweto.',
        'The court heard that the killing of Sipho Dlamini, 41, followed a dispute over a route.',
      ),
    ).toBe('taxi driver');
    expect(
      roleIn(
        'Imran Siddiqui',
        'Police have arrested three suspects over the shooting of a shopkeeper in Karachi.',
        'The shooting of Imran Siddiqui, 38, sparked a strike by traders.',
      ),
    ).toBe('shopkeeper');
  });

  it('gives nothing when the lede tells the victim by age or kin, not by trade', () => {
    expect(
      roleIn(
        'Anna Kowal',
        'Police are investigating the death of a mother in Leeds.',
        'The death of Anna Kowal, 33, is being treated as unexplained.',
      ),
    ).toBeNull();
    expect(
      roleIn(
        'Ravi Menon',
        'A man was charged over the stabbing of a teenager in Croydon.',
        'The stabbing of Ravi Menon, 17, shocked the area.',
      ),
    ).toBeNull();
  });
});

describe('how long a job has been held is no part of it', () => {
  it('drops the tenure from a job told by a clause (Otago Daily Times, Irish Times and Wired styles)', () => {
    expect(
      roleIn(
        'Aroha Ngata',
        'Aroha Ngata, who has worked at the hospital for nine years, said staff were exhausted.',
      ),
    ).toBe('has worked at the hospital');
    expect(
      roleIn('Ben Ode', 'Ben Ode, who has run the bakery for more than a decade, said costs had doubled.'),
    ).toBe('has run the bakery');
    expect(
      roleIn(
        'Niall Quinn',
        'Niall Quinn, who has edited the newsletter for the past five years, said it would close.',
      ),
    ).toBe('has edited the newsletter');
  });
});
