/** Slack's limits (Block Kit reference, views.open, chat.postMessage) that every payload we build must respect. */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  contextElements: 10,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  actionId: 255,
  blockId: 255,
  /** plain_text_input max_length: Slack refuses views with a larger one. */
  answerChars: 3000,
  /** chat.postMessage truncates `text` beyond 40,000 characters; we stay well under. */
  messageText: 39000,
} as const;
