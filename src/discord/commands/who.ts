import { OPTION } from './options.js';
import { textQuestionCommand } from './text-question.js';

export const whoCommand = textQuestionCommand({
  command: 'who',
  option: OPTION.name,
  description: 'A person, organisation or place',
  costly: false,
  autocompleteOption: true,
});
