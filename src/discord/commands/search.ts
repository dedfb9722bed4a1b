import { OPTION } from './options.js';
import { textQuestionCommand } from './text-question.js';

export const searchCommand = textQuestionCommand({
  command: 'search',
  option: OPTION.query,
  description: 'Words to look for in the articles',
  costly: true,
  autocompleteOption: false,
});
