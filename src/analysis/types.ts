export type EntityKind = 'person' | 'organisation' | 'place';

export interface Entity {
  /** Canonical name: the fullest form the article uses. */
  name: string;
  kind: EntityKind;
  /** Other forms a reader may type or the article uses: surname, without particle, honorific forms. */
  aliases: string[];
  /** The role as the article states it, e.g. "Russian Foreign Minister"; null when it gives none. */
  role: string | null;
  /** Paragraph numbers (Paragraph.n) that mention the entity by name, alias or linked role. */
  paragraphs: number[];
}

export interface Quote {
  /** The quoted words without the quote marks. */
  text: string;
  /** Canonical name of the speaker (an Entity name), or null when the text does not say. */
  speaker: string | null;
  /** Paragraph where the quotation opens. */
  paragraph: number;
  /** True when the quotation is a fragment inside the reporter's own sentence. */
  partial: boolean;
}

export interface KeyPoint {
  text: string;
  paragraph: number;
}

export interface Summary {
  title: string;
  source: string | null;
  published: string | null;
  keyPoints: KeyPoint[];
  people: { name: string; role: string | null }[];
  quotes: Quote[];
}

export interface Analysis {
  people: Entity[];
  quotes: Quote[];
  summary: Summary;
}
