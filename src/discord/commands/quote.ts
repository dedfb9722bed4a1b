import { OPTION } from './options.js';
import { textQuestionCommand } from './text-question.js';

export const quoteCommand = textQuestionCommand({
  command: 'quote',
  option: OPTION.speaker,
  description: 'Who said it',
  costly: false,
  autocompleteOption: true,
});
