import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "love-maps",
  version: 1,
  title: "Love Maps",
  summary:
    "A gentle way to catch up on each other’s inner world: worries, hopes, comforts and history. You each answer about your partner in private, then see both answers at once and fill in the gaps together. There’s no score. A wrong guess is just a chance to learn something new.",
  category: "connection",
  minutes: 20,
  suits:
    "Any couple who wants to feel known again, including couples slowly reconnecting after a hard time. Light enough for an ordinary evening, and nothing to prepare.",
  source: {
    citation:
      "The Gottman Institute, articles on Love Maps; John M. Gottman & Nan Silver, The Seven Principles for Making Marriage Work (principle 1, “Enhance your love maps”).",
  },
  notes:
    "In the published exercise partners sit together and take turns asking open questions aloud; a game version draws 20 of 60 numbered questions. Twofold asks a short fixed set and has both of you answer privately before the reveal, so no one is put on the spot, and talking it over happens once both answers are visible. Questions about friends are left out of this version because, after a betrayal, they can land harder than intended.",
  steps: [
    {
      kind: "guidance",
      id: "how-it-works",
      title: "How this works",
      body: [
        "Each question is about your partner’s world. You each answer in private, and both answers appear at the same time.",
        "If you’re not sure, take a guess, or write “I don’t know, tell me?”. That counts as a good answer. There’s no score and nothing to win.",
        "When the answers appear, tell each other what fits and what you’d add. Be curious rather than correct.",
        "People change, so something that was true a year ago may have moved on. Finding that out is the point.",
        "Either of you can pause at any time, without explaining why.",
      ],
    },
    {
      kind: "private-then-reveal",
      id: "current-worry",
      title: "What’s on their mind",
      prompt: "What do you think is weighing on your partner most right now?",
      help: "When you see both answers, the person described can say what fits and what’s missing.",
      answer: { type: "text", placeholder: "Something at work, with family, with health…" },
    },
    {
      kind: "private-then-reveal",
      id: "after-a-hard-day",
      title: "After a hard day",
      prompt: "After a hard day, what helps your partner most?",
      answer: {
        type: "single-choice",
        options: [
          "Talking it through",
          "Some quiet time alone",
          "Being close, like a hug or sitting together",
          "Getting outside or moving",
          "A distraction, like a show, a game or music",
          "Having something practical taken off their plate",
          "I’m not sure, and I’d love to know",
        ],
      },
    },
    {
      kind: "private-then-reveal",
      id: "hopes",
      title: "Hopes and dreams",
      prompt: "Name a few things your partner is hoping for, big or small, in the coming year or in life.",
      answer: { type: "list", minItems: 1, maxItems: 5, itemLabel: "A hope" },
    },
    {
      kind: "private-then-reveal",
      id: "from-their-past",
      title: "Where they come from",
      prompt: "Name one person or moment from your partner’s past that helped shape who they are today.",
      answer: { type: "text", placeholder: "A grandparent, a teacher, a move, a turning point…" },
    },
    {
      kind: "private-then-reveal",
      id: "feels-cared-for",
      title: "Feeling cared for",
      prompt: "What is one small, everyday thing that makes your partner feel cared for?",
      answer: { type: "text" },
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "What did you learn about your partner today that you’d like to remember? Is there something about you that no question asked, which you might share another time?",
    },
  ],
});
