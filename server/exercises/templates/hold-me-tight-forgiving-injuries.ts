import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "hold-me-tight-forgiving-injuries",
  version: 1,
  title: "Healing a Hurt (Hold Me Tight)",
  summary:
    "Based on one of the seven Hold Me Tight conversations. One of you names a specific hurt and how it affected you; the other stays present, acknowledges it and owns their part. You each say what you need to feel safe, then agree a boundary together. Healing a deep hurt can take more than one conversation.",
  category: "trust-rebuilding",
  minutes: 45,
  suits:
    "Couples where one particular moment or betrayal still hurts and keeps coming back between you, and who both want to repair it. If the hurt is still very raw, consider doing this with a therapist.",
  source: {
    citation:
      "Sue Johnson, Hold Me Tight: Seven Conversations for a Lifetime of Love (Conversation 5, Forgiving Injuries); Emotionally Focused Therapy (EFT).",
  },
  notes:
    "In Hold Me Tight this conversation has more steps: the hurt partner speaks of the pain, the other stays present, takes ownership and shows remorse, the hurt partner says what they need, and together you make a new story of what happened and how to prevent it. Twofold condenses this into a shared description, two turns, a statement of needs and a boundary. Both of you answer each private step, so prompts speak to whoever names the hurt today and whoever listens. Johnson builds this on the earlier conversations.",
  steps: [
    {
      kind: "guidance",
      id: "before-you-begin",
      title: "Before you begin",
      body: [
        "This conversation is about one specific hurt: a time one of you felt betrayed, let down or alone when you needed the other. Decide together who is naming a hurt today. One hurt per conversation.",
        "If you’re naming the hurt: say what happened and how it affected you, as plainly as you can. Talk about your own pain more than about your partner.",
        "If you’re hearing it: your part is to stay. Listen, let it land, and resist explaining, defending or rushing to fix. When you’re ready, acknowledge the hurt, own your part and say you’re sorry in your own words.",
        "Healing usually comes from the hurt being truly seen and the other person staying close, more than from finding perfect words.",
        "It may take more than one conversation, and that’s okay. Either of you can pause at any time, without explaining why. If it gets too much, stop and come back another day.",
      ],
    },
    {
      kind: "private-then-reveal",
      id: "the-hurt",
      title: "The hurt and its impact",
      prompt:
        "If you’re naming the hurt: describe what happened and how it affected you, what you felt then and what it still stirs up. If you’re hearing it today: write what you already understand about this hurt, and how you feel coming into this conversation.",
      answer: { type: "text", placeholder: "When…, I felt… and since then…" },
    },
    {
      kind: "turns",
      id: "staying-present",
      title: "Speaking and staying present",
      speakerPrompt:
        "If you named the hurt, go first: tell your partner what happened for you and what you most needed then. If you’re responding: say what you now understand about the pain, own your part in plain words, and say you’re sorry if that’s true for you, without explaining it away.",
      listenerPrompt:
        "Stay with your partner. Don’t defend, correct or rush to fix. Say back what you heard, including the feeling, and ask “Did I get that right?”",
      turns: 2,
    },
    {
      kind: "private-then-reveal",
      id: "need-to-feel-safe",
      title: "What I need to feel safe",
      prompt:
        "What do you need, from your partner, from yourself or from both of you, to feel safe with each other around this? Try to name something concrete.",
      help: "Safety matters on both sides. Whoever named the hurt and whoever listened can each need something.",
      answer: { type: "text", placeholder: "I would feel safer if…" },
    },
    {
      kind: "agreement",
      id: "protecting-this",
      title: "A boundary to protect this",
      prompt:
        "Together, write one boundary that would help keep this hurt from happening again: what you will or won’t do, in plain words you both understand the same way. Only write what you both agree to. You can come back and change it later.",
      produces: "boundary",
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "What shifted for you in this conversation, even a little? What would you like to remember the next time this hurt comes up?",
    },
  ],
});
