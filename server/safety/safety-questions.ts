/** The safety check's questions and answer words, without zod: the page shows them (server/safety/safety-check.ts assesses the answers). */
export const SAFETY_QUESTIONS = [
  { id: "feelSafe", text: "Do you feel safe with your partner?", answers: ["yes", "not-sure", "no"] },
  { id: "harmed", text: "Has your partner hurt you, threatened you, or made you afraid?", answers: ["no", "sometimes", "yes"] },
  { id: "controlled", text: "Does your partner control your money, your phone or who you see, or pressure you into things you don't want?", answers: ["no", "sometimes", "yes"] },
  { id: "afraidIfKnew", text: "Would you be afraid if your partner knew how you answered these questions?", answers: ["no", "not-sure", "yes"] },
] as const;

export const ANSWER_WORDS = { yes: "Yes", no: "No", "not-sure": "Not sure", sometimes: "Sometimes" } as const;
