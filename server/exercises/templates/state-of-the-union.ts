import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "state-of-the-union",
  version: 1,
  title: "Weekly State of the Union",
  summary:
    "A weekly check-in that starts with what’s good. You each share a few appreciations and what went well this week, then talk about one issue while listening carefully to each other, and finish by sharing how understood you felt.",
  category: "connection",
  minutes: 60,
  suits:
    "Couples who want a regular, predictable time to stay close and deal with small things before they grow. Works best at the same time each week.",
  source: {
    citation:
      "The Gottman Institute, articles on the State of the Union meeting (gottman.com blog); John M. Gottman & Nan Silver, What Makes Love Last?",
    url: "https://www.gottman.com/blog/understanding-first-part-state-union-meeting/",
  },
  notes:
    "Descriptions vary: the Gottman blog sets a weekly hour that opens with appreciations, then one issue discussed as speaker and listener with the ATTUNE skills; practitioners often add what went well, and some close by asking what would help your partner feel loved this week. Twofold asks for three to five appreciations (five is common), keeps to one issue, and adds a private 1–10 check on feeling understood, framed as feedback rather than a score.",
  steps: [
    {
      kind: "private-then-reveal",
      id: "appreciations",
      title: "Appreciations",
      prompt:
        "Write three to five things you appreciated about your partner this week. Small and specific is best, like “You made me tea when I got home late.”",
      help: "If this week was hard, it’s okay to start with something very small.",
      answer: { type: "list", minItems: 3, maxItems: 5, itemLabel: "I appreciated…" },
    },
    {
      kind: "private-then-reveal",
      id: "went-well",
      title: "What went well this week",
      prompt:
        "What went well between the two of you this week? A moment you felt close, something you handled well together, anything you’d like more of.",
      answer: { type: "text" },
    },
    {
      kind: "guidance",
      id: "attune",
      title: "Talking about one issue",
      body: [
        "Choose one issue to talk about, just one. If this is new to you, start with a smaller one. Agree who speaks first.",
        "Speaker: say how you feel and what you need, without blame. “I feel … about … and what I need is …” is a good way to start.",
        "Listener: keep ATTUNE in mind.",
        "Awareness: notice your partner’s feelings, including the quiet ones.",
        "Turning toward: meet those feelings rather than moving past them.",
        "Tolerance: two different views can both be valid.",
        "Understanding: try to see it the way your partner does before anything else.",
        "Non-defensive listening: hear it without building your case. Your turn will come.",
        "Empathy: respond to how it feels for your partner.",
        "Aim to understand each other before trying to solve anything. Either of you can pause at any time, without explaining why.",
      ],
    },
    {
      kind: "turns",
      id: "one-issue",
      title: "One issue",
      speakerPrompt:
        "Talk about the issue you chose. Say how you feel and what you need, using “I” rather than describing your partner. Pause now and then so your partner can say back what they heard.",
      listenerPrompt:
        "Listen with ATTUNE in mind; jot notes if it helps. Summarize what you heard, including the feelings, and ask “Did I get that right?” Keep your own view for your turn.",
      turns: 2,
    },
    {
      kind: "private-then-reveal",
      id: "felt-understood",
      title: "How understood did you feel?",
      prompt: "When you were speaking, how understood did you feel?",
      help: "This is about your own experience, not a score for your partner.",
      answer: { type: "scale", minLabel: "Not yet understood", maxLabel: "Deeply understood" },
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "What’s one thing you could do this coming week that would help your partner feel loved? Is there anything you’d like to bring to next week’s check-in?",
    },
  ],
});
