import type { Logger } from '../log.js';
import type { Library } from '../search/types.js';
import type { PageStore } from './pages.js';

/** What every handler may use; nothing else is shared between interactions. */
export interface CommandContext {
  /** A getter, so a rebuilt library can replace the old one between interactions. */
  library(): Library;
  pages: PageStore;
  log: Logger;
}
